package org.rapport.contacts.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something a person or organization bought.
 *
 * @param id        assigned when recorded ({@code 0} on input)
 * @param amount    what it cost in all, in {@code currency} (ISO 4217, e.g. {@code IRR}, {@code MNT}, {@code EUR})
 * @param source    the system it came from, e.g. {@code accounting} or {@code manual}
 * @param reference its id there; the same (source, reference) recorded again is ignored
 */
public record Purchase(long id, Instant occurredAt, String product, BigDecimal quantity, BigDecimal amount,
        String currency, String source, String reference) {
}
