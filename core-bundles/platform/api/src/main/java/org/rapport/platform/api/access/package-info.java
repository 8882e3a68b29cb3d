/**
 * Record- and field-level access: which records of a type a caller may read or change (org-wide default, owner,
 * owner's team, role hierarchy, explicit sharing) and which fields of it they may see or edit. The identity module
 * provides {@link RecordAccess}; a module that owns records registers a {@link RecordType} per kind of record and
 * filters its queries with the {@link RecordScope} it gets, in the database.
 */
@Export
@Version("1.1.0")
package org.rapport.platform.api.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
