package org.rapport.contacts.api;

/** A type-ahead hit: enough to show and to open the record. */
public record Suggestion(long id, String displayName, String detail) {
}
