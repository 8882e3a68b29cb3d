package org.rapport.platform.api.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity attribute whose values must never reach the audit trail (password hashes, token hashes,
 * secrets): the trail records that it changed, not what it was or became.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Confidential {

    /** What the trail shows instead of the values. */
    String MASK = "(confidential)";
}
