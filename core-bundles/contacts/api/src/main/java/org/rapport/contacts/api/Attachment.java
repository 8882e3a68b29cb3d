package org.rapport.contacts.api;

import java.time.Instant;

/** A file attached to a person or organization (its bytes are read through {@link Attachments#open}). */
public record Attachment(long id, String fileName, String contentType, long sizeBytes, String sha256,
        Instant uploadedAt, String uploadedBy) {
}
