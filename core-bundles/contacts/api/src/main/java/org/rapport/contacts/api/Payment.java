package org.rapport.contacts.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money that moved with a person or organization: a payment they made, a credit granted to them, a refund.
 *
 * @param id     assigned when recorded ({@code 0} on input)
 * @param amount positive, in {@code currency} (ISO 4217)
 * @see Purchase for source and reference
 */
public record Payment(long id, Instant occurredAt, Kind kind, BigDecimal amount, String currency, String source,
        String reference) {

    public enum Kind {
        PAYMENT, CREDIT, REFUND
    }
}
