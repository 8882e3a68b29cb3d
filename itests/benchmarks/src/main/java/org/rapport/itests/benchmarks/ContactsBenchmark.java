package org.rapport.itests.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.rapport.itests.launcher.Distribution;

/**
 * The contacts benchmark (docs/benchmarks.md), run by {@code ./rapport bench}: on MariaDB and on H2, a real Rapport
 * node imports generated contacts through {@code rapport:contacts-import}, then its REST list and type-ahead are
 * timed; each number is printed beside the raw database doing the same work in the same run.
 */
public final class ContactsBenchmark {

    private static final Duration STALL_LIMIT = Duration.ofMinutes(5);
    private static final Duration UNLIMITED = Duration.ofDays(1);
    /** Two minutes of the word search's baseline, and at least a few calls. */
    private static final Duration SEARCH_BASELINE_BUDGET = Duration.ofMinutes(2);

    private final Path archive;
    private final Path work;
    private final int warmUp;
    private final int iterations;

    /** Times the lists on the database an earlier run filled: no import, no bulk-load baseline. */
    private final boolean listsOnly;
    /** Clients at once after the single-client timings (0: none), and for how long. */
    private final int clients;
    private final Duration clientsTime;
    /** Every timed call in turn before the timings ({@link WarmUp}). */
    private final Duration warmUpTime;

    private ContactsBenchmark(Path archive, Path work, int warmUp, int iterations, boolean listsOnly, int clients,
            Duration clientsTime, Duration warmUpTime) {
        this.archive = archive;
        this.work = work;
        this.warmUp = warmUp;
        this.iterations = iterations;
        this.listsOnly = listsOnly;
        this.clients = clients;
        this.clientsTime = clientsTime;
        this.warmUpTime = warmUpTime;
    }

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        String db = "both";
        Path archive = null;
        Path work = Path.of("itests/benchmarks/target/bench");
        int iterations = 300;
        boolean listsOnly = false;
        int clients = 8;
        int clientsSeconds = 60;
        int warmUpSeconds = 60;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--db" -> db = args[++i];
                case "--distribution" -> archive = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--lists-only" -> listsOnly = true;
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--clients-seconds" -> clientsSeconds = Integer.parseInt(args[++i]);
                case "--warm-up-seconds" -> warmUpSeconds = Integer.parseInt(args[++i]);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (!List.of("mariadb", "h2", "both").contains(db)) {
            usage("--db is mariadb, h2 or both, not " + db);
        }
        if (rows < 200) {
            usage("--rows must be at least 200: the lists need 50 matches of a filter");
        }
        if (listsOnly && !db.equals("mariadb")) {
            usage("--lists-only reuses the MariaDB database of an earlier run: it needs --db mariadb");
        }
        if (clients < 0 || clientsSeconds < 1) {
            usage("--clients is 0 (none) or more, --clients-seconds 1 or more");
        }
        if (warmUpSeconds < 0) {
            usage("--warm-up-seconds is 0 (none) or more");
        }
        if (archive == null) {
            usage("--distribution <the distribution's tar.gz> is missing");
        }
        GeneratedContacts data = GeneratedContacts.write(work.resolve("contacts-" + rows + ".csv").toAbsolutePath(),
                rows);
        System.out.printf("[bench] %s: %,d generated contacts in %s (%,d bytes), %d type-ahead prefixes%n",
                Instant.now(), rows, data.file, Files.size(data.file), data.prefixes.size());
        ContactsBenchmark bench = new ContactsBenchmark(archive.toAbsolutePath(), work.toAbsolutePath(), 30,
                iterations, listsOnly, clients, Duration.ofSeconds(clientsSeconds), Duration.ofSeconds(warmUpSeconds));
        List<DatabaseResult> results = new ArrayList<>();
        if (!db.equals("h2")) {
            results.add(bench.onMariaDb(data));
        }
        if (!db.equals("mariadb")) {
            results.add(bench.onH2(data));
        }
        System.out.println();
        System.out.printf("Contacts benchmark, %s, %d processors, Java %s, %,d rows%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), rows);
        boolean met = ResultTable.print(System.out, results);
        System.out.println(met ? "Every target met." : "Not every target met (see the NO lines).");
    }

    private static void usage(String problem) {
        System.err.println("rapport bench: " + problem);
        System.err.println("usage: ./rapport bench [--rows N] [--db mariadb|h2|both] [--iterations N] [--lists-only]"
                + " [--clients N] [--clients-seconds S] [--warm-up-seconds S]");
        System.exit(2);
    }

