package org.rapport.contacts.api;

import java.time.Instant;

/**
 * A person's yes or no to being contacted on one channel.
 *
 * @param source     where it was given, e.g. {@code web form /newsletter} or {@code phone call}
 * @param recordedBy the user who recorded it
 */
public record Consent(ConsentChannel channel, boolean granted, String source, Instant at, String recordedBy) {
}
