package org.rapport.itests.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One Rapport node: an unpacked distribution started with its own {@code bin/start}, with its ports and admin
 * password from the environment, stopped with {@code bin/stop} or killed with SIGKILL. Nodes still running when
 * the test JVM exits are killed by a shutdown hook, so a crashed test leaves no Karaf behind.
 */
final class KarafNode {

    static final String ADMIN_PASSWORD = "cluster-it-admin";

    private static final Set<KarafNode> STARTED = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(KarafNode::killQuietly),
                "cluster-it-node-reaper"));
    }

    final String name;
    final Path home;
    final NodePorts ports;
    private final KarafShell shell;

    KarafNode(String name, Path home, NodePorts ports) {
        this.name = name;
        this.home = home.toAbsolutePath().normalize();
        this.ports = ports;
        this.shell = new KarafShell(this.home, ports.ssh(), ADMIN_PASSWORD, environment());
    }

    /** The variables the distribution reads at start (etc/*.cfg, FirstStartAdminAccount) and the probe's node name. */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("RAPPORT_HTTP_PORT", String.valueOf(ports.http()));
        env.put("RAPPORT_SSH_PORT", String.valueOf(ports.ssh()));
        env.put("RAPPORT_RMI_REGISTRY_PORT", String.valueOf(ports.rmiRegistry()));
        env.put("RAPPORT_RMI_SERVER_PORT", String.valueOf(ports.rmiServer()));
        env.put("RAPPORT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("RAPPORT_NODE_NAME", name);
        // Karaf 4.4 runs on the JDK running the tests (17), not whatever java is first on the PATH.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    void start() throws IOException, InterruptedException {
        if (process().isPresent()) {
            throw new IllegalStateException("Node " + name + " is already running");
        }
        ports.requireFree();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/start").toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                // bin/start puts Karaf in the background; its output must not hold a pipe of ours open.
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("start.out").toFile()));
        builder.environment().putAll(environment());
        Process start = builder.start();
        if (!start.waitFor(30, TimeUnit.SECONDS) || start.exitValue() != 0) {
            throw new IllegalStateException("bin/start of node " + name + " failed:\n"
                    + Files.readString(home.resolve("start.out")));
        }
        STARTED.add(this);
    }

    /** Waits for {@code /api/health} UP on MariaDB and for the probe's shell commands (so its services are up). */
    void awaitReady(Duration timeout) {
        String[] lastHealth = {"(no answer yet)"};
        Await.until("node " + name + " to report UP on MariaDB, with module outboxprobe, at " + healthUri(), timeout,
                () -> "last health answer: " + lastHealth[0] + "\n" + diagnosis(), () -> {
                    String health = health();
                    lastHealth[0] = health;
                    return health.contains("\"status\":\"UP\"") && health.contains("\"product\":\"MariaDB\"")
                            && health.contains("\"id\":\"outboxprobe\"");
                });
        Await.until("the outbox probe on node " + name, timeout, this::diagnosis,
                () -> shell("probe:status", Duration.ofSeconds(60)).contains("applied="));
    }

    String health() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(healthUri()).timeout(Duration.ofSeconds(3)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI healthUri() {
        return URI.create("http://127.0.0.1:" + ports.http() + "/api/health");
    }

    String shell(String commands, Duration timeout) throws IOException, InterruptedException {
        return shell.run(commands, timeout);
    }

    /**
     * The Karaf JVM of this node. Karaf 4.4 writes its pid to {@code karaf.pid} (config.properties
     * {@code karaf.pid.file}); it is checked against the command line, since a stale file may name another
     * process. Without the file (not written yet) the JVM is found by its {@code -Dkaraf.base}.
     */
    Optional<ProcessHandle> process() {
        String marker = "-Dkaraf.base=" + home;
        try {
            Path pidFile = home.resolve("karaf.pid");
            if (Files.isRegularFile(pidFile)) {
                Optional<ProcessHandle> fromFile = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                        .filter(process -> commandLine(process).contains(marker));
                if (fromFile.isPresent()) {
                    return fromFile;
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            // being written right now: look by command line instead
        }
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(process -> commandLine(process).contains(marker)).findFirst();
    }

    /** Every process still running from this node's directory: the JVM and the bin/karaf script around it. */
    List<ProcessHandle> leftovers() {
        String dir = home.toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(process -> commandLine(process).contains(dir)).toList();
    }

    /** {@code bin/stop}, then waits for the JVM to end; SIGKILL if it does not within the timeout. */
    void stop(Duration timeout) throws IOException, InterruptedException {
        Optional<ProcessHandle> running = process();
        if (running.isEmpty()) {
            STARTED.remove(this);
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("stop.out").toFile()));
        builder.environment().putAll(environment());
        builder.start().waitFor(30, TimeUnit.SECONDS);
        if (!awaitExit(running.get(), timeout)) {
            System.out.println("[cluster] node " + name + " did not stop within " + timeout.toSeconds()
                    + " s after bin/stop; killing it");
            kill9();
        }
        STARTED.remove(this);
    }

    /** {@code kill -9} of the Karaf JVM: no shutdown hook, no deactivation, connections dropped mid-transaction. */
    long kill9() throws InterruptedException {
        ProcessHandle jvm = process().orElseThrow(() -> new IllegalStateException("Node " + name + " is not running"));
        jvm.destroyForcibly(); // SIGKILL on Unix
        if (!awaitExit(jvm, Duration.ofSeconds(30))) {
            throw new IllegalStateException("Node " + name + " (pid " + jvm.pid() + ") survived SIGKILL");
        }
        return jvm.pid();
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        }
    }

    private static void killQuietly(KarafNode node) {
        node.leftovers().forEach(ProcessHandle::destroyForcibly);
    }

    /** The last lines of the node's log (and of its console output), for failure messages. */
    String logTail(int lines) {
        StringBuilder text = new StringBuilder();
        for (Path file : List.of(home.resolve("data/log/karaf.log"), home.resolve("start.out"))) {
            text.append("----- node ").append(name).append(": ").append(file).append(" (last ").append(lines)
                    .append(" lines) -----\n");
            try {
                List<String> all = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
                all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> text.append(l).append('\n'));
            } catch (IOException e) {
                text.append("(unreadable: ").append(e).append(")\n");
            }
        }
        return text.toString();
    }

    String diagnosis() {
        return logTail(60);
    }

    static String diagnosis(List<KarafNode> nodes) {
        List<String> parts = new ArrayList<>();
        for (KarafNode node : nodes) {
            parts.add(node.logTail(40));
        }
        return String.join("\n", parts);
    }

    private static String commandLine(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        StringBuilder line = new StringBuilder(info.command().orElse(""));
        info.arguments().ifPresent(arguments -> {
            for (String argument : arguments) {
                line.append(' ').append(argument);
            }
        });
        return line.toString();
    }

    @Override
    public String toString() {
        return name + " (" + home + ", http " + ports.http() + ", ssh " + ports.ssh() + ")";
    }
}
