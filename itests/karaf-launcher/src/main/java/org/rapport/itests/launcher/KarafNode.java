package org.rapport.itests.launcher;

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
 * One Rapport node: an unpacked distribution (see {@link Distribution}) started with its own {@code bin/start}, with
 * its ports and admin password from the environment, ready when the test's {@link Readiness} conditions hold,
 * stopped with {@code bin/stop} or killed with SIGKILL. Nodes still running when the test JVM exits are killed by a
 * shutdown hook, so a crashed test leaves no Karaf behind.
 */
public final class KarafNode {

    private static final Set<KarafNode> STARTED = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(KarafNode::killQuietly),
                "karaf-launcher-node-reaper"));
    }

    private final String name;
    private final Path home;
    private final NodePorts ports;
    private final String adminPassword;
    private final Map<String, String> extraEnvironment;
    private final KarafShell shell;

    /**
     * @param adminPassword the shell user {@code admin}'s password, set at the first start
     *        ({@code RAPPORT_ADMIN_PASSWORD}) and used by {@link #shell}
     * @param extraEnvironment more variables for the node's JVM (e.g. what a test bundle reads)
     */
    public KarafNode(String name, Path home, NodePorts ports, String adminPassword,
            Map<String, String> extraEnvironment) {
        this.name = name;
        this.home = home.toAbsolutePath().normalize();
        this.ports = ports;
        this.adminPassword = adminPassword;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        this.shell = new KarafShell(this.home, ports.ssh(), adminPassword, environment());
    }

    public KarafNode(String name, Path home, NodePorts ports, String adminPassword) {
        this(name, home, ports, adminPassword, Map.of());
    }

    public String name() {
        return name;
    }

    public Path home() {
        return home;
    }

    public NodePorts ports() {
        return ports;
    }

    /** The variables the distribution reads at start (etc/*.cfg, FirstStartAdminAccount), and the test's own. */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(extraEnvironment);
        env.put("RAPPORT_HTTP_PORT", String.valueOf(ports.http()));
        env.put("RAPPORT_SSH_PORT", String.valueOf(ports.ssh()));
        env.put("RAPPORT_RMI_REGISTRY_PORT", String.valueOf(ports.rmiRegistry()));
        env.put("RAPPORT_RMI_SERVER_PORT", String.valueOf(ports.rmiServer()));
        env.put("RAPPORT_ADMIN_PASSWORD", adminPassword);
        // Karaf 4.4 runs on the JDK running the tests (17), not whatever java is first on the PATH.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    /** Runs {@code bin/start} (Karaf goes to the background); see {@link #awaitReady} for when it can be used. */
    public void start() throws IOException, InterruptedException {
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

    /**
     * Waits until each condition holds, in order, each within {@code timeout}; on timeout the failure quotes the last
     * observation and the node's log.
     */
    public void awaitReady(Duration timeout, Readiness... conditions) {
        for (Readiness condition : conditions) {
            condition.await(this, timeout);
        }
    }

    /** The body of {@code GET /api/health}, whatever its status. */
    public String health() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/health")).timeout(Duration.ofSeconds(3)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** {@code path} (starting with /) on this node's HTTP port, on 127.0.0.1. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ports.http() + path);
    }

    /** Runs shell commands through {@code bin/client} as {@code admin}; see {@link KarafShell#run}. */
    /** The commands run in the shell as another user (the shell decides whether that user may sign in). */
    public String shellAs(String username, String password, String commands, Duration timeout)
            throws IOException, InterruptedException {
        return new KarafShell(home, ports.ssh(), username, password, environment()).run(commands, timeout);
    }

    public String shell(String commands, Duration timeout) throws IOException, InterruptedException {
        return shell.run(commands, timeout);
    }

    /**
     * The Karaf JVM of this node. Karaf 4.4 writes its pid to {@code karaf.pid} (config.properties
     * {@code karaf.pid.file}); it is checked against the command line, since a stale file may name another
     * process. Without the file (not written yet) the JVM is found by its {@code -Dkaraf.base}.
     */
    public Optional<ProcessHandle> process() {
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
    public List<ProcessHandle> leftovers() {
        String dir = home.toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(process -> commandLine(process).contains(dir)).toList();
    }

    /** {@code bin/stop}, then waits for the JVM to end; SIGKILL if it does not within the timeout. */
    public void stop(Duration timeout) throws IOException, InterruptedException {
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
            System.out.println("[karaf] node " + name + " did not stop within " + timeout.toSeconds()
                    + " s after bin/stop; killing it");
            kill9();
        }
        STARTED.remove(this);
    }

    /** {@code kill -9} of the Karaf JVM: no shutdown hook, no deactivation, connections dropped mid-transaction. */
    public long kill9() throws InterruptedException {
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

    /** SIGKILL to every process still running from this node's directory, e.g. of an earlier, aborted run. */
    public void killLeftovers() {
        leftovers().forEach(ProcessHandle::destroyForcibly);
    }

    private static void killQuietly(KarafNode node) {
        node.killLeftovers();
    }

    /** The last lines of the node's log (and of its console output), for failure messages. */
    public String logTail(int lines) {
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

    /** What a failure message should quote: the tail of the node's log and console output. */
    public String diagnosis() {
        return logTail(60);
    }

    public static String diagnosis(List<KarafNode> nodes) {
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
