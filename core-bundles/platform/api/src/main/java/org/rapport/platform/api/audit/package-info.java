/**
 * The audit trail: who changed what, when and through which channel. Changes to every module's entities are
 * recorded by the platform itself in the same transaction as the change — modules write nothing for it; security
 * events (sign-ins, lockouts, permission changes) are recorded through {@link AuditTrail#record}.
 */
@Export
@Version("1.1.0")
package org.rapport.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