    private DatabaseResult onMariaDb(GeneratedContacts data) throws Exception {
        if (listsOnly) {
            BenchDatabase.requirePeople(data.rows);
        } else {
            BenchDatabase.recreate();
        }
        Map<String, String> dataSource = new LinkedHashMap<>();
        dataSource.put("dataSourceName", "rapport");
        dataSource.put("pool", "hikari");
        dataSource.put("xa", "false");
        dataSource.put("osgi.jdbc.driver.name", "mariadb");
        dataSource.put("url", BenchDatabase.url());
        dataSource.put("user", BenchDatabase.USER);
        dataSource.put(".password", BenchDatabase.PASSWORD);
        dataSource.put("hikari.poolName", "rapport");
        dataSource.put("hikari.maximumPoolSize", "10");
        dataSource.put("hikari.minimumIdle", "1");
        dataSource.put("hikari.connectionTimeout", "10000");
        RapportUnderTest rapport = RapportUnderTest.unpack(archive, work.resolve("node-mariadb"), dataSource);
        Measured measured = measure(rapport, "MariaDB", "mariadb", data);

        System.out.println("[bench] mariadb: raw SQL baselines over JDBC on " + BenchDatabase.url());
        try (Connection connection = BenchDatabase.connect()) {
            String server = BenchDatabase.describe(connection);
            System.out.println("[bench] mariadb: server " + server);
            Latencies rawStage = RawSql.time(connection, RawSql.STAGE_BY_CREATED, warmUp, iterations, 51);
            Latencies rawTag = RawSql.time(connection, RawSql.TAG_BY_NAME_MARIADB, warmUp, iterations, 51);
            Latencies rawSuggest = RawSql.timePrefixes(connection, RawSql.SUGGEST, data.prefixes, warmUp,
                    iterations, UNLIMITED);
            printRaw("mariadb", rawStage, rawTag, rawSuggest);
            Latencies rawSearch = timeRawSearch(connection, "mariadb", data, RawSql.SEARCH_BY_NAME, "name");
            Latencies rawSearchCreated = timeRawSearch(connection, "mariadb", data, RawSql.SEARCH_BY_CREATED,
                    "-created");
            double load = listsOnly ? Double.NaN : BenchDatabase.loadDataLocalInfile(connection, data);
            System.out.printf("[bench] mariadb: LOAD DATA LOCAL INFILE %,.0f rows/s%n", load);
            double ceiling = Double.NaN;
            if (!listsOnly) {
                System.out.println("[bench] mariadb: write ceiling: the import's rows copied by MariaDB alone"
                        + " (INSERT … SELECT into empty tables with the same indexes)");
                WriteCeiling.Result copied = WriteCeiling.measure(connection, data.rows);
                WriteCeiling.describe(copied).forEach(line -> System.out.println("[bench] mariadb:   " + line));
                ceiling = copied.contactsPerSecond();
            }
            return new DatabaseResult("MariaDB", data.rows, measured.importRowsPerSecond, load, ceiling,
                    "LOAD DATA LOCAL INFILE into a plain table (auto id + the file's 8 columns, no other index);"
                            + " server " + server,
                    measured.stage, rawStage, measured.tag, rawTag, measured.search, rawSearch, measured.searchCreated,
                    rawSearchCreated, measured.suggest,
                    rawSuggest, measured.floor, measured.underLoad);
        }
    }

