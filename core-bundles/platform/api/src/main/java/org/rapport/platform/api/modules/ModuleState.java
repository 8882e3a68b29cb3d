package org.rapport.platform.api.modules;

/** Where a Rapport module stands in this running system. */
public enum ModuleState {
    /** Its feature is installed and every bundle of it is active. */
    ACTIVE,
    /** Its feature is installed but some bundles are still starting or waiting for a dependency. */
    STARTING,
    /** Its feature is installed but it cannot run: a failed schema migration or a bundle error. */
    FAILED,
    /** Available but not installed; its data, if any, is kept. */
    DISABLED
}
