package org.rapport.platform.api.persistence;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The schema status of every module bundle the persistence platform has seen since it started. */
@ProviderType
public interface SchemaStatusRegistry {

    List<SchemaStatus> statuses();
}
