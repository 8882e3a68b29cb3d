package org.rapport.platform.modules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleState;
import org.rapport.platform.api.persistence.SchemaState;
import org.rapport.platform.api.persistence.SchemaStatus;

class ModuleStatesTest {

    private static final ModuleFeature CONTACTS = new ModuleFeature("contacts", "rapport-contacts", "Contacts",
            "0.1.0", false, List.of("mvn:org.rapport/org.rapport.contacts.core/0.1.0"));

    private static BundleSnapshot bundle(BundleSnapshot.Condition condition) {
        return new BundleSnapshot("org.rapport.contacts.core", condition);
    }

    private static SchemaStatus schema(SchemaState state, String last, String error) {
        return new SchemaStatus("contacts", "org.rapport.contacts.core", state, last, error, Instant.now());
    }

    @Test
    void notInstalledIsDisabledButKeepsItsSchemaVersion() {
        ModuleInfo info = ModuleStates.describe(CONTACTS, false, List.of(),
                List.of(schema(SchemaState.MIGRATED, "contacts-002", null)));
        assertEquals(ModuleState.DISABLED, info.state());
        assertEquals("contacts-002", info.schemaVersion());
    }

    @Test
    void allBundlesRunningAndMigratedIsActive() {
        ModuleInfo info = ModuleStates.describe(CONTACTS, true, List.of(bundle(BundleSnapshot.Condition.RUNNING)),
                List.of(schema(SchemaState.MIGRATED, "contacts-001", null)));
        assertEquals(ModuleState.ACTIVE, info.state());
        assertNull(info.message());
    }

    @Test
    void failedMigrationMakesTheModuleFailedWithTheReason() {
        ModuleInfo info = ModuleStates.describe(CONTACTS, true, List.of(bundle(BundleSnapshot.Condition.RUNNING)),
                List.of(schema(SchemaState.FAILED, null, "Table 'person' already exists")));
        assertEquals(ModuleState.FAILED, info.state());
        assertTrue(info.message().contains("Table 'person' already exists"), info.message());
    }

    @Test
    void unresolvedBundleIsAFailureAndOutranksWaiting() {
        ModuleInfo info = ModuleStates.describe(CONTACTS, true,
                List.of(bundle(BundleSnapshot.Condition.UNRESOLVED), bundle(BundleSnapshot.Condition.NOT_STARTED)),
                List.of());
        assertEquals(ModuleState.FAILED, info.state());
        assertTrue(info.message().contains("cannot be resolved"));
        assertTrue(!info.message().contains("not started"));
    }

    @Test
    void pendingMigrationOrStartingBundleIsStarting() {
        ModuleInfo info = ModuleStates.describe(CONTACTS, true, List.of(bundle(BundleSnapshot.Condition.RUNNING)),
                List.of(schema(SchemaState.PENDING, null, null)));
        assertEquals(ModuleState.STARTING, info.state());
    }

    @Test
    void featureNamesMapToModuleIds() {
        assertTrue(ModuleFeature.isModuleFeature("rapport-contacts"));
        assertTrue(!ModuleFeature.isModuleFeature("lib-jpa"));
        assertTrue(!ModuleFeature.isModuleFeature("rapport-"));
        assertEquals("contacts", ModuleFeature.idOf("rapport-contacts"));
        assertEquals("rapport-contacts", ModuleFeature.featureNameOf("contacts"));
    }
}
