package org.rapport.platform.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST method (or every method of a resource class) needs; the platform answers 403 before the
 * resource runs when the caller lacks it. Record-level rules (ownership, sharing) are applied by the module's
 * queries on top of this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

    String value();
}
