package org.rapport.itests.outboxprobe.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.persistence.ModulePersistence;

/** The probe's counts, whole-cluster and for this node, as {@code probe:status} shows them. */
@Component(service = ProbeStatus.class)
public class ProbeStatus {

    private final ModulePersistence persistence;
    private final String node = Probe.node();

    @Activate
    public ProbeStatus(@Reference(target = "(rapport.module=" + Probe.MODULE + ")") ModulePersistence persistence) {
        this.persistence = persistence;
    }

    String node() {
        return node;
    }

    /** Ordered name/value pairs, stable for scripts: {@code name=value} per line. */
    Map<String, Long> counts() {
        return persistence.inTransaction(tx -> {
            Connection connection = tx.entityManager().unwrap(Connection.class);
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("ticks", count(connection, "SELECT COUNT(*) FROM probe_tick", null));
            counts.put("applied", count(connection, "SELECT COUNT(*) FROM probe_applied", null));
            counts.put("deliveries", count(connection, "SELECT COUNT(*) FROM probe_delivery", null));
            counts.put("duplicates", count(connection, "SELECT COUNT(*) FROM probe_delivery WHERE duplicate = ?",
                    Boolean.TRUE));
            counts.put("applied.here", count(connection, "SELECT COUNT(*) FROM probe_applied WHERE node = ?", node));
            counts.put("deliveries.here",
                    count(connection, "SELECT COUNT(*) FROM probe_delivery WHERE node = ?", node));
            return counts;
        });
    }

    private static long count(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
