package org.rapport.platform.api.persistence;

/** Where a module bundle's schema migration stands. */
public enum SchemaState {
    /** The bundle is waiting for the database, or its migration is running. */
    PENDING,
    /** The changelog was applied; the module's persistence unit is available. */
    MIGRATED,
    /** The changelog could not be applied; the module's persistence unit is withheld. */
    FAILED
}
