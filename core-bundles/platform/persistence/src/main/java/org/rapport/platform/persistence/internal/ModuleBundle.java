package org.rapport.platform.persistence.internal;

import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.rapport.platform.api.modules.RapportModuleHeader;

/** A bundle that declares, through its manifest, a schema and/or entities of a Rapport module. */
record ModuleBundle(Bundle bundle, String moduleId, String changelog, List<String> entityClasses) {

    static Optional<ModuleBundle> of(Bundle bundle) {
        Dictionary<String, String> headers = bundle.getHeaders("");
        String moduleId = trimmed(headers.get(RapportModuleHeader.MODULE));
        String changelog = trimmed(headers.get(RapportModuleHeader.CHANGELOG));
        String entities = trimmed(headers.get(RapportModuleHeader.ENTITIES));
        if (moduleId == null || (changelog == null && entities == null)) {
            return Optional.empty();
        }
        List<String> classes = entities == null ? List.of()
                : Arrays.stream(entities.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new ModuleBundle(bundle, moduleId, changelog, classes));
    }

    String symbolicName() {
        return bundle.getSymbolicName();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
