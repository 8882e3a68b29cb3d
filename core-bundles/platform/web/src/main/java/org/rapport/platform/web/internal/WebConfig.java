package org.rapport.platform.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Rapport REST API",
        description = "Limits of the /api REST application (etc/org.rapport.platform.web.cfg).")
public @interface WebConfig {

    /** 10 MiB. */
    long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "A request with a larger body is refused with 413, before or while it is read.", min = "1")
    long maxRequestBytes() default DEFAULT_MAX_REQUEST_BYTES;
}
