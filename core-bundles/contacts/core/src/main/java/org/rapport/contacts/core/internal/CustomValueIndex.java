package org.rapport.contacts.core.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.Money;

/**
 * Replaces a record's rows in {@code contacts_custom_value} with JDBC batches on the transaction's own connection,
 * like {@link TermWriter}: the rows are derived from the record's audited {@code custom_values}.
 */
final class CustomValueIndex {

    private CustomValueIndex() {
    }

    /** Indexes the record's stored values of every field, retired ones included (restoring needs no rebuild). */
    static void replace(EntityManager em, RecordKind kind, long recordId, String customValuesJson,
            List<CustomFieldDefinition> allFields) {
        Connection connection = em.unwrap(Connection.class);
        try {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM contacts_custom_value WHERE record_kind = ? AND record_id = ?")) {
                delete.setString(1, kind.code());
                delete.setLong(2, recordId);
                delete.executeUpdate();
            }
            Map<String, Object> values = CustomValuesJson.typed(customValuesJson, allFields);
            if (values.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contacts_custom_value"
                    + " (record_kind, record_id, field_key, item, text_value, number_value, date_value, bool_value,"
                    + " currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CustomFieldDefinition field : allFields) {
                    Object value = values.get(field.key());
                    List<?> items = value instanceof List<?> options ? options : value == null ? List.of()
                            : List.of(value);
                    for (int item = 0; item < items.size(); item++) {
                        bind(insert, kind, recordId, field, item, items.get(item));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not index the custom values of " + kind.noun() + " " + recordId,
                    failure);
        }
    }

    static void remove(EntityManager em, RecordKind kind, long recordId) {
        replace(em, kind, recordId, null, List.of());
    }

    private static void bind(PreparedStatement insert, RecordKind kind, long recordId, CustomFieldDefinition field,
            int item, Object value) throws SQLException {
        insert.setString(1, kind.code());
        insert.setLong(2, recordId);
        insert.setString(3, field.key());
        insert.setInt(4, item);
        String text = null;
        BigDecimal number = null;
        LocalDate date = null;
        Boolean yes = null;
        String currency = null;
        CustomFieldType type = field.type();
        if (value instanceof Money money) {
            number = money.amount();
            currency = money.currency();
        } else if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof LocalDate day) {
            date = day;
        } else if (value instanceof Boolean bool) {
            yes = bool;
        } else if (type == CustomFieldType.TEXT || type == CustomFieldType.CHOICE
                || type == CustomFieldType.MULTI_CHOICE) {
            String whole = String.valueOf(value);
            text = whole.length() > CustomFieldDefinition.MAX_TEXT ? whole.substring(0, CustomFieldDefinition.MAX_TEXT)
                    : whole;
        }
        insert.setString(5, text);
        insert.setBigDecimal(6, number);
        if (date == null) {
            insert.setNull(7, Types.DATE);
        } else {
            insert.setObject(7, java.sql.Date.valueOf(date));
        }
        if (yes == null) {
            insert.setNull(8, Types.BOOLEAN);
        } else {
            insert.setBoolean(8, yes);
        }
        insert.setString(9, currency);
    }
}
