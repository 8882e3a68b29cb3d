package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.audit.AuditEntry;
import org.rapport.platform.api.audit.AuditQuery;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.persistence.PersistenceFailure;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;

import com.opencsv.CSVWriter;

/**
 * Reads {@code rapport_audit} with plain SQL (filters become bound parameters, newest first, keyset paging) and
 * records events in their own transaction. Available once the platform's schema is migrated.
 */
@Component(service = AuditTrail.class)
public class JdbcAuditTrail implements AuditTrail {

    private final DataSource dataSource;

    @Activate
    public JdbcAuditTrail(@Reference(target = "(dataSourceName=rapport)") DataSource dataSource,
            @Reference(target = "(" + ModulePersistence.MODULE_PROPERTY + "=platform)") ModulePersistence platform) {
        this.dataSource = dataSource;
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, channel, module, entity, entity_id, operation, "
                + "field, old_value, new_value FROM rapport_audit WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        condition(sql, parameters, " AND entity = ?", query.entity());
        condition(sql, parameters, " AND entity_id = ?", query.entityId());
        condition(sql, parameters, " AND actor = ?", query.actor());
        condition(sql, parameters, " AND module = ?", query.module());
        condition(sql, parameters, " AND at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        condition(sql, parameters, " AND at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        condition(sql, parameters, " AND id < ?", query.beforeId());
        sql.append(" ORDER BY id DESC");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setMaxRows(query.limit());
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && entries.size() < query.limit()) {
                    // a created or deleted record is one row and comes whole: a page may end a few entries past
                    // the limit, and the next one starts at the next row
                    entries.addAll(AuditRecordValues.unfold(new AuditEntry(rows.getLong(1),
                            rows.getTimestamp(2).toInstant(), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                            rows.getString(10), rows.getString(11))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new PersistenceFailure("The audit trail could not be read", e);
        }
    }

    @Override
    public void writeCsv(AuditQuery query, Writer out) throws IOException {
        List<AuditEntry> entries = find(query);
        CSVWriter csv = new CSVWriter(out);
        csv.writeNext(new String[] {"id", "at", "actor", "channel", "module", "entity", "entityId", "operation",
            "field", "oldValue", "newValue"}, false);
        for (AuditEntry entry : entries) {
            csv.writeNext(new String[] {String.valueOf(entry.id()), entry.at().toString(), entry.actor(),
                entry.channel(), entry.module(), entry.entity(), entry.entityId(), entry.operation(), entry.field(),
                entry.oldValue(), entry.newValue()}, true);
        }
        csv.flush();
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            sql.append(clause);
            parameters.add(value);
        }
    }

    @Override
    public void record(String module, String entity, String entityId, String operation, String detail) {
        Caller caller = CurrentCaller.get().orElse(null);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO rapport_audit (at, actor, "
                        + "channel, module, entity, entity_id, operation, field, old_value, new_value) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, caller == null ? "system" : caller.username());
            insert.setString(3, caller == null ? "SYSTEM" : caller.channel().name());
            insert.setString(4, module);
            insert.setString(5, entity);
            insert.setString(6, entityId);
            insert.setString(7, operation);
            insert.setString(8, detail);
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new PersistenceFailure("The audit event " + operation + " could not be recorded", e);
        }
    }
}
