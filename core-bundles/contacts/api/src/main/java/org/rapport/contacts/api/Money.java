package org.rapport.contacts.api;

import java.math.BigDecimal;

/** An amount of money in an ISO 4217 currency (e.g. {@code EUR}): the value of a {@link CustomFieldType#MONEY} field. */
public record Money(BigDecimal amount, String currency) {
}
