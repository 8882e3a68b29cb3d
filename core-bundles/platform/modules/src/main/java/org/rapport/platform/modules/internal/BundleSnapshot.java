package org.rapport.platform.modules.internal;

/** The part of a bundle's runtime state that decides a module's state. */
record BundleSnapshot(String symbolicName, Condition condition) {

    enum Condition {
        /** Active, or a resolved fragment. */
        RUNNING,
        /** Resolved or starting, not yet active. */
        NOT_STARTED,
        /** Installed but its requirements cannot be resolved. */
        UNRESOLVED,
        /** The feature lists it but it is not in the framework. */
        MISSING
    }
}
