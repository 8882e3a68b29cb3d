package org.rapport.platform.persistence.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.persistence.SchemaState;
import org.rapport.platform.api.persistence.SchemaStatus;
import org.rapport.platform.api.persistence.SchemaStatusRegistry;

/**
 * The schema status of every module bundle seen since this bundle started. Kept when a module is
 * disabled, so its schema version stays visible; lives apart from the extender so a DataSource switch
 * does not forget it.
 */
@Component(service = {SchemaStatusRegistry.class, SchemaStatuses.class})
public class SchemaStatuses implements SchemaStatusRegistry {

    private final Map<String, SchemaStatus> byBundle = new ConcurrentHashMap<>();

    @Override
    public List<SchemaStatus> statuses() {
        return byBundle.values().stream()
                .sorted(Comparator.comparing(SchemaStatus::moduleId).thenComparing(SchemaStatus::bundle))
                .toList();
    }

    void pending(String moduleId, String bundle) {
        SchemaStatus previous = byBundle.get(bundle);
        String last = previous == null ? null : previous.lastChangeSet();
        byBundle.put(bundle, new SchemaStatus(moduleId, bundle, SchemaState.PENDING, last, null, Instant.now()));
    }

    void migrated(String moduleId, String bundle, String lastChangeSet) {
        byBundle.put(bundle, new SchemaStatus(moduleId, bundle, SchemaState.MIGRATED, lastChangeSet, null, Instant.now()));
    }

    /** @param lastApplied where the schema stopped, if known; else the last version seen stays */
    void failed(String moduleId, String bundle, String error, String lastApplied) {
        SchemaStatus previous = byBundle.get(bundle);
        String last = lastApplied != null ? lastApplied : previous == null ? null : previous.lastChangeSet();
        byBundle.put(bundle, new SchemaStatus(moduleId, bundle, SchemaState.FAILED, last, error, Instant.now()));
    }
}
