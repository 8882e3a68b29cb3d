package org.rapport.platform.api.web;

import java.util.Objects;

/**
 * One invalid field of a request.
 *
 * @param field   the JSON path of the field, e.g. {@code emails[1].address}
 * @param message what is wrong with it, in words the caller can act on
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
