package org.rapport.platform.persistence.internal;

import java.time.temporal.TemporalAccessor;
import java.util.Date;

/** How audited values are written: as text a person can read back, whatever the attribute's type. */
final class AuditValues {

    private AuditValues() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return "[" + bytes.length + " bytes]";
        }
        if (value instanceof char[] chars) {
            return new String(chars);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof TemporalAccessor || value instanceof CharSequence || value instanceof Number
                || value instanceof Boolean) {
            return value.toString();
        }
        return value.toString();
    }
}
