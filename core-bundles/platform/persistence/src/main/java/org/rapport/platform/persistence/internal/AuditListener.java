package org.rapport.platform.persistence.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.rapport.platform.api.audit.Confidential;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;

/**
 * Writes the audit trail of one module's entities from inside EclipseLink's commit: after each update one row per
 * changed field into {@code rapport_audit}, after each insert and delete one row holding the record's values, through the same connection and transaction as the change
 * itself — so a change without its audit rows, or audit rows of a change that was rolled back, cannot exist. The
 * rows of a transaction are written together just before it commits ({@link PendingAuditRows}).
 */
final class AuditListener extends DescriptorEventAdapter {


    private final String module;
    private final Map<String, Boolean> confidentialFields = new ConcurrentHashMap<>();

    AuditListener(String module) {
        this.module = module;
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, everyField(event, "CREATE", false));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        ObjectChangeSet changes = event.getChangeSet();
        WriteObjectQuery write = event.getQuery() instanceof WriteObjectQuery query ? query : null;
        if (changes == null && write != null) {
            changes = write.getObjectChangeSet();
        }
        if (changes == null) {
            return;
        }
        boolean tracksAttributeChanges = event.getDescriptor().getObjectChangePolicy()
                .isAttributeChangeTrackingPolicy();
        List<Object[]> rows = new ArrayList<>();
        for (ChangeRecord change : changes.getChanges()) {
            DatabaseMapping mapping = event.getDescriptor().getObjectBuilder().getMappingForAttributeName(
                    change.getAttribute());
            if (mapping == null || !audited(event.getDescriptor(), mapping)) {
                continue;
            }
            Object before = change instanceof DirectToFieldChangeRecord direct ? direct.getOldValue()
                    : change.getOldValue();
            // Woven entities track each attribute change with its old value, null included; only without that
            // tracking does the backup clone hold the value as it was read (with it, it may be the new value).
            if (before == null && !tracksAttributeChanges && write != null && write.getBackupClone() != null
                    && write.getBackupClone() != event.getObject()) {
                before = mapping.getAttributeValueFromObject(write.getBackupClone());
            }
            Object after = mapping.getAttributeValueFromObject(event.getObject());
            if (!Objects.equals(AuditValues.text(before), AuditValues.text(after))) {
                rows.add(row(event, "UPDATE", change.getAttribute(), before, after));
            }
        }
        write(event, rows);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, everyField(event, "DELETE", true));
    }

    /**
     * A created or deleted record: one row holding every field with a value as JSON (the last values stay in the
     * trail), read back one entry per field ({@link AuditRecordValues}).
     */
    private List<Object[]> everyField(DescriptorEvent event, String operation, boolean valuesAreOld) {
        ClassDescriptor descriptor = event.getDescriptor();
        Map<String, String> values = new LinkedHashMap<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (audited(descriptor, mapping)) {
                Object value = mapping.getAttributeValueFromObject(event.getObject());
                if (value != null) {
                    String field = mapping.getAttributeName();
                    values.put(field, confidential(descriptor, field) ? Confidential.MASK : AuditValues.text(value));
                }
            }
        }
        if (values.isEmpty()) {
            return List.<Object[]>of(row(event, operation, null, null, null));
        }
        String json = AuditRecordValues.json(values);
        return List.<Object[]>of(row(event, operation, AuditRecordValues.EVERY_FIELD, valuesAreOld ? json : null,
                valuesAreOld ? null : json));
    }

    /** Plain values are audited; the id (it is in every row) and the optimistic-lock version are not. */
    private static boolean audited(ClassDescriptor descriptor, DatabaseMapping mapping) {
        if (mapping.isPrimaryKeyMapping() || !mapping.isDirectToFieldMapping()) {
            return false;
        }
        return !descriptor.usesOptimisticLocking() || descriptor.getOptimisticLockingPolicy().getWriteLockField() == null
                || !descriptor.getOptimisticLockingPolicy().getWriteLockField().equals(mapping.getField());
    }

    /** Whether the attribute is {@link Confidential}: its values are masked (looked up once per class and field). */
    private boolean confidential(ClassDescriptor descriptor, String attribute) {
        return confidentialFields.computeIfAbsent(descriptor.getJavaClass().getName() + "#" + attribute, key -> {
            for (Class<?> type = descriptor.getJavaClass(); type != null; type = type.getSuperclass()) {
                try {
                    return type.getDeclaredField(attribute).isAnnotationPresent(Confidential.class);
                } catch (NoSuchFieldException notHere) {
                    // declared further up
                }
            }
            return false;
        });
    }

    private Object[] row(DescriptorEvent event, String operation, String field, Object before, Object after) {
        if (field != null && !AuditRecordValues.EVERY_FIELD.equals(field)
                && confidential(event.getDescriptor(), field)) {
            before = before == null ? null : Confidential.MASK;
            after = after == null ? null : Confidential.MASK;
        }
        Caller caller = CurrentCaller.get().orElse(null);
        Object id = event.getDescriptor().getObjectBuilder().extractPrimaryKeyFromObject(event.getObject(),
                event.getSession());
        return new Object[] {Timestamp.from(Instant.now()), caller == null ? "system" : caller.username(),
                caller == null ? "SYSTEM" : caller.channel().name(), module, event.getDescriptor().getAlias(),
                id == null ? null : AuditValues.text(id), operation, field, AuditValues.text(before),
                AuditValues.text(after)};
    }

    /**
     * Held for the transaction's commit, then written with its other audit rows in one JDBC batch on its own
     * connection (see {@link PendingAuditRows}).
     */
    private static void write(DescriptorEvent event, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            PendingAuditRows.everyTransaction().add(
                    ((AbstractSession) event.getSession()).getAccessor().getConnection(), rows);
        }
    }
}
