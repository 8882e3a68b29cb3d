package org.rapport.contacts.core.internal;

import java.io.Writer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.rapport.platform.api.audit.AuditEntry;
import org.rapport.platform.api.audit.AuditQuery;
import org.rapport.platform.api.audit.AuditTrail;

/** Keeps the events the module reports (entity changes are the platform's, and not seen here). */
final class TestAudit implements AuditTrail {

    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        return List.of();
    }

    @Override
    public void writeCsv(AuditQuery query, Writer out) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void record(String module, String entity, String entityId, String operation, String detail) {
        events.add(module + " " + entity + " " + operation + " " + detail);
    }
}
