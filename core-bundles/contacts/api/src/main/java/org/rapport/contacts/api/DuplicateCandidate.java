package org.rapport.contacts.api;

import java.util.Set;

/**
 * A person who may be the same as another.
 *
 * @param reasons what matched: {@code email} (the same address, any case), {@code phone} (the same number in
 *                E.164, however written), {@code name} (folded full names that are nearly the same)
 * @param score   0–100, higher is more likely the same person
 */
public record DuplicateCandidate(long id, String displayName, Set<String> reasons, int score) {
}
