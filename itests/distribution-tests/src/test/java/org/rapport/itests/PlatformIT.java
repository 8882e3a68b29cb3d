package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.rapport.platform.api.i18n.TextFolding;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleState;

/** The distribution as it boots: health over HTTP, the platform module, the admin shell command. */
public class PlatformIT extends RapportSuite {

    @Inject
    SessionFactory shell;

    @Inject
    TextFolding folding;

    @Test
    public void healthIsUpOnH2() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + RapportContainer.HTTP_PORT + "/api/health")).build();
        String[] body = new String[1];
        Await.until("/api/health to answer UP", Duration.ofSeconds(60), () -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                body[0] = response.body();
                return response.statusCode() == 200 && body[0].contains("\"status\":\"UP\"");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(body[0], body[0].contains("\"database\":{\"product\":\"H2\""));
        assertTrue(body[0], body[0].contains("{\"id\":\"platform\""));
        assertTrue(body[0], body[0].contains("\"state\":\"ACTIVE\""));
    }

    @Test
    public void platformModuleIsActiveWithItsSchemaVersion() {
        Await.until("the platform schema to be migrated", Duration.ofSeconds(60),
                () -> modules.module("platform").map(m -> m.schemaVersion() != null).orElse(false));
        ModuleInfo platform = modules.module("platform").orElseThrow();
        assertEquals(ModuleState.ACTIVE, platform.state());
        assertEquals("platform-003-audit", platform.schemaVersion());
        assertTrue(platform.required());
    }

    @Test
    public void shellListsModulesAndRefusesToDisableThePlatform() throws Exception {
        RapportContainer.awaitPlatform(modules);
        String listing = execute("rapport:modules");
        assertTrue(listing, listing.contains("platform"));
        assertTrue(listing, listing.contains("ACTIVE"));
        String refusal = execute("rapport:module-disable platform");
        assertTrue(refusal, refusal.contains("cannot be disabled"));
        assertEquals(ModuleState.ACTIVE, modules.module("platform").orElseThrow().state());
    }

    @Test
    public void searchFoldingIsAvailableToModules() {
        assertEquals(folding.fold("علي كتاب"), folding.fold("علی کتاب"));
        assertEquals(folding.fold("می‌خواهم"), folding.fold("میخواهم"));
        assertEquals("+98 912", folding.foldDigits("+۹۸ ۹۱۲"));
    }

    private String execute(String command) throws Exception {
        return AdminShell.execute(shell, command);
    }
}
