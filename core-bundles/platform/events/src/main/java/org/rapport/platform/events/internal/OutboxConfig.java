package org.rapport.platform.events.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Rapport outbox dispatcher",
        description = "Orders committed outbox events and delivers them to the registered outbox consumers.")
public @interface OutboxConfig {

    @AttributeDefinition(name = "Poll interval (ms)",
            description = "Pause between rounds when there is no work; with work, rounds follow each other at once.",
            min = "10")
    long poll_interval_ms() default 200;

    @AttributeDefinition(name = "Batch size",
            description = "Events sequenced, and delivered to one consumer, per transaction. Small batches mean "
                    + "little redelivery after a crash.", min = "1")
    int batch_size() default 100;

    @AttributeDefinition(name = "Max attempts",
            description = "Failed deliveries of one event before it is parked and the consumer moves on.", min = "1")
    int max_attempts() default 8;

    @AttributeDefinition(name = "Initial backoff (ms)", description = "Wait after the first failure; doubles per failure.",
            min = "0")
    long backoff_initial_ms() default 1000;

    @AttributeDefinition(name = "Max backoff (ms)", description = "The longest wait between two attempts.", min = "0")
    long backoff_max_ms() default 300000;

    @AttributeDefinition(name = "Enabled",
            description = "Whether this node sequences and delivers. Other nodes on the same database carry on.")
    boolean enabled() default true;
}
