package org.rapport.platform.api.directory;

/**
 * A user or a team as the directory lists it.
 *
 * @param name a user's display name, a team's name
 */
public record DirectoryEntry(Kind kind, long id, String name) {

    public enum Kind {
        USER, TEAM
    }
}
