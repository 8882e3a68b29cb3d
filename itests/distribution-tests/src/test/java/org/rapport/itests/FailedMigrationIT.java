package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;


import org.junit.Test;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleState;

/** A module whose migration fails does not start; the reason is in rapport:modules and health is DOWN. */
public class FailedMigrationIT extends RapportSuite {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    public void aModuleWhoseMigrationFailsDoesNotStartAndSaysWhy() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        try {
            modules.enable("broken");
            Await.until("the broken module to be reported FAILED", PATIENCE,
                    () -> modules.module("broken").map(m -> m.state() == ModuleState.FAILED).orElse(false));
            ModuleInfo broken = modules.module("broken").orElseThrow();
            assertTrue(broken.message(), broken.message().contains("schema migration of org.rapport.itests.broken failed"));
            assertTrue(broken.message(), broken.message().contains("broken-002-fails"));
            assertEquals("the change sets before the failing one were applied", "broken-001-fine",
                    broken.schemaVersion());
            assertNull("the module's components must not start",
                    context.getServiceReferences(java.util.function.Supplier.class, "(rapport.itest=broken)")
                            .stream().findAny().orElse(null));

            // Health reads the registry afresh per request; give the feature installation a moment to settle.
            String[] lastHealth = {"(none)"};
            try {
                Await.until("health to report the broken module", PATIENCE, () -> {
                    try {
                        HttpResponse<String> answer = health();
                        lastHealth[0] = answer.statusCode() + " " + answer.headers().map() + " " + answer.body();
                        return answer.statusCode() == 503;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (AssertionError notReported) {
                throw new AssertionError(notReported.getMessage() + "; last health answer: " + lastHealth[0]
                        + "; the registry says: " + modules.modules(), notReported);
            }
            HttpResponse<String> health = health();
            assertEquals("health: " + health.headers().map() + " " + health.body(), 503, health.statusCode());
            assertTrue(health.body(), health.body().contains("\"status\":\"DOWN\""));
            assertTrue(health.body(), health.body().contains("module broken: failed"));
            assertTrue("health reveals no database detail: " + health.body(), !health.body().contains("broken_thing"));
        } finally {
            modules.disable("broken");
        }
        assertEquals(ModuleState.DISABLED, modules.module("broken").orElseThrow().state());
        Await.until("health to be UP again", PATIENCE, () -> {
            try {
                return health().statusCode() == 200;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static HttpResponse<String> health() throws Exception {
        return Http.get("/api/health");
    }
}
