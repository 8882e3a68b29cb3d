package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sessions.server.Server;

/** Builds a module bundle's EclipseLink EntityManagerFactory in code, deployed eagerly. */
final class EntityManagerFactories {

    /** EclipseLink caches sessions by name: every factory built gets a name of its own. */
    private static final AtomicLong GENERATION = new AtomicLong();

    private EntityManagerFactories() {
    }

    static EntityManagerFactory create(ModuleBundle module, DataSource dataSource) throws SQLException {
        String name = "rapport-" + module.moduleId() + "-" + module.bundle().getBundleId() + "-"
                + GENERATION.incrementAndGet();
        Properties properties = new Properties();
        properties.put(PersistenceUnitProperties.SESSION_NAME, name);
        properties.put(PersistenceUnitProperties.WEAVING, "static");
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, PlatformSession.class.getName());
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, Slf4jSessionLog.class.getName());
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        // A unit without entities (a module that uses plain SQL, the platform's own) is normal.
        properties.put(PersistenceUnitProperties.CATEGORY_LOGGING_LEVEL_ + "metamodel", "SEVERE");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "100");
        String platform = targetDatabase(dataSource);
        if (platform != null) {
            properties.put(PersistenceUnitProperties.TARGET_DATABASE, platform);
        }
        ClassLoader loader = new UnitClassLoader(module.bundle(), EntityManagerFactories.class.getClassLoader());
        BundlePersistenceUnitInfo unit = new BundlePersistenceUnitInfo(name, module.bundle().getEntry("/"),
                module.entityClasses(), dataSource, loader, properties);
        EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
        try {
            // Deploy now: a mapping error shows at module start, not at a user's first click.
            Server session = JpaHelper.getServerSession(factory);
            IdSequences.ensureRows(dataSource, IdSequences.namesUsedBy(session.getDescriptors().values()));
            return factory;
        } catch (RuntimeException | SQLException e) {
            factory.close();
            throw e;
        }
    }

    /** EclipseLink's platform for the database at hand, or {@code null} to let it detect one. */
    static String targetDatabase(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return platformFor(connection.getMetaData().getDatabaseProductName());
        }
    }

    static String platformFor(String productName) {
        String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "org.eclipse.persistence.platform.database.H2Platform";
        }
        if (product.contains("mariadb")) {
            return "org.eclipse.persistence.platform.database.MariaDBPlatform";
        }
        if (product.contains("mysql")) {
            return "org.eclipse.persistence.platform.database.MySQLPlatform";
        }
        return null;
    }
}
