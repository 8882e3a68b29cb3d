package org.rapport.platform.persistence.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.api.events.DomainEvent;
import org.rapport.platform.api.events.EventTopics;

/** Posts committed domain events on EventAdmin for in-process listeners. */
final class InProcessEvents {

    private final Supplier<EventAdmin> eventAdmin;

    InProcessEvents(Supplier<EventAdmin> eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    void postCommitted(String moduleId, List<DomainEvent> events) {
        EventAdmin admin = eventAdmin.get();
        if (admin == null || events.isEmpty()) {
            return;
        }
        for (DomainEvent event : events) {
            admin.postEvent(new Event(event.topic(), properties(moduleId, event)));
        }
    }

    static Map<String, Object> properties(String moduleId, DomainEvent event) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(EventTopics.MODULE, moduleId);
        putIfPresent(properties, EventTopics.AGGREGATE_TYPE, event.aggregateType());
        putIfPresent(properties, EventTopics.AGGREGATE_ID, event.aggregateId());
        properties.put(EventTopics.PAYLOAD, event.payload());
        return properties;
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
