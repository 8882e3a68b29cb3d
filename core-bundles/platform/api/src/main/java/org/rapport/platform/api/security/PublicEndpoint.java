package org.rapport.platform.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource class or method that answers anonymous requests (health, the OpenAPI document, the token
 * request). Everything else under {@code /api} needs an authenticated caller: the platform answers 401 before the
 * resource runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {
}
