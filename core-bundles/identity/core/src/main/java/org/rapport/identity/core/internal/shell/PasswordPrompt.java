package org.rapport.identity.core.internal.shell;

import java.io.IOException;
import java.util.Arrays;

import org.apache.karaf.shell.api.console.Session;

/** Reads a new password twice without echoing it. */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    static char[] newPassword(Session session, String given) throws IOException {
        if (given != null) {
            return given.toCharArray();
        }
        String first = session.readLine("New password (at least 12 characters): ", '*');
        String second = session.readLine("Repeat it: ", '*');
        if (first == null || !first.equals(second)) {
            throw new IllegalArgumentException("The two passwords differ; nothing was changed.");
        }
        char[] password = first.toCharArray();
        Arrays.fill(second.toCharArray(), ' ');
        return password;
    }
}
