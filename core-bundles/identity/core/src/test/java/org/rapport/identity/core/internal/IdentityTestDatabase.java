package org.rapport.identity.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
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
import org.rapport.platform.testing.RequiredDatabase;

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
 * A database with the identity module's real changelog applied, and an EclipseLink factory over it built as the
 * platform builds one (static weaving, ids from a table sequence). The bookkeeping and id tables have names of
 * their own, so these tests never touch what other modules' tests keep in the shared MariaDB test database.
 */
final class IdentityTestDatabase implements AutoCloseable {

    static final String CHANGELOG = "db/identity/changelog.xml";
    static final String SEQUENCE_TABLE = "identity_test_id_sequence";
    private static final String[] TABLES = {"identity_field_rule", "identity_sharing_default", "identity_token",
        "identity_team_member", "identity_team", "identity_user_role", "identity_role_permission", "identity_role", "identity_user", "identity_test_changelog",
        "identity_test_changelog_lock", SEQUENCE_TABLE};
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    static final String MARIADB_URL = setting("RAPPORT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/rapport_test");
    static final String MARIADB_USER = setting("RAPPORT_TEST_MARIADB_USER", "rapport");
    static final String MARIADB_PASSWORD = setting("RAPPORT_TEST_MARIADB_PASSWORD", "rapport");

    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final Runnable shutdown;

    private IdentityTestDatabase(DataSource dataSource, String platform, Runnable shutdown) throws Exception {
        this.dataSource = dataSource;
        this.shutdown = shutdown;
        applyChangelog(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.SESSION_NAME, "identity-test-" + UUID.randomUUID());
        properties.put(PersistenceUnitProperties.WEAVING, "static");
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, Sequencing.class.getName());
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, platform);
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        factory = new PersistenceProvider().createEntityManagerFactory("identity-test", properties);
        // As the platform does: a row for every sequence name the entities draw from.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (ClassDescriptor descriptor : JpaHelper.getServerSession(factory).getDescriptors().values()) {
                String name = descriptor.usesSequenceNumbers() ? descriptor.getSequenceNumberName() : null;
                if (name != null && !statement.executeQuery("SELECT 1 FROM " + SEQUENCE_TABLE + " WHERE seq_name = '"
                        + name + "'").next()) {
                    statement.execute("INSERT INTO " + SEQUENCE_TABLE + " (seq_name, seq_value) VALUES ('" + name + "', 0)");
                }
            }
        }
    }

    static IdentityTestDatabase h2() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:identity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        return new IdentityTestDatabase(source, "org.eclipse.persistence.platform.database.H2Platform", () -> {
            try (Connection connection = source.getConnection()) {
                connection.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The real MariaDB, emptied of what an earlier run left; skipped (or failed in CI) when unreachable. */
    static IdentityTestDatabase mariaDb() throws Exception {
        MariaDbDataSource source = new MariaDbDataSource(MARIADB_URL + (MARIADB_URL.contains("?") ? "&" : "?")
                + "user=" + encode(MARIADB_USER) + "&password=" + encode(MARIADB_PASSWORD) + "&connectTimeout=2000");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        } catch (SQLException e) {
            throw RequiredDatabase.unavailable("MariaDB is not reachable at " + MARIADB_URL + " as '" + MARIADB_USER
                    + "' (" + e.getMessage() + "). Start it and run ./rapport test, which creates the test database and"
                    + " user, or point RAPPORT_TEST_MARIADB_URL/_USER/_PASSWORD at one.", e);
        }
        return new IdentityTestDatabase(source, "org.eclipse.persistence.platform.database.MariaDBPlatform", () -> {
        });
    }

    TestPersistence persistence() {
        return new TestPersistence(factory);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        factory.close();
        shutdown.run();
    }

    private static void applyChangelog(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + SEQUENCE_TABLE
                        + " (seq_name varchar(100) primary key, seq_value bigint not null)");
            }
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName("identity_test_changelog");
            database.setDatabaseChangeLogLockTableName("identity_test_changelog_lock");
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(),
                    Scope.Attr.ui.name(), new LoggerUIService()), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute());
        }
    }

    /** The platform's id scheme (a table sequence named rapport, allocation 50) on the test's own table. */
    public static class Sequencing implements SessionCustomizer {

        @Override
        public void customize(Session session) {
            session.getLogin().setDefaultSequence(new TableSequence("rapport", 50, SEQUENCE_TABLE, "seq_name", "seq_value"));
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
