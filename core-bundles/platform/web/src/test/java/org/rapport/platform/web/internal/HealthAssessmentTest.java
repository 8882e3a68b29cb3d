package org.rapport.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapport.platform.api.health.HealthCheck;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleState;
import org.rapport.platform.api.persistence.DatabaseStatus.DatabaseInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

class HealthAssessmentTest {

    private static final DatabaseInfo H2 = new DatabaseInfo("H2", "2.3.232 (2024-08-11)", true, null);
    private static final ModuleInfo PLATFORM = new ModuleInfo("platform", "Rapport platform", "0.1.0",
            ModuleState.ACTIVE, "platform-002-outbox", null, true);

    @Test
    void upWhenDatabaseAnswersAndModulesRun() {
        HealthReport report = HealthAssessment.assess(Optional.of(H2), Optional.of(List.of(PLATFORM)), List.of());
        assertEquals("UP", report.status());
        assertEquals("H2", report.database().product());
        assertEquals(List.of(new HealthReport.Module("platform", "0.1.0", "ACTIVE")), report.modules());
        assertTrue(report.reasons().isEmpty());
    }

    @Test
    void downWithoutDatabaseAndTheReasonRevealsNoDetails() {
        DatabaseInfo unreachable = new DatabaseInfo(null, null, false,
                "The database cannot be reached: Access denied for user 'rapport'@'10.0.0.5'");
        HealthReport report = HealthAssessment.assess(Optional.of(unreachable), Optional.of(List.of(PLATFORM)),
                List.of());
        assertEquals("DOWN", report.status());
        assertEquals(List.of("database: not reachable"), report.reasons());
    }

    @Test
    void failedModuleMakesItDownButDisabledOnesDoNot() {
        ModuleInfo failed = new ModuleInfo("contacts", "Contacts", "0.1.0", ModuleState.FAILED, null,
                "schema migration failed: secret detail", false);
        ModuleInfo disabled = new ModuleInfo("tickets", "Tickets", "0.1.0", ModuleState.DISABLED, null, null, false);
        HealthReport report = HealthAssessment.assess(Optional.of(H2),
                Optional.of(List.of(PLATFORM, failed, disabled)), List.of());
        assertEquals("DOWN", report.status());
        assertEquals(List.of("module contacts: failed (see rapport:modules)"), report.reasons());
        assertFalse(report.reasons().toString().contains("secret"));
    }

    @Test
    void contributedChecksCountAndAThrowingCheckIsAProblemNotACrash() {
        HealthCheck broken = new HealthCheck() {
            @Override
            public String name() {
                return "mail";
            }

            @Override
            public Optional<String> problem() {
                throw new IllegalStateException("boom");
            }
        };
        HealthReport report = HealthAssessment.assess(Optional.of(H2), Optional.of(List.of(PLATFORM)),
                List.of(broken));
        assertEquals("DOWN", report.status());
        assertEquals(List.of("mail: the check itself failed"), report.reasons());
    }

    @Test
    void jsonHasTheDocumentedShapeAndIsoDates() throws Exception {
        ObjectMapper mapper = JsonMapping.objectMapper();
        HealthReport report = HealthAssessment.assess(Optional.of(H2), Optional.of(List.of(PLATFORM)), List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = mapper.readValue(mapper.writeValueAsString(report), Map.class);
        assertEquals("UP", json.get("status"));
        assertEquals(Map.of("product", "H2", "version", "2.3.232 (2024-08-11)", "up", true), json.get("database"));
        assertEquals(List.of(Map.of("id", "platform", "version", "0.1.0", "state", "ACTIVE")), json.get("modules"));
        assertEquals("\"2026-11-23T10:15:30Z\"", mapper.writeValueAsString(Instant.parse("2026-11-23T10:15:30Z")));
    }
}