    private DatabaseResult onH2(GeneratedContacts data) throws Exception {
        Path home = work.resolve("node-h2");
        RapportUnderTest rapport = RapportUnderTest.unpack(archive, home, null);
        Measured measured = measure(rapport, "H2", "h2", data);

        // Embedded H2 lets one process open the file: the raw SQL runs on the node's own file once it has stopped.
        Path nodeDatabase = home.resolve("data/rapport/rapport").toAbsolutePath();
        if (!Files.exists(Path.of(nodeDatabase + ".mv.db"))) {
            throw new IllegalStateException("The node's H2 database " + nodeDatabase + ".mv.db is missing; has the"
                    + " distribution's etc/org.ops4j.datasource-rapport.cfg changed?");
        }
        System.out.println("[bench] h2: raw SQL baselines over JDBC on the stopped node's file " + nodeDatabase);
        Latencies rawStage;
        Latencies rawTag;
        Latencies rawSuggest;
        Latencies rawSearch;
        Latencies rawSearchCreated;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + nodeDatabase, "rapport", "rapport")) {
            // H2 hands back the previous result when the same statement runs again on unchanged tables: the
            // baseline would time a cache hit, not the query. Rapport's node runs with H2's default.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET OPTIMIZE_REUSE_RESULTS 0");
            }
            rawStage = RawSql.time(connection, RawSql.STAGE_BY_CREATED_H2, warmUp, iterations, 51);
            rawTag = RawSql.time(connection, RawSql.TAG_BY_NAME_H2, warmUp, iterations, 51);
            rawSuggest = RawSql.timePrefixes(connection, RawSql.SUGGEST_H2, data.prefixes, warmUp, iterations,
                    UNLIMITED);
            printRaw("h2", rawStage, rawTag, rawSuggest);
        }
        // Without reused results H2 runs an IN subquery again for every row (minutes a call at 200,000 people); the
        // word changes from call to call (188 of them), so H2's default, as on the node, hands back no earlier answer.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + nodeDatabase, "rapport", "rapport")) {
            rawSearch = timeRawSearch(connection, "h2", data, RawSql.SEARCH_BY_NAME, "name");
            rawSearchCreated = timeRawSearch(connection, "h2", data, RawSql.SEARCH_BY_CREATED, "-created");
        }
        // A file of its own: loading into the node's file would change what was just measured.
        Path plain = work.resolve("h2-baseline");
        Distribution.deleteRecursively(plain);
        double load;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + plain.resolve("plain").toAbsolutePath(),
                "bench", "bench")) {
            RawSql.createPlainTable(connection, "");
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO bench_plain_person (first_name, last_name, email, phone, tags,"
                        + " stage, organization, role) SELECT * FROM CSVREAD('" + data.file.toString().replace("'", "''")
                        + "', NULL, 'charset=UTF-8')");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long loaded = RawSql.countPlain(connection);
            if (loaded != data.rows) {
                throw new IllegalStateException("CSVREAD loaded " + loaded + " rows, not " + data.rows);
            }
            load = data.rows / seconds;
        }
        System.out.printf("[bench] h2: CSVREAD into a plain table %,.0f rows/s%n", load);
        return new DatabaseResult("H2", data.rows, measured.importRowsPerSecond, load, Double.NaN,
                "INSERT … SELECT FROM CSVREAD into a plain table in a separate H2 file (auto id + 8 columns)",
                measured.stage, rawStage, measured.tag, rawTag, measured.search, rawSearch, measured.searchCreated,
                rawSearchCreated, measured.suggest, rawSuggest, measured.floor, measured.underLoad);
    }

    /** The word search's baseline takes seconds a call at a million: a few warm-up calls, then a time budget. */
    private Latencies timeRawSearch(Connection connection, String name, GeneratedContacts data, String sql,
            String sort) throws Exception {
        Latencies rawSearch = RawSql.timePrefixes(connection, sql, data.prefixes, Math.min(warmUp, 3), iterations,
                SEARCH_BASELINE_BUDGET);
        System.out.println("[bench] " + name + ": raw q=<2-3 letters>&sort=" + sort + " " + rawSearch.summary());
        return rawSearch;
    }

    /** As soon as measured: a run stopped later still leaves its baselines in the log. */
    private static void printRaw(String name, Latencies stage, Latencies tag, Latencies suggest) {
        System.out.println("[bench] " + name + ": raw stage=customer&sort=-created " + stage.summary());
        System.out.println("[bench] " + name + ": raw tag=vip&sort=name " + tag.summary());
        System.out.println("[bench] " + name + ": raw suggestions " + suggest.summary());
    }

    /** {@code floor}: {@code GET /api/auth/me}, what any REST call costs before its own work. */
    private record Measured(double importRowsPerSecond, Latencies stage, Latencies tag, Latencies search,
            Latencies searchCreated, Latencies suggest, Latencies floor, ConcurrentUsers.Result underLoad) {
    }

    /** Starts the node, imports, times the REST calls, stops the node. */
    private Measured measure(RapportUnderTest rapport, String product, String name, GeneratedContacts data)
            throws Exception {
        try (rapport) {
            rapport.start(product);
            double rowsPerSecond = listsOnly ? Double.NaN : importAll(rapport, name, data);
            if (!warmUpTime.isZero()) {
                System.out.println("[bench] " + name + ": warming the node up: every timed call in turn, untimed, for "
                        + warmUpTime.toSeconds() + " s");
                System.out.printf("[bench] %s: warm-up done: %,d calls%n", name, WarmUp.run(rapport, data, warmUpTime));
            }
            System.out.println("[bench] " + name + ": timing the REST list and type-ahead (" + warmUp + " warm-up + "
                    + iterations + " calls each)");
            Latencies stage = timeList(rapport, ConcurrentUsers.STAGE_LIST);
            System.out.println("[bench] " + name + ": stage=customer&sort=-created " + stage.summary());
            Latencies tag = timeList(rapport, ConcurrentUsers.TAG_LIST);
            System.out.println("[bench] " + name + ": tag=vip&sort=name " + tag.summary());
            Latencies search = timeSearch(rapport, name, data, "name");
            Latencies searchCreated = timeSearch(rapport, name, data, "-created");
            Latencies suggest = new Latencies(iterations);
            for (int i = 0; i < warmUp + iterations; i++) {
                String prefix = data.prefixes.get(i % data.prefixes.size());
                long elapsed = rapport.timedSuggest(prefix);
                if (i >= warmUp) {
                    suggest.add(elapsed);
                }
            }
            System.out.println("[bench] " + name + ": suggestions " + suggest.summary());
            Latencies floor = new Latencies(iterations);
            for (int i = 0; i < warmUp + iterations; i++) {
                long elapsed = rapport.timedCaller();
                if (i >= warmUp) {
                    floor.add(elapsed);
                }
            }
            System.out.println("[bench] " + name + ": REST floor GET /api/auth/me " + floor.summary());
            ConcurrentUsers.Result underLoad = null;
            if (clients > 0) {
                System.out.println("[bench] " + name + ": " + clients + " clients at once for " + clientsTime.toSeconds()
                        + " s, each calling the stage list, the tag list and the type-ahead in turn");
                underLoad = ConcurrentUsers.run(rapport, data, clients, clientsTime);
                System.out.println("[bench] " + name + ": " + underLoad.summary());
            }
            return new Measured(rowsPerSecond, stage, tag, search, searchCreated, suggest, floor, underLoad);
        }
    }

    /** The list searched by each of the type-ahead's prefixes in turn, in the order {@code sort}. */
    private Latencies timeSearch(RapportUnderTest rapport, String name, GeneratedContacts data, String sort)
            throws Exception {
        Latencies search = new Latencies(iterations);
        for (int i = 0; i < warmUp + iterations; i++) {
            String word = data.prefixes.get(i % data.prefixes.size());
            long elapsed = rapport.timedList("/api/contacts/persons?size=50&sort=" + sort + "&q="
                    + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8), 1, 50);
            if (i >= warmUp) {
                search.add(elapsed);
            }
        }
        System.out.println("[bench] " + name + ": q=<2-3 letters>&sort=" + sort + " " + search.summary());
        return search;
    }

    private Latencies timeList(RapportUnderTest rapport, String path) throws Exception {
        Latencies latencies = new Latencies(iterations);
        for (int i = 0; i < warmUp + iterations; i++) {
            long elapsed = rapport.timedList(path, 50);
            if (i >= warmUp) {
                latencies.add(elapsed);
            }
        }
        return latencies;
    }

    /**
     * The clock runs from the shell command to the first poll that sees the job done; polls are a second apart, so
     * the rate is at worst a second's worth of rows low.
     */
    private static double importAll(RapportUnderTest rapport, String name, GeneratedContacts data) throws Exception {
        long start = System.nanoTime();
        long id = rapport.startImport(data.file);
        System.out.printf("[bench] %s: import %d of %,d rows started through rapport:contacts-import%n", name, id,
                data.rows);
        long lastProgress = -1;
        long lastChange = System.nanoTime();
        long lastPrint = 0;
        while (true) {
            JsonNode job = rapport.importJob(id);
            String state = job.path("state").asText();
            long processed = job.path("processedRows").asLong();
            long now = System.nanoTime();
            if (state.equals("done")) {
                double seconds = (now - start) / 1e9;
                check(job, data, rapport);
                System.out.printf("[bench] %s: import done: %,d rows in %.1f s = %,.0f rows/s%n", name, data.rows,
                        seconds, data.rows / seconds);
                return data.rows / seconds;
            }
            if (state.equals("failed")) {
                throw new IllegalStateException("The import ended failed: " + job + "\n" + rapport.diagnosis());
            }
            if (processed != lastProgress) {
                lastProgress = processed;
                lastChange = now;
            } else if (now - lastChange > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("The import made no progress for " + STALL_LIMIT.toMinutes()
                        + " minutes (state " + state + ", " + processed + " rows done)\n" + rapport.diagnosis());
            }
            if (now - lastPrint > 10_000_000_000L) {
                lastPrint = now;
                double seconds = (now - start) / 1e9;
                double rate = processed / seconds;
                System.out.printf("[bench] %s: %s, %,d of %,d rows after %.0f s (%,.0f rows/s, %s to go)%n", name,
                        state, processed, data.rows, seconds, rate,
                        rate > 0 ? Duration.ofSeconds((long) ((data.rows - processed) / rate)) : "unknown");
            }
            Thread.sleep(1000);
        }
    }

    /** The generated file is valid and new to the database: every row must be created, none refused. */
    private static void check(JsonNode job, GeneratedContacts data, RapportUnderTest rapport) {
        long processed = job.path("processedRows").asLong(-1);
        long created = job.path("created").asLong(-1);
        long failed = job.path("failed").asLong(-1);
        if (processed != data.rows || created != data.rows || failed != 0) {
            throw new IllegalStateException("The import of " + data.rows + " generated rows should create all of"
                    + " them and refuse none, but ended with " + job + "\n" + rapport.diagnosis());
        }
    }

    /** The MariaDB database of the benchmark, dropped and created anew for each run. */
    static final class BenchDatabase {

        static final String SERVER_URL = env("RAPPORT_BENCH_MARIADB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
        static final String DATABASE = env("RAPPORT_BENCH_DATABASE", "rapport_bench");
        static final String USER = env("RAPPORT_BENCH_MARIADB_USER", "rapport");
        static final String PASSWORD = env("RAPPORT_BENCH_MARIADB_PASSWORD", "rapport");
        static final String GRANT = "GRANT ALL ON `" + DATABASE.replace("_", "\\_") + "`.* TO '" + USER
                + "'@'localhost', '" + USER + "'@'127.0.0.1';";

        private BenchDatabase() {
        }

        static String url() {
            return SERVER_URL + DATABASE;
        }

        static void recreate() {
            try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                statement.execute("CREATE DATABASE " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                if (e.getErrorCode() == 1044) { // ER_DBACCESS_DENIED_ERROR: connected, but no rights on it
                    throw new IllegalStateException("MariaDB at " + SERVER_URL + " refuses user '" + USER
                            + "' to drop/create database '" + DATABASE + "' (" + e.getMessage()
                            + "). Grant it as root (e.g. mariadb -uroot): " + GRANT, e);
                }
                throw new IllegalStateException("MariaDB is not reachable at " + SERVER_URL + " as '" + USER + "' ("
                        + e.getMessage() + "). Start it (e.g. 'sudo service mariadb start'), then run ./rapport bench"
                        + " again: it creates the user through root's socket, or run as root: CREATE USER '" + USER
                        + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'; " + GRANT
                        + " (or --db h2 to skip MariaDB)", e);
            }
        }

        /**
         * The server's version and InnoDB buffer pool: what the indexes have to fit in decides much of the import's
         * rate at a million rows, so every result says which one it had.
         */
        static String describe(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
                row.next();
                return "MariaDB " + row.getString(1) + ", InnoDB buffer pool " + row.getLong(2) / (1024 * 1024)
                        + " MB";
            }
        }

        /** {@code --lists-only}: the database an earlier run of the same size filled. */
        static void requirePeople(int rows) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    java.sql.ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM contacts_person")) {
                count.next();
                if (count.getLong(1) != rows) {
                    throw new IllegalStateException("--lists-only: " + DATABASE + " holds " + count.getLong(1)
                            + " people, not " + rows + "; run once without --lists-only at this size first");
                }
            } catch (SQLException missing) {
                throw new IllegalStateException("--lists-only: no contacts in " + DATABASE
                        + "; run once without --lists-only at this size first", missing);
            }
        }

        static Connection connect() throws SQLException {
            // allowLocalInfile: the bulk-load baseline sends the file from this JVM, like any client would.
            return DriverManager.getConnection(url() + "?allowLocalInfile=true", USER, PASSWORD);
        }

        static double loadDataLocalInfile(Connection connection, GeneratedContacts data) throws SQLException {
            RawSql.createPlainTable(connection, " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOAD DATA LOCAL INFILE '" + data.file.toString().replace("'", "''")
                        + "' INTO TABLE bench_plain_person CHARACTER SET utf8mb4 FIELDS TERMINATED BY ','"
                        + " OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '' LINES TERMINATED BY '\\n' IGNORE 1 LINES"
                        + " (first_name, last_name, email, phone, tags, stage, organization, role)");
            } catch (SQLException e) {
                throw new IllegalStateException("MariaDB refused LOAD DATA LOCAL INFILE (" + e.getMessage() + "). The"
                        + " server must allow it: as root run SET GLOBAL local_infile = 1, then try again.", e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long loaded = RawSql.countPlain(connection);
            if (loaded != data.rows) {
                throw new IllegalStateException("LOAD DATA loaded " + loaded + " rows, not " + data.rows);
            }
            return data.rows / seconds;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
