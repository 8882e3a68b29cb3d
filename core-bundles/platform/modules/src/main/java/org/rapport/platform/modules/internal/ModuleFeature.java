package org.rapport.platform.modules.internal;

import java.util.List;

/**
 * A Rapport module as its Karaf feature describes it. Every feature named {@code rapport-<id>} is a
 * module (or plugin) with that id; third-party libraries live in features without that prefix.
 */
record ModuleFeature(String id, String featureName, String title, String version, boolean required,
        List<String> bundleLocations) {

    static final String PREFIX = "rapport-";

    static boolean isModuleFeature(String featureName) {
        return featureName != null && featureName.startsWith(PREFIX) && featureName.length() > PREFIX.length();
    }

    static String idOf(String featureName) {
        return featureName.substring(PREFIX.length());
    }

    static String featureNameOf(String id) {
        return PREFIX + id;
    }
}
