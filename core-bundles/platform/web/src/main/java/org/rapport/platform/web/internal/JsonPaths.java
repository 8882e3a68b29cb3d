package org.rapport.platform.web.internal;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Names a place in a JSON document and the kind of value expected there, as a caller reads them. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** {@code emails[1].address} */
    static String of(List<Reference> path) {
        StringBuilder text = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.length() == 0 ? "$" : text.toString();
    }

    static String kindOf(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        return "an object";
    }
}
