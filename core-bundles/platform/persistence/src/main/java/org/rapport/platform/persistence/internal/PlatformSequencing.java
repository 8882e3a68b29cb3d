package org.rapport.platform.persistence.internal;

import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Makes every {@code @GeneratedValue} id come from the platform's {@code rapport_id_sequence} table:
 * identity columns behave differently on H2 and MariaDB (EclipseLink's H2 platform issues
 * {@code CALL IDENTITY()}, which H2 2.x rejects), a table sequence behaves the same everywhere and
 * allocates ids in blocks, so inserts need no extra round trip per row. A block is 500 ids: each block costs a
 * transaction of its own (read, update, commit), which at 50 ids was a commit per 50 imported rows; ids a node had
 * not used when it stops are skipped, which costs nothing but gaps.
 */
public class PlatformSequencing implements SessionCustomizer {

    static final String TABLE = "rapport_id_sequence";
    static final String NAME_COLUMN = "seq_name";
    static final String VALUE_COLUMN = "seq_value";
    static final int ALLOCATION_SIZE = 500;

    @Override
    public void customize(Session session) {
        TableSequence sequence = new TableSequence("rapport", ALLOCATION_SIZE, TABLE, NAME_COLUMN, VALUE_COLUMN);
        session.getLogin().setDefaultSequence(sequence);
    }
}
