package org.rapport.platform.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/** What the platform can say about the database it runs on, without revealing credentials. */
@ProviderType
public interface DatabaseStatus {

    /** Checks the connection now. */
    DatabaseInfo check();

    /**
     * @param product the database product, e.g. {@code H2} or {@code MariaDB}; {@code null} if unreachable
     * @param version the product version; {@code null} if unreachable
     * @param up      whether a connection could be opened and validated
     * @param problem why it is not up, or {@code null}
     */
    record DatabaseInfo(String product, String version, boolean up, String problem) {
    }
}
