package org.rapport.platform.api.events;

/** EventAdmin topics and properties the platform uses for in-process domain events. */
public final class EventTopics {

    /** Prefix of every domain event topic. */
    public static final String PREFIX = "rapport/";

    /** EventAdmin property holding the {@link OutboxEvent#sequence()}. */
    public static final String SEQUENCE = "rapport.sequence";
    public static final String MODULE = "rapport.module";
    public static final String AGGREGATE_TYPE = "rapport.aggregateType";
    public static final String AGGREGATE_ID = "rapport.aggregateId";
    public static final String PAYLOAD = "rapport.payload";

    private EventTopics() {
    }
}
