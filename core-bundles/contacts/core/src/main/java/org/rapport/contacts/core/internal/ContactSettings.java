package org.rapport.contacts.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.rapport.contacts.cfg}; changes apply live. */
@ObjectClassDefinition(name = "Rapport contacts", description = "People and organizations")
public @interface ContactSettings {

    String PID = "org.rapport.contacts";

    @AttributeDefinition(description = "ISO 3166 country whose numbering plan reads phone numbers written without +")
    String defaultCountry() default "IR";

    @AttributeDefinition(description = "Lists count matches exactly up to this many; past it the total is an estimate")
    int exactCountLimit() default 10_000;

    @AttributeDefinition(description = "Largest file that can be attached to a person or organization, in bytes")
    long maxAttachmentBytes() default 10L * 1024 * 1024;
}
