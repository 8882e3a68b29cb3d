package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * My account: a user sees where they are signed in and ends another session (that browser is signed out), and
 * creates a personal API token limited to one permission, which works for that permission only until revoked.
 */
@RapportUiTest
class AccountPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void endAnotherSessionAndUseAScopedToken(RapportNode node, @Language("en-US") Browser here,
            @Language("en-US") Browser elsewhere) throws Exception {
        Shell.signIn(elsewhere, node);
        Shell.signIn(here, node);
        here.open(node.uri("/account"));
        Shell.await(here, By.id("account-page"));
        here.waitFor("the other session listed", driver -> driver.findElement(By.id("account-sessions"))
                .getText().contains("End") ? true : null);
        // Ends every other session of admin's (earlier tests' too): the one of 'elsewhere' is among them.
        Shell.click(here, By.id("account-end-others"), Duration.ofSeconds(5));
        here.waitFor("only this session listed", driver -> driver.findElements(
                By.cssSelector("#account-sessions vaadin-button")).stream().noneMatch(button -> button.isDisplayed())
                        ? true : null);
        elsewhere.open(node.uri("/admin/modules"));
        Shell.await(elsewhere, Shell.LOGIN_PAGE);

        String label = "script " + UUID.randomUUID().toString().substring(0, 6);
        Shell.await(here, By.cssSelector("#token-label input")).sendKeys(label);
        Shell.await(here, By.cssSelector("vaadin-multi-select-combo-box input")).sendKeys("sample.note.read");
        Shell.await(here, By.cssSelector("vaadin-multi-select-combo-box-item"));
        // Escape twice: the first clears the filter text, the second closes the list.
        Shell.await(here, By.cssSelector("vaadin-multi-select-combo-box input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER,
                Keys.ESCAPE, Keys.ESCAPE);
        Shell.click(here, By.id("token-create"), Duration.ofSeconds(5));
        String token = here.waitFor("the token shown once", driver -> {
            Object value = here.script("const f = document.querySelector('#token-secret'); return f && f.value;");
            return value instanceof String text && text.startsWith("rpt_") ? text : null;
        });
        here.screenshot("account-en");

        assertEquals(200, status(node, "/api/sample/notes", token));
        assertEquals(403, status(node, "/api/identity/users", token));
    }

    private static int status(RapportNode node, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(node.uri(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(5)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
