package org.rapport.platform.events.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Applies the platform's real changelog, read from the persistence module's sources, to a test database. */
final class PlatformChangelog {

    static final String CHANGELOG = "db/platform/changelog.xml";

    /** Held so the level sticks: JUL keeps loggers weakly. Liquibase's INFO lines would bury test output. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private PlatformChangelog() {
    }

    static Path resources() {
        Path module = Path.of(System.getProperty("basedir", "."));
        Path resources = module.resolve("../persistence/src/main/resources").normalize();
        if (!Files.isRegularFile(resources.resolve(CHANGELOG))) {
            throw new IllegalStateException("The platform changelog is not at " + resources.resolve(CHANGELOG));
        }
        return resources;
    }

    static void apply(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                DirectoryResourceAccessor resources = new DirectoryResourceAccessor(resources())) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(),
                    new LoggerUIService()), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute());
        }
    }
}
