package org.rapport.platform.events.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * How to claim a row. With {@code SKIP LOCKED} a node that finds the sequencer or a consumer busy on another
 * node moves on at once; with a plain {@code FOR UPDATE} it waits for it, which is still correct (the lock
 * serializes the work) but slower and exposed to lock wait timeouts.
 *
 * <p>H2 2.3.232 accepts {@code FOR UPDATE SKIP LOCKED} and really skips rows another session holds (pinned
 * by {@code H2OutboxTest}); MariaDB has it since 10.6, MySQL since 8.0.
 */
record Dialect(String product, boolean skipLocked) {

    static Dialect of(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        int major = metaData.getDatabaseMajorVersion();
        int minor = metaData.getDatabaseMinorVersion();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        boolean skipLocked;
        if (name.contains("mariadb")) {
            skipLocked = major > 10 || (major == 10 && minor >= 6);
        } else if (name.contains("mysql")) {
            skipLocked = major >= 8;
        } else if (name.equals("h2")) {
            skipLocked = major >= 2;
        } else {
            skipLocked = false;
        }
        return new Dialect(product + " " + major + "." + minor, skipLocked);
    }

    /** The clause that claims the selected rows for this transaction, or skips them if another holds them. */
    String claim() {
        return skipLocked ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
    }
}
