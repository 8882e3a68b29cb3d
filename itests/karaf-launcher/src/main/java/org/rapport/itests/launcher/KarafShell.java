package org.rapport.itests.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Karaf shell commands on a node through its own {@code bin/client} (SSH), as the user {@code admin} would. */
public final class KarafShell {

    private final Path home;
    private final int sshPort;
    private final String username;
    private final String password;
    private final Map<String, String> environment;

    public KarafShell(Path home, int sshPort, String password, Map<String, String> environment) {
        this(home, sshPort, "admin", password, environment);
    }

    public KarafShell(Path home, int sshPort, String username, String password, Map<String, String> environment) {
        this.home = home;
        this.sshPort = sshPort;
        this.username = username;
        this.password = password;
        this.environment = environment;
    }

    /**
     * @return what the commands printed
     * @throws IllegalStateException if the client failed or did not finish in time (the output says why)
     */
    public String run(String commands, Duration timeout) throws IOException, InterruptedException {
        Path output = Files.createTempFile(home.resolve("data"), "client-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a",
                    String.valueOf(sshPort), "-u", username, "-p", password, "-r", "3", "-d", "2", "-b")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process client = builder.start();
            try (var stdin = client.getOutputStream()) {
                stdin.write((commands + "\n").getBytes(StandardCharsets.UTF_8));
            }
            boolean finished = client.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (!finished || client.exitValue() != 0) {
                throw new IllegalStateException("bin/client on port " + sshPort + " "
                        + (finished ? "exited with " + client.exitValue() : "did not finish in " + timeout.toSeconds()
                                + " s") + " running '" + commands + "':\n" + printed);
            }
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
