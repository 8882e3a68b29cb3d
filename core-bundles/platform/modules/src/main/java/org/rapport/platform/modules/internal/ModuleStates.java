package org.rapport.platform.modules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleState;
import org.rapport.platform.api.persistence.SchemaState;
import org.rapport.platform.api.persistence.SchemaStatus;

/** Decides a module's state from its feature, its bundles and its schema migrations. */
final class ModuleStates {

    private ModuleStates() {
    }

    static ModuleInfo describe(ModuleFeature feature, boolean installed, List<BundleSnapshot> bundles,
            List<SchemaStatus> schemas) {
        String schemaVersion = schemaVersion(schemas);
        if (!installed) {
            return new ModuleInfo(feature.id(), feature.title(), feature.version(), ModuleState.DISABLED,
                    schemaVersion, null, feature.required());
        }
        List<String> failures = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (SchemaStatus schema : schemas) {
            if (schema.state() == SchemaState.FAILED) {
                failures.add("schema migration of " + schema.bundle() + " failed: " + schema.error());
            } else if (schema.state() == SchemaState.PENDING) {
                waiting.add("schema migration of " + schema.bundle() + " is pending");
            }
        }
        for (BundleSnapshot bundle : bundles) {
            switch (bundle.condition()) {
                case UNRESOLVED -> failures.add("bundle " + bundle.symbolicName() + " cannot be resolved");
                case MISSING -> failures.add("bundle " + bundle.symbolicName() + " is not installed");
                case NOT_STARTED -> waiting.add("bundle " + bundle.symbolicName() + " is not started");
                case RUNNING -> {
                }
            }
        }
        ModuleState state = !failures.isEmpty() ? ModuleState.FAILED
                : !waiting.isEmpty() ? ModuleState.STARTING : ModuleState.ACTIVE;
        String message = failures.isEmpty() && waiting.isEmpty() ? null
                : String.join("; ", failures.isEmpty() ? waiting : failures);
        return new ModuleInfo(feature.id(), feature.title(), feature.version(), state, schemaVersion, message,
                feature.required());
    }

    /** The last applied change set of each of the module's bundles that owns a schema. */
    private static String schemaVersion(List<SchemaStatus> schemas) {
        String joined = schemas.stream()
                .map(SchemaStatus::lastChangeSet)
                .filter(changeSet -> changeSet != null && !changeSet.isBlank())
                .sorted()
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }
}
