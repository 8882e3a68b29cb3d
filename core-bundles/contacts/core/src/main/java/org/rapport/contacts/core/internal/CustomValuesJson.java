package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.Money;

/**
 * A record's custom values as the JSON text of its {@code custom_values} column: keys in order, numbers and amounts as
 * decimal text (never through a double), dates as ISO days. Stored with the record, so the audit trail shows every
 * change of them in the record's history.
 */
final class CustomValuesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private CustomValuesJson() {
    }

    /** Every stored value by key, as JSON gave it (including those of retired fields). */
    static Map<String, Object> raw(String json) {
        if (json == null) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(MAPPER.readValue(json, MAP));
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("Stored custom values are not valid JSON: " + corrupt.getOriginalMessage(),
                    corrupt);
        }
    }

    /** The values of these fields, typed; stored values a field no longer accepts (a removed choice) stay as text. */
    static Map<String, Object> typed(String json, List<CustomFieldDefinition> fields) {
        Map<String, Object> stored = raw(json);
        Map<String, Object> typed = new LinkedHashMap<>();
        for (CustomFieldDefinition field : fields) {
            Object value = stored.get(field.key());
            if (value != null) {
                try {
                    typed.put(field.key(), CustomValueParser.parse(field, value));
                } catch (IllegalArgumentException noLongerAccepted) {
                    typed.put(field.key(), value);
                }
            }
        }
        return typed;
    }

    static String write(Map<String, Object> raw) {
        Map<String, Object> plain = new TreeMap<>();
        raw.forEach((key, value) -> {
            if (value != null) {
                plain.put(key, plain(value));
            }
        });
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(plain);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Cannot write custom values as JSON", impossible);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Money money) {
            Map<String, Object> amount = new LinkedHashMap<>();
            amount.put("amount", money.amount().toPlainString());
            amount.put("currency", money.currency());
            return amount;
        }
        if (value instanceof java.time.LocalDate day) {
            return day.toString();
        }
        return value;
    }
}
