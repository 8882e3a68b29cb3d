package org.rapport.platform.api.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Reads the audit trail, and records events that are not entity changes. Provided by the platform. */
@ProviderType
public interface AuditTrail {

    List<AuditEntry> find(AuditQuery query);

    /**
     * The entries {@link #find} returns, as CSV (RFC 4180, a header row, UTF-8 text) for export: the same columns
     * wherever the trail is exported from.
     */
    void writeCsv(AuditQuery query, Writer out) throws IOException;

    /**
     * Records a security or administration event now, in its own transaction, as the current caller (or
     * {@code system}).
     *
     * @param module    who reports it, e.g. {@code identity}
     * @param entity    what it concerns, e.g. {@code identity.user}
     * @param entityId  which one, e.g. the user's id or name
     * @param operation what happened, e.g. {@code SIGN_IN_FAILED}, {@code LOCKED}, {@code PERMISSION_GRANTED}
     * @param detail    anything else worth keeping (never a password)
     */
    void record(String module, String entity, String entityId, String operation, String detail);
}
