package org.rapport.identity.api;

import java.util.List;

/** A team and its members' usernames, sorted. */
public record TeamView(long id, String name, List<String> members) {
}
