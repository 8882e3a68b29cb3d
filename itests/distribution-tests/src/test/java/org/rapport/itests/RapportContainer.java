package org.rapport.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Duration;

import org.apache.karaf.features.FeaturesService;

import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.rapport.platform.api.modules.ModuleRegistry;
import org.rapport.platform.api.modules.ModuleState;

/**
 * The one container configuration of the suite: the Rapport distribution of this build, on ports of
 * its own so it does not collide with a Rapport a developer is running. Two runs on one machine choose
 * different ports with {@code -Drapport.it.httpPort=… -Drapport.it.sshPort=… -Drapport.it.rmiRegistryPort=…
 * -Drapport.it.rmiServerPort=…}.
 */
public final class RapportContainer {

    public static final int HTTP_PORT = Integer.getInteger("rapport.it.httpPort", 27080);
    static final int SSH_PORT = Integer.getInteger("rapport.it.sshPort", 27101);
    static final int RMI_REGISTRY_PORT = Integer.getInteger("rapport.it.rmiRegistryPort", 27099);
    static final int RMI_SERVER_PORT = Integer.getInteger("rapport.it.rmiServerPort", 27044);
    static final String ADMIN_PASSWORD = "pax-exam-admin-password";
    public static final String VERSION = System.getProperty("rapport.version", "0.1.0-SNAPSHOT");

    private RapportContainer() {
    }

    public static Option[] options() {
        String localRepository = System.getProperty("maven.repo.local",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
        return CoreOptions.options(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("org.rapport", "org.rapport.distribution").type("tar.gz").version(VERSION))
                        .karafVersion("4.4.10")
                        .name("Rapport")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/system.properties", "org.osgi.service.http.port",
                        String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(SSH_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        String.valueOf(RMI_REGISTRY_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        String.valueOf(RMI_SERVER_PORT)),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository),
                // The outbox tests should not wait for the production poll interval and backoff.
                editConfigurationFilePut("etc/org.rapport.platform.events.cfg", "poll.interval.ms", "50"),
                editConfigurationFilePut("etc/org.rapport.platform.events.cfg", "backoff.initial.ms", "100"),
                editConfigurationFilePut("etc/org.rapport.platform.events.cfg", "max.attempts", "3"),
                systemProperty("rapport.version").value(VERSION),
                // The probe runs inside the container: it calls the port this JVM chose.
                systemProperty("rapport.it.httpPort").value(String.valueOf(HTTP_PORT)),
                // The first start creates user admin with this password (instead of printing a random one).
                systemProperty("rapport.admin.password").value(ADMIN_PASSWORD));
    }

    /** Makes the test modules (rapport-sample, rapport-broken, …) known, without installing them. */
    public static void addTestModules(FeaturesService features) throws Exception {
        URI repository = URI.create("mvn:org.rapport/org.rapport.itests.features/" + VERSION + "/xml/features");
        if (features.getRepository(repository) == null) {
            features.addRepository(repository);
        }
    }

    /** The platform is ACTIVE once its schema is migrated and its bundles run. */
    /** The platform and identity active, and the token endpoint answering: what every test builds on. */
    public static void awaitPlatform(ModuleRegistry modules) {
        Await.until("the platform to be active", Duration.ofSeconds(60),
                () -> modules.module("platform").map(m -> m.state() == ModuleState.ACTIVE).orElse(false));
        Await.until("the identity module to be active", Duration.ofSeconds(60),
                () -> modules.module("identity").map(m -> m.state() == ModuleState.ACTIVE).orElse(false));
        Await.until("the token endpoint", Duration.ofSeconds(60), () -> {
            try {
                Http.adminToken();
                return true;
            } catch (AssertionError notYet) {
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Enables the sample module and waits until its REST resource answers the admin. */
    public static void enableSample(ModuleRegistry modules) throws Exception {
        modules.enable("sample");
        Await.until("the sample module's REST resource", Duration.ofSeconds(60),
                () -> Await.value(() -> Http.get("/api/sample/notes")).statusCode() == 200);
    }
}
