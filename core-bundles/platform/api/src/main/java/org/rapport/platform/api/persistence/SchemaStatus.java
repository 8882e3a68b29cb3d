package org.rapport.platform.api.persistence;

import java.time.Instant;

/**
 * The schema status of one module bundle.
 *
 * @param moduleId      the module the bundle belongs to
 * @param bundle        the bundle's symbolic name
 * @param state         where its migration stands
 * @param lastChangeSet the id of the last change set applied from its changelog, or {@code null}
 * @param error         why the migration failed, or {@code null}
 * @param at            when this status was recorded
 */
public record SchemaStatus(String moduleId, String bundle, SchemaState state, String lastChangeSet, String error,
        Instant at) {
}
