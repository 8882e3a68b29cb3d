package org.rapport.identity.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.platform.api.access.RecordType;

/** The record types of the running modules: they come and go with the modules' {@link RecordType} services. */
@Component(service = RecordTypeCatalog.class)
public class RecordTypeCatalog {

    private final List<RecordType> types = new CopyOnWriteArrayList<>();
    /** Counts types coming and going: answers remembered from before a change are not used after it. */
    private final AtomicLong changes = new AtomicLong();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRecordType(RecordType type) {
        types.add(type);
        changes.incrementAndGet();
    }

    void removeRecordType(RecordType type) {
        types.remove(type);
        changes.incrementAndGet();
    }

    long changes() {
        return changes.get();
    }

    /** Sorted by id; should two modules claim one id, the first registered wins everywhere. */
    List<RecordType> all() {
        return types.stream().filter(type -> find(type.id()).orElse(null) == type)
                .sorted(Comparator.comparing(RecordType::id)).toList();
    }

    Optional<RecordType> find(String id) {
        return id == null ? Optional.empty() : types.stream().filter(type -> id.equals(type.id())).findFirst();
    }
}
