package org.rapport.itests.outboxprobe.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Rapport outbox probe (tests only)",
        description = "Settings of the outbox probe's consumer.")
public @interface ProbeConfig {

    @AttributeDefinition(name = "Delay per event (ms)",
            description = "Artificial work per delivered event, so a test can kill the node mid-stream.", min = "0")
    long delay_ms() default 0;
}
