package org.rapport.platform.api.events;

import java.util.Objects;

/**
 * Something that happened to a module's data, e.g. a person was created.
 *
 * @param topic         an OSGi EventAdmin topic: {@code rapport/<module>/<Aggregate>/<WHAT>}, e.g.
 *                      {@code rapport/contacts/Person/CREATED}
 * @param aggregateType the kind of record, e.g. {@code Person}
 * @param aggregateId   the record's id
 * @param payload       a JSON document with the details consumers need (may be {@code "{}"})
 */
public record DomainEvent(String topic, String aggregateType, String aggregateId, String payload) {

    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        if (!topic.matches("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*")) {
            throw new IllegalArgumentException("Not a valid event topic: '" + topic + "'");
        }
        payload = payload == null ? "{}" : payload;
    }
}
