package org.rapport.platform.api.modules;

import java.util.Objects;

/**
 * What the platform knows about one Rapport module or plugin.
 *
 * @param id            the module id, e.g. {@code contacts}; its Karaf feature is {@code rapport-<id>}
 * @param name          a human-readable name
 * @param version       the module version
 * @param state         its state now
 * @param schemaVersion the id of the last schema change set applied for it, or {@code null} if it
 *                      owns no schema or has not been migrated yet
 * @param message       why it is {@link ModuleState#FAILED} or {@link ModuleState#STARTING}; else {@code null}
 * @param required      {@code true} for modules that cannot be disabled (the platform itself)
 */
public record ModuleInfo(String id, String name, String version, ModuleState state, String schemaVersion,
        String message, boolean required) {

    public ModuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
