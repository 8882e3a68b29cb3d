package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The browser infrastructure end to end, before there is a UI: a real Chromium reads the node's health. */
@RapportUiTest
class HealthInBrowserIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void browserSeesTheNodeUp(RapportNode node, Browser browser) throws Exception {
        browser.open(node.uri("/api/health"));

        String shown = browser.waitForText("\"status\":\"UP\"");

        assertTrue(Pattern.compile("\"id\":\"sample\"[^}]*\"state\":\"ACTIVE\"").matcher(shown).find(),
                () -> "health without the sample module ACTIVE: " + shown);
        Path screenshot = browser.screenshot("health-up");
        byte[] start = Arrays.copyOf(Files.readAllBytes(screenshot), PNG_SIGNATURE.length);
        assertArrayEquals(PNG_SIGNATURE, start, screenshot + " is not a PNG");
    }
}
