package org.rapport.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import liquibase.resource.ClassLoaderResourceAccessor;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.rapport.platform.api.audit.AuditEntry;
import org.rapport.platform.api.audit.AuditQuery;

class AuditRecordValuesTest {

    private static final Instant AT = Instant.parse("2026-11-28T04:00:00Z");

    @Test
    void aRecordsValuesGoBackAndForthInTheirOrderWhateverTheirText() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lastName", "کریمی \"Karimi\"\n\\ 😀");
        values.put("firstName", "علی");
        values.put("stage", "LEAD");
        assertEquals(List.copyOf(values.entrySet()),
                List.copyOf(AuditRecordValues.values(AuditRecordValues.json(values)).entrySet()));
    }

    @Test
    void aCreatedRecordUnfoldsIntoOneEntryPerFieldWithTheRowsIdAndActor() {
        AuditEntry row = new AuditEntry(7, AT, "alice", "REST", "contacts", "Person", "12", "CREATE",
                AuditRecordValues.EVERY_FIELD, null, "{\"firstName\":\"Ali\",\"stage\":\"LEAD\"}");
        assertEquals(List.of(
                new AuditEntry(7, AT, "alice", "REST", "contacts", "Person", "12", "CREATE", "firstName", null, "Ali"),
                new AuditEntry(7, AT, "alice", "REST", "contacts", "Person", "12", "CREATE", "stage", null, "LEAD")),
                AuditRecordValues.unfold(row));
    }

    @Test
    void aDeletedRecordsValuesAreTheOldOnes() {
        AuditEntry row = new AuditEntry(8, AT, "bob", "UI", "contacts", "Person", "12", "DELETE",
                AuditRecordValues.EVERY_FIELD, "{\"firstName\":\"Ali\"}", null);
        AuditEntry entry = AuditRecordValues.unfold(row).get(0);
        assertEquals("firstName", entry.field());
        assertEquals("Ali", entry.oldValue());
        assertNull(entry.newValue());
    }

    @Test
    void aRowThatIsNotARecordOrCannotBeReadIsShownAsStored() {
        AuditEntry change = new AuditEntry(9, AT, "bob", "UI", "contacts", "Person", "12", "UPDATE", "stage", "LEAD",
                "CUSTOMER");
        assertEquals(List.of(change), AuditRecordValues.unfold(change));
        AuditEntry broken = new AuditEntry(10, AT, "bob", "UI", "contacts", "Person", "12", "CREATE",
                AuditRecordValues.EVERY_FIELD, null, "[erased]");
        assertEquals(List.of(new AuditEntry(10, AT, "bob", "UI", "contacts", "Person", "12", "CREATE", null, null,
                "[erased]")), AuditRecordValues.unfold(broken));
    }

    @Test
    void theTrailReadsWholeRecordsAndErasureKeepsTheirFieldsButNotTheirValues() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Migrations.apply(database, new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                "db/platform/changelog.xml");
        try (Connection connection = database.getConnection()) {
            insert(connection, "12", "CREATE", AuditRecordValues.EVERY_FIELD, null,
                    "{\"firstName\":\"Ali\",\"lastName\":\"Karimi\"}");
            insert(connection, "12", "UPDATE", "lastName", "Karimi", "Karimi-Rad");
            insert(connection, "13", "CREATE", AuditRecordValues.EVERY_FIELD, null, "{\"firstName\":\"Sara\"}");

            JdbcAuditTrail trail = new JdbcAuditTrail(database, null);
            List<AuditEntry> page = trail.find(AuditQuery.forRecord("Person", "12", 2));
            assertEquals(List.of("UPDATE lastName Karimi-Rad", "CREATE firstName Ali", "CREATE lastName Karimi"),
                    page.stream().map(e -> e.operation() + " " + e.field() + " " + e.newValue()).toList(),
                    "the page of two goes on to the end of the created record's row");

            AuditErasure.erase(connection, "contacts", "Person", "12");
            assertEquals(List.of("UPDATE lastName [erased] [erased]", "CREATE firstName null [erased]",
                    "CREATE lastName null [erased]"), trail.find(AuditQuery.forRecord("Person", "12", 10)).stream()
                            .map(e -> e.operation() + " " + e.field() + " " + e.oldValue() + " " + e.newValue())
                            .toList());
            assertEquals("Sara", trail.find(AuditQuery.forRecord("Person", "13", 10)).get(0).newValue(),
                    "another record's values stay");
        }
    }

    private static void insert(Connection connection, String id, String operation, String field, String before,
            String after) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(PendingAuditRows.INSERT)) {
            insert.setTimestamp(1, Timestamp.from(AT));
            Object[] values = {"alice", "REST", "contacts", "Person", id, operation, field, before, after};
            for (int i = 0; i < values.length; i++) {
                insert.setString(i + 2, (String) values[i]);
            }
            insert.executeUpdate();
        }
    }
}
