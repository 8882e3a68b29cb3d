package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A failing browser test leaves what each of its browsers showed: a screenshot and the page source. */
@ExtendWith(BrowserExtension.class)
class FailureEvidenceIT {

    static final String MARKER = "failure-evidence-marker";

    @Test
    void aFailedTestLeavesScreenshotAndPageSourceOfEveryBrowser() throws Exception {
        String prefix = "FailingBrowserTest.failsOnPurpose-";
        Path png1 = Browser.SCREENSHOTS.resolve(prefix + "1-en-US-failure.png");
        Path html1 = Browser.SCREENSHOTS.resolve(prefix + "1-en-US-failure.html");
        Path png2 = Browser.SCREENSHOTS.resolve(prefix + "2-fa-failure.png");
        Path html2 = Browser.SCREENSHOTS.resolve(prefix + "2-fa-failure.html");
        for (Path file : new Path[] {png1, html1, png2, html2}) {
            Files.deleteIfExists(file);
        }

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingBrowserTest.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(1).failed(1))
                .failed().assertThatEvents().haveExactly(1,
                        event(finishedWithFailure(message(text -> text.contains("on purpose")))));

        for (Path file : new Path[] {png1, png2}) {
            assertTrue(Files.size(file) > 1000, () -> file + " is (nearly) empty");
        }
        assertTrue(Files.readString(html1).contains(MARKER + " en-US"), () -> html1 + " is not the page shown");
        assertTrue(Files.readString(html2).contains(MARKER + " fa"), () -> html2 + " is not the page shown");
    }

    /** Not run by Failsafe (a nested class); run above through the test kit. */
    @ExtendWith(BrowserExtension.class)
    static class FailingBrowserTest {

        @Test
        void failsOnPurpose(Browser english, @Language("fa") Browser persian) {
            english.open(page("<h1>" + MARKER + " en-US</h1>"));
            persian.open(page("<h1 dir=rtl>" + MARKER + " fa</h1>"));
            english.waitForText(MARKER);
            persian.waitForText(MARKER);
            fail("on purpose, to see what is left behind");
        }

        private static URI page(String html) {
            return URI.create("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
    }
}
