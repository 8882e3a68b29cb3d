package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.Money;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A segment's conditions on custom fields as stored: a JSON array of {@code {"key", "match", "value"}}, each value
 * text or, for a choice of several, a list of texts. Text is what the list parses by the field's type when the
 * members are asked for, so a stored condition means the same after a restart as when it was saved.
 */
final class SegmentConditions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SegmentConditions() {
    }

    static String json(List<CustomFilter> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return null;
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (CustomFilter condition : conditions) {
            ObjectNode stored = array.addObject().put("key", condition.key()).put("match", condition.match().name());
            if (condition.value() instanceof Collection<?> values) {
                ArrayNode list = stored.putArray("value");
                values.forEach(value -> list.add(text(value)));
            } else {
                stored.put("value", condition.value() == null ? null : text(condition.value()));
            }
        }
        return array.toString();
    }

    /** A value as the list reads it back: money as {@code "100 EUR"}, numbers without exponents, dates in ISO. */
    static String text(Object value) {
        if (value instanceof Money money) {
            return money.amount().toPlainString() + " " + money.currency();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return String.valueOf(value);
    }

    static List<CustomFilter> conditions(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<CustomFilter> conditions = new ArrayList<>();
            for (JsonNode stored : MAPPER.readTree(json)) {
                JsonNode value = stored.path("value");
                Object given;
                if (value.isArray()) {
                    List<String> values = new ArrayList<>();
                    value.forEach(item -> values.add(item.asText()));
                    given = values;
                } else {
                    given = value.isNull() || value.isMissingNode() ? null : value.asText();
                }
                conditions.add(new CustomFilter(stored.path("key").asText(),
                        CustomFilter.Match.valueOf(stored.path("match").asText()), given));
            }
            return conditions;
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw new IllegalStateException("A segment's stored conditions cannot be read: " + json, unreadable);
        }
    }
}
