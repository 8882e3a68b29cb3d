package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ResourceAccessor;

/**
 * Applies a Liquibase changelog. All modules share Liquibase's changelog table, so each module's
 * changelog lives at a path of its own ({@code db/<module>/changelog.xml}); the last change set
 * applied from under that directory is the module's schema version.
 */
final class Migrations {

    private Migrations() {
    }

    /** Applies {@code changelog}; returns the id of the last change set ran from its directory. */
    static String apply(DataSource dataSource, ResourceAccessor resources, String changelog)
            throws MigrationException {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changelog, resources, database);
            try {
                liquibase.update(new Contexts(), new LabelExpression());
            } catch (LiquibaseException e) {
                throw new MigrationException(rootMessage(e), e, appliedSoFar(database, changelog));
            }
            return lastChangeSet(database.getRanChangeSetList(), directoryOf(changelog));
        } catch (LiquibaseException | SQLException e) {
            throw new MigrationException(rootMessage(e), e, null);
        }
    }

    /** Where a failed migration stopped: the schema is at the last change set that did succeed. */
    private static String appliedSoFar(Database database, String changelog) {
        try {
            return lastChangeSet(database.getRanChangeSetList(), directoryOf(changelog));
        } catch (LiquibaseException | RuntimeException e) {
            return null;
        }
    }

    static String lastChangeSet(List<RanChangeSet> ran, String directory) {
        return ran.stream()
                .filter(changeSet -> changeSet.getChangeLog() != null
                        && normalized(changeSet.getChangeLog()).startsWith(directory))
                .max(Comparator.comparing(RanChangeSet::getOrderExecuted,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(RanChangeSet::getId)
                .orElse(null);
    }

    static String directoryOf(String changelog) {
        String path = normalized(changelog);
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static String normalized(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("classpath:")) {
            p = p.substring("classpath:".length());
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }

    /** Liquibase wraps the database's own words several layers deep; an admin needs those. */
    static String rootMessage(Throwable error) {
        Throwable deepest = error;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String top = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (deepest == error || deepest.getMessage() == null || top.contains(deepest.getMessage())) {
            return top;
        }
        return top + " (" + deepest.getMessage() + ")";
    }

    static final class MigrationException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String lastApplied;

        MigrationException(String message, Throwable cause, String lastApplied) {
            super(message, cause);
            this.lastApplied = lastApplied;
        }

        /** The last change set that was applied before the failure, or {@code null}. */
        String lastApplied() {
            return lastApplied;
        }
    }
}
