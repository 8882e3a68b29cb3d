package org.rapport.platform.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * A database with one module's real changelog applied, and an EclipseLink factory over it built as the platform
 * builds one (static weaving, ids from a table sequence). The module's test resources hold a
 * {@code META-INF/persistence.xml} with a unit named {@code <module>-test} listing its entities. Liquibase's
 * bookkeeping and the id table get names of the module's own, so tests of different modules never touch each other's
 * tables in the shared MariaDB test database.
 */
public final class ModuleTestDatabase implements AutoCloseable {

    private static final String SEQUENCE_TABLE_PROPERTY = "rapport.test.sequenceTable";
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    public static final String MARIADB_URL = setting("RAPPORT_TEST_MARIADB_URL",
            "jdbc:mariadb://127.0.0.1:3306/rapport_test");
    public static final String MARIADB_USER = setting("RAPPORT_TEST_MARIADB_USER", "rapport");
    public static final String MARIADB_PASSWORD = setting("RAPPORT_TEST_MARIADB_PASSWORD", "rapport");

    private final String module;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final Runnable shutdown;

    private ModuleTestDatabase(String module, DataSource dataSource, String platform, Runnable shutdown)
            throws Exception {
        this.module = module;
        this.dataSource = dataSource;
        this.shutdown = shutdown;
        applyChangelog();
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.SESSION_NAME, module + "-test-" + UUID.randomUUID());
        properties.put(PersistenceUnitProperties.WEAVING, "static");
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, Sequencing.class.getName());
        properties.put(SEQUENCE_TABLE_PROPERTY, sequenceTable());
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, platform);
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        factory = new PersistenceProvider().createEntityManagerFactory(module + "-test", properties);
        // As the platform does: a row for every sequence name the entities draw from.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (ClassDescriptor descriptor : JpaHelper.getServerSession(factory).getDescriptors().values()) {
                String name = descriptor.usesSequenceNumbers() ? descriptor.getSequenceNumberName() : null;
                if (name != null && !statement.executeQuery("SELECT 1 FROM " + sequenceTable() + " WHERE seq_name = '"
                        + name + "'").next()) {
                    statement.execute("INSERT INTO " + sequenceTable() + " (seq_name, seq_value) VALUES ('" + name
                            + "', 0)");
                }
            }
        }
    }

    /** A fresh in-memory H2 database for {@code module} (e.g. {@code contacts}). */
    public static ModuleTestDatabase h2(String module) throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:" + module + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        return new ModuleTestDatabase(module, source, "org.eclipse.persistence.platform.database.H2Platform", () -> {
            try (Connection connection = source.getConnection()) {
                connection.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The real MariaDB, after dropping {@code tables} (the module's, children first) and what an earlier run left of
     * the test bookkeeping; skipped (or failed in CI) when unreachable.
     */
    public static ModuleTestDatabase mariaDb(String module, List<String> tables) throws Exception {
        MariaDbDataSource source = new MariaDbDataSource(MARIADB_URL + (MARIADB_URL.contains("?") ? "&" : "?")
                + "user=" + encode(MARIADB_USER) + "&password=" + encode(MARIADB_PASSWORD) + "&connectTimeout=2000");
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw RequiredDatabase.unavailable("MariaDB is not reachable at " + MARIADB_URL + " as '" + MARIADB_USER
                    + "' (" + e.getMessage() + "). Start it and run ./rapport test, which creates the test database and"
                    + " user, or point RAPPORT_TEST_MARIADB_URL/_USER/_PASSWORD at one.", e);
        }
        try (connection; Statement statement = connection.createStatement()) {
            // in any order: a table added by a later change set may point at one listed before it
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            for (String table : List.of(module + "_test_changelog", module + "_test_changelog_lock",
                    module + "_test_id_sequence")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the MariaDB test database of " + module + "'s tables: "
                    + e.getMessage(), e);
        }
        return new ModuleTestDatabase(module, source, "org.eclipse.persistence.platform.database.MariaDBPlatform",
                () -> {
                });
    }

    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    /** The transaction boundary the platform gives the module (without OSGi; events are collected, not sent). */
    public ModuleTestPersistence persistence() {
        return new ModuleTestPersistence(module, factory);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        factory.close();
        shutdown.run();
    }

    private String sequenceTable() {
        return module + "_test_id_sequence";
    }

    private void applyChangelog() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + sequenceTable()
                        + " (seq_name varchar(100) primary key, seq_value bigint not null)");
            }
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(module + "_test_changelog");
            database.setDatabaseChangeLogLockTableName(module + "_test_changelog_lock");
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(),
                    Scope.Attr.ui.name(), new LoggerUIService()), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG,
                                    "db/" + module + "/changelog.xml")
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute());
        }
    }

    /** The platform's id scheme (a table sequence named rapport, allocation 50) on the test's own table. */
    public static class Sequencing implements SessionCustomizer {

        @Override
        public void customize(Session session) {
            String table = String.valueOf(session.getProperty(SEQUENCE_TABLE_PROPERTY));
            session.getLogin().setDefaultSequence(new TableSequence("rapport", 50, table, "seq_name", "seq_value"));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
