package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import jakarta.persistence.OptimisticLockException;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;
import org.rapport.platform.api.events.OutboxConsumer;
import org.rapport.platform.api.modules.ModuleState;
import org.rapport.platform.api.persistence.DatabaseStatus;

/**
 * A module that owns an entity and a changelog is enabled, written to, disabled (its feature
 * uninstalled) and enabled again, and every row is still there; its outbox events reach a consumer
 * that was away while they were written, each exactly once. First on the default H2, then on MariaDB
 * after switching the DataSource by editing its etc/ file on the running system.
 */
public class ModuleLifecycleIT extends RapportSuite {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    DatabaseStatus database;

    @Before
    public void addTestModules() throws Exception {
        RapportContainer.addTestModules(features);
    }

    @Test
    public void moduleDataSurvivesDisableAndEnableOnH2() throws Exception {
        Await.until("the H2 database", PATIENCE, () -> "H2".equals(database.check().product()));
        exerciseSampleModule("h2-");
    }

    @Test
    public void moduleDataSurvivesDisableAndEnableOnMariaDbAfterALiveSwitch() throws Exception {
        MariaDbForTests.requireFreshDatabase();
        Path config = Paths.get(System.getProperty("karaf.etc"), "org.ops4j.datasource-rapport.cfg");
        String h2Config = Files.readString(config, StandardCharsets.UTF_8);
        try {
            Files.writeString(config, String.join("\n",
                    "dataSourceName = rapport",
                    "pool = hikari",
                    "xa = false",
                    "osgi.jdbc.driver.name = mariadb",
                    "url = " + MariaDbForTests.url(),
                    "user = " + MariaDbForTests.USER,
                    ".password = " + MariaDbForTests.PASSWORD,
                    "hikari.maximumPoolSize = 10",
                    ""), StandardCharsets.UTF_8);
            Await.until("the DataSource to switch to MariaDB", PATIENCE,
                    () -> "MariaDB".equals(database.check().product()));

            exerciseSampleModule("mariadb-");

            try (Connection connection = MariaDbForTests.connect(); Statement statement = connection.createStatement()) {
                assertEquals(List.of("sample_note"), tables(statement, "sample_note"));
                assertEquals(List.of("rapport_outbox"), tables(statement, "rapport_outbox"));
                try (ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = 'sample-001-note'")) {
                    rows.next();
                    assertEquals("Liquibase recorded the sample changelog on MariaDB", 1, rows.getInt(1));
                }
            }
        } finally {
            Files.writeString(config, h2Config, StandardCharsets.UTF_8);
            Await.until("the DataSource to switch back to H2", PATIENCE, () -> "H2".equals(database.check().product()));
        }
    }

    private void exerciseSampleModule(String prefix) throws Exception {
        modules.enable("sample");
        SampleModuleClient notes = awaitSampleNotes();
        long before = notes.count();
        for (int i = 0; i < 50; i++) {
            notes.add(prefix + "note-" + i);
        }
        List<String> written = notes.texts();
        assertEquals(before + 50, written.size());

        long id = notes.add(prefix + "versioned");
        long version = notes.version(id);
        notes.rename(id, version, prefix + "renamed");
        try {
            notes.rename(id, version, prefix + "stale");
            fail("A write against a stale version must be refused");
        } catch (OptimisticLockException expected) {
            // optimistic locking works
        }
        written = notes.texts();

        modules.disable("sample");
        assertEquals(ModuleState.DISABLED, modules.module("sample").orElseThrow().state());
        assertFalse(features.isInstalled(features.getFeature("rapport-sample")));
        Await.until("the sample service to go away", PATIENCE,
                () -> !SampleModuleClient.isAvailable(context));

        modules.enable("sample");
        notes = awaitSampleNotes();
        assertEquals("every row is still there after disable and enable", written, notes.texts());
        assertEquals(ModuleState.ACTIVE, modules.module("sample").orElseThrow().state());
        assertEquals("sample-001-note", modules.module("sample").orElseThrow().schemaVersion());

        outboxReachesAConsumerThatWasAway(notes, prefix);
    }

    private void outboxReachesAConsumerThatWasAway(SampleModuleClient notes, String prefix) {
        String consumerId = "itest-" + prefix + "consumer";
        RecordingConsumer first = new RecordingConsumer(consumerId, SampleModuleClient.CREATED_TOPIC);
        ServiceRegistration<OutboxConsumer> registration = context.registerService(OutboxConsumer.class, first,
                new Hashtable<>());
        notes.add(prefix + "seen-live");
        Await.until("the live event", PATIENCE, () -> first.deliveries.get() == 1);
        registration.unregister();

        int events = 1000;
        notes.addMany(prefix + "while-away-", events);

        RecordingConsumer second = new RecordingConsumer(consumerId, SampleModuleClient.CREATED_TOPIC);
        registration = context.registerService(OutboxConsumer.class, second, new Hashtable<>());
        try {
            Await.until(events + " events after the consumer came back", PATIENCE,
                    () -> second.deliveriesByAggregate.size() >= events);
            sleepQuietly(Duration.ofSeconds(1));
            assertEquals("each event arrives once", events, second.deliveries.get());
            assertEquals(0, second.aggregatesDeliveredMoreThanOnce());
        } finally {
            registration.unregister();
        }
    }

    private SampleModuleClient awaitSampleNotes() {
        Await.until("the sample module's service", PATIENCE, () -> SampleModuleClient.isAvailable(context));
        return SampleModuleClient.lookUp(context);
    }

    private static List<String> tables(Statement statement, String name) throws Exception {
        List<String> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '"
                        + name + "'")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
