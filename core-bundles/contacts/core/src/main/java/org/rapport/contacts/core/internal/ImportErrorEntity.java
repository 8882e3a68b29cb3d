package org.rapport.contacts.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.ImportRowError;
import org.rapport.platform.api.audit.NotAudited;

/** A refused row of an import, with why. */
@Entity(name = "ContactImportError")
@Table(name = "contacts_import_error")
@NotAudited
public class ImportErrorEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "import_id")
    private long importId;

    @Column(name = "file_row")
    private long rowNumber;

    private String reason;

    @Lob
    private String line;

    protected ImportErrorEntity() {
    }

    ImportErrorEntity(long importId, long rowNumber, String reason, String line) {
        this.importId = importId;
        this.rowNumber = rowNumber;
        this.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        this.line = line;
    }

    ImportRowError view() {
        return new ImportRowError(rowNumber, reason, line);
    }
}
