package org.rapport.platform.api.security;

import java.security.SecureRandom;

/**
 * The first start's admin password, shared by everything that creates an {@code admin} login on a new system (the
 * Karaf shell's user, Rapport's own user), so the person installing Rapport gets one password, printed once.
 * It comes from the environment variable {@value #ENVIRONMENT_VARIABLE}, else the system property
 * {@value #SYSTEM_PROPERTY} (tests), else it is generated once per JVM and kept only in memory. Whoever asks for
 * a generated password first is told to {@link Choice#announce() announce} it; later askers get the same one.
 */
public final class FirstStartAdminPassword {

    public static final String ENVIRONMENT_VARIABLE = "RAPPORT_ADMIN_PASSWORD";
    public static final String SYSTEM_PROPERTY = "rapport.admin.password";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private static String generated;
    private static boolean announced;

    public enum Source {
        ENVIRONMENT, SYSTEM_PROPERTY, GENERATED
    }

    /** @param announce true for exactly one caller of a generated password: that one prints {@link #notice} */
    public record Choice(String password, Source source, boolean announce) {

        @Override
        public String toString() {
            return "Choice[" + source + "]"; // never the password
        }
    }

    private FirstStartAdminPassword() {
    }

    public static synchronized Choice choose() {
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Choice(fromEnvironment, Source.ENVIRONMENT, false);
        }
        String fromProperty = System.getProperty(SYSTEM_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return new Choice(fromProperty, Source.SYSTEM_PROPERTY, false);
        }
        if (generated == null) {
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            generated = password.toString();
        }
        boolean first = !announced;
        announced = true;
        return new Choice(generated, Source.GENERATED, first);
    }

    /** The boxed notice for the console and the log. */
    public static String notice(String password) {
        String[] lines = {
            "Rapport admin user 'admin' password: " + password,
            "It signs in to the web UI, the REST API and the Karaf shell.",
            "It is shown only this once. Set " + ENVIRONMENT_VARIABLE + " before the first start to choose it."};
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        String border = "+" + "-".repeat(width + 2) + "+";
        StringBuilder box = new StringBuilder(border).append(System.lineSeparator());
        for (String line : lines) {
            box.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |")
                    .append(System.lineSeparator());
        }
        return box.append(border).toString();
    }
}
