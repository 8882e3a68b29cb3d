package org.rapport.contacts.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Files attached to people and organizations, stored on disk under the data directory with a size limit
 * ({@code maxAttachmentBytes} in {@code etc/org.rapport.contacts.cfg}). Runs as the current caller with the record's
 * access: listing and reading need to see it, attaching and deleting need to be allowed to change it.
 */
@ProviderType
public interface Attachments {

    /** Stores the file; too large (past the limit) is refused with a 413 problem and nothing is kept. */
    Attachment add(String entity, long id, String fileName, String contentType, InputStream content)
            throws IOException;

    List<Attachment> list(String entity, long id);

    /** The attachment's bytes; the caller closes the stream. */
    InputStream open(String entity, long id, long attachmentId) throws IOException;

    Attachment describe(String entity, long id, long attachmentId);

    void delete(String entity, long id, long attachmentId) throws IOException;

    /**
     * The largest file {@link #add} accepts, in bytes ({@code maxAttachmentBytes}), so a page can say so before the
     * upload.
     *
     * @since 1.2
     */
    long maxBytes();
}
