package org.rapport.contacts.core.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.Attachment;

@Entity(name = "Attachment")
@Table(name = "contacts_attachment")
public class AttachmentEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "record_kind")
    private String recordKind;

    @Column(name = "record_id")
    private long recordId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "stored_name")
    private String storedName;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected AttachmentEntity() {
    }

    AttachmentEntity(RecordKind kind, long recordId, String fileName, String contentType, long sizeBytes,
            String sha256, String storedName, Instant uploadedAt, String uploadedBy) {
        this.recordKind = kind.code();
        this.recordId = recordId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storedName = storedName;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    String getStoredName() {
        return storedName;
    }

    long getRecordId() {
        return recordId;
    }

    String getRecordKind() {
        return recordKind;
    }

    /** Moves the attachment to another record of the same kind (a merge). */
    void reassign(long newRecordId) {
        this.recordId = newRecordId;
    }

    Attachment view() {
        return new Attachment(id, fileName, contentType, sizeBytes, sha256, uploadedAt, uploadedBy);
    }
}
