package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.platform.api.audit.AuditEntry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A created or deleted record's audited values, kept as one audit row whose field is {@link #EVERY_FIELD} and whose
 * value is a JSON object of field name to text, in the record's field order. One row instead of one per field is what
 * keeps an import of a million records from writing ten million audit rows; readers of the trail never see it, they
 * get the row {@linkplain #unfold unfolded} into one entry per field, as it was before.
 */
final class AuditRecordValues {

    /** The field of an audit row that holds every value of a created or deleted record. */
    static final String EVERY_FIELD = "*";

    private static final JsonFactory JSON = new JsonFactory();

    private AuditRecordValues() {
    }

    static String json(Map<String, String> values) {
        StringWriter text = new StringWriter(32 * values.size());
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            for (Map.Entry<String, String> value : values.entrySet()) {
                out.writeStringField(value.getKey(), value.getValue());
            }
            out.writeEndObject();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return text.toString();
    }

    /** The values of a JSON object of field name to text, in its order; empty when the text is not such an object. */
    static Map<String, String> values(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        try (JsonParser in = JSON.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    return Map.of();
                }
                values.put(field, value == JsonToken.VALUE_NULL ? null : in.getText());
            }
            return values;
        } catch (IOException notJson) {
            return Map.of();
        }
    }

    /** The same fields with every value replaced by {@code mask}; text that is not a JSON object is masked whole. */
    static String masked(String json, String mask) {
        if (json == null) {
            return null;
        }
        Map<String, String> values = values(json);
        if (values.isEmpty()) {
            return mask;
        }
        values.replaceAll((field, value) -> value == null ? null : mask);
        return json(values);
    }

    /**
     * One entry per field of a row that holds a whole record (each with the row's id, time, actor and operation), or
     * the entry itself. A row whose values cannot be read is shown as it is stored, without a field.
     */
    static List<AuditEntry> unfold(AuditEntry row) {
        if (!EVERY_FIELD.equals(row.field())) {
            return List.of(row);
        }
        boolean valuesAreOld = row.newValue() == null;
        Map<String, String> values = values(valuesAreOld ? row.oldValue() : row.newValue());
        if (values.isEmpty()) {
            return List.of(new AuditEntry(row.id(), row.at(), row.actor(), row.channel(), row.module(), row.entity(),
                    row.entityId(), row.operation(), null, row.oldValue(), row.newValue()));
        }
        List<AuditEntry> entries = new ArrayList<>(values.size());
        values.forEach((field, value) -> entries.add(new AuditEntry(row.id(), row.at(), row.actor(), row.channel(),
                row.module(), row.entity(), row.entityId(), row.operation(), field, valuesAreOld ? value : null,
                valuesAreOld ? null : value)));
        return entries;
    }
}
