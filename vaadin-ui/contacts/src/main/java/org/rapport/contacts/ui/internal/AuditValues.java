package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;

/**
 * The audit trail as a contact's History shows it. The platform records entity attributes as stored: lists as JSON
 * text, the owner as two columns, derived columns (sort key, display name, timestamps) beside the real fields. This
 * maps them back to the fields the user knows, leaves out the derived ones, and reads JSON lists as plain text.
 */
final class AuditValues {

    /** Stored attributes that are not fields of their own, and which field they belong to (or none: not shown). */
    private static final Map<String, String> ATTRIBUTE_FIELDS = Map.of("ownerUserId", "owner", "ownerTeamId", "owner",
            "sortKey", "", "displayName", "", "createdAt", "", "updatedAt", "");

    private AuditValues() {
    }

    private static final java.util.regex.Pattern MERGED = java.util.regex.Pattern.compile("person (\\d{1,18}) merged into it");

    /** The id of the person a {@code MERGED} entry says was merged into the record (the contacts module's words). */
    static Optional<Long> mergedPerson(String detail) {
        java.util.regex.Matcher matcher = MERGED.matcher(detail == null ? "" : detail);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The contact field an audited attribute belongs to; empty for derived attributes, which History leaves out. */
    static Optional<String> field(String attribute) {
        if (attribute == null) {
            return Optional.empty();
        }
        String field = ATTRIBUTE_FIELDS.getOrDefault(attribute, attribute);
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }

    /** A stored value as text a person reads: JSON lists become "a@example.com (work), b@example.com". */
    static String readable(String stored) {
        if (stored == null) {
            return "";
        }
        String text = stored.strip();
        if (!text.startsWith("[") && !text.startsWith("{")) {
            return stored;
        }
        try {
            JsonValue value = Json.instance().parse(text);
            return describe(value);
        } catch (RuntimeException notJson) {
            return stored;
        }
    }

    /**
     * A record's stored custom values as "Label: value; Label: value", by the fields' labels (a key without one, say
     * of a retired field, by its key); keys {@code hidden} says the user may not see are left out.
     */
    static String customValues(String stored, Map<String, String> labels, java.util.function.Predicate<String> hidden) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            JsonValue value = Json.instance().parse(stored.strip());
            if (value.getType() != JsonType.OBJECT) {
                return "";
            }
            JsonObject object = (JsonObject) value;
            List<String> parts = new ArrayList<>();
            for (String key : object.keys()) {
                JsonValue part = object.get(key);
                if (hidden.test(key) || part == null || part.getType() == JsonType.NULL) {
                    continue;
                }
                // an amount is {"amount", "currency"}: read as "12.50 EUR"
                String text = part.getType() == JsonType.OBJECT ? describe(part).replace(", ", " ")
                        : part.getType() == JsonType.ARRAY ? describe(part).replace("; ", ", ") : describe(part);
                parts.add(labels.getOrDefault(key, key) + ": " + text);
            }
            return String.join("; ", parts);
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static String describe(JsonValue value) {
        if (value.getType() == JsonType.ARRAY) {
            JsonArray array = (JsonArray) value;
            List<String> items = new ArrayList<>();
            for (int i = 0; i < array.length(); i++) {
                items.add(describe(array.get(i)));
            }
            return String.join("; ", items);
        }
        if (value.getType() == JsonType.OBJECT) {
            JsonObject object = (JsonObject) value;
            List<String> parts = new ArrayList<>();
            for (String key : object.keys()) {
                JsonValue part = object.get(key);
                if (part != null && part.getType() != JsonType.NULL) {
                    parts.add(describe(part));
                }
            }
            return String.join(", ", parts);
        }
        if (value.getType() == JsonType.NULL) {
            return "";
        }
        return value.getType() == JsonType.STRING ? value.asString() : value.toJson();
    }
}
