package org.rapport.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.UUID;

import liquibase.resource.ClassLoaderResourceAccessor;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private JdbcDataSource dataSource;
    private final ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader());

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void appliesAChangelogAndReportsItsLastChangeSet() throws Exception {
        assertEquals("good-002", Migrations.apply(dataSource, resources, "db/good/changelog.xml"));
        // Applying again changes nothing and reports the same version.
        assertEquals("good-002", Migrations.apply(dataSource, resources, "db/good/changelog.xml"));
    }

    @Test
    void modulesSharingTheBookkeepingTableEachSeeOnlyTheirOwnVersion() throws Exception {
        Migrations.apply(dataSource, resources, "db/good/changelog.xml");
        Migrations.MigrationException failure = assertThrows(Migrations.MigrationException.class,
                () -> Migrations.apply(dataSource, resources, "db/bad/changelog.xml"));
        assertEquals("bad-001", failure.lastApplied());
        assertEquals("good-002", Migrations.apply(dataSource, resources, "db/good/changelog.xml"));
    }

    @Test
    void aFailedMigrationSaysWhichChangeSetAndWhyAndWhereTheSchemaStopped() {
        Migrations.MigrationException failure = assertThrows(Migrations.MigrationException.class,
                () -> Migrations.apply(dataSource, resources, "db/bad/changelog.xml"));
        assertTrue(failure.getMessage().contains("bad-002"), failure.getMessage());
        assertTrue(failure.getMessage().toUpperCase().contains("ID"), failure.getMessage());
        assertEquals("bad-001", failure.lastApplied());
    }

    @Test
    void anUnreachableDatabaseIsAFailureWithoutAVersion() {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:file:/nonexistent/dir/db;IFEXISTS=TRUE");
        Migrations.MigrationException failure = assertThrows(Migrations.MigrationException.class,
                () -> Migrations.apply(unreachable, resources, "db/good/changelog.xml"));
        assertNull(failure.lastApplied());
        assertTrue(failure.getCause() instanceof SQLException, String.valueOf(failure.getCause()));
    }

    @Test
    void directoriesAndRootMessages() {
        assertEquals("db/contacts/", Migrations.directoryOf("db/contacts/changelog.xml"));
        assertEquals("db/contacts/", Migrations.directoryOf("classpath:/db/contacts/changelog.xml"));
        assertEquals("", Migrations.directoryOf("changelog.xml"));
        Exception nested = new Exception("Migration failed", new IllegalStateException("Duplicate column name \"ID\""));
        assertEquals("Migration failed (Duplicate column name \"ID\")", Migrations.rootMessage(nested));
    }

    @Test
    void databasePlatformsAreChosenByProductName() {
        assertEquals("org.eclipse.persistence.platform.database.H2Platform", EntityManagerFactories.platformFor("H2"));
        assertEquals("org.eclipse.persistence.platform.database.MariaDBPlatform",
                EntityManagerFactories.platformFor("MariaDB"));
        assertEquals("org.eclipse.persistence.platform.database.MySQLPlatform",
                EntityManagerFactories.platformFor("MySQL"));
        assertNull(EntityManagerFactories.platformFor("PostgreSQL"));
    }
}
