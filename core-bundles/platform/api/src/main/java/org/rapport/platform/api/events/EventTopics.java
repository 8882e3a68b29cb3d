package org.rapport.platform.api.events;

/**
 * EventAdmin topics and properties of in-process domain events: the platform posts every published
 * {@link DomainEvent} on EventAdmin right after its transaction commits, with these properties.
 * In-process listeners may miss events (e.g. while stopped); what must not be missed uses an
 * {@link OutboxConsumer}.
 */
public final class EventTopics {

    /** Prefix of every domain event topic. */
    public static final String PREFIX = "rapport/";

    public static final String MODULE = "rapport.module";
    public static final String AGGREGATE_TYPE = "rapport.aggregateType";
    public static final String AGGREGATE_ID = "rapport.aggregateId";
    public static final String PAYLOAD = "rapport.payload";

    private EventTopics() {
    }
}
