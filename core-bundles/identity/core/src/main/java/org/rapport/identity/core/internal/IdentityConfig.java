package org.rapport.identity.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Rapport identity",
        description = "Sign-in lockout and the lifetime of session tokens.")
public @interface IdentityConfig {

    String PID = "org.rapport.identity";

    @AttributeDefinition(name = "Lockout threshold", description = "Consecutive failed sign-ins that lock an account.", min = "1")
    int lockout_threshold() default 10;

    @AttributeDefinition(name = "Lockout minutes", description = "How long a locked account stays locked.", min = "1")
    int lockout_minutes() default 15;

    @AttributeDefinition(name = "Session lifetime (hours)", description = "A session token expires this long after sign-in, used or not.", min = "1")
    int session_lifetime_hours() default 12;

    @AttributeDefinition(name = "Session idle timeout (minutes)", description = "A session token unused for this long stops working.", min = "1")
    int session_idle_minutes() default 30;
}
