package org.rapport.contacts.api;

/**
 * What a custom field holds, and the Java type its value travels as in {@link Person#custom()} and the drafts.
 */
public enum CustomFieldType {
    /** A short text ({@link String}, at most {@value CustomFieldDefinition#MAX_TEXT} characters). */
    TEXT,
    /** A decimal number ({@link java.math.BigDecimal}). */
    NUMBER,
    /** A calendar day ({@link java.time.LocalDate}). */
    DATE,
    /** One of the field's choices ({@link String}). */
    CHOICE,
    /** Some of the field's choices ({@link java.util.List} of {@link String}, each once). */
    MULTI_CHOICE,
    /** Yes or no ({@link Boolean}). */
    BOOLEAN,
    /** An amount in an ISO 4217 currency ({@link Money}). */
    MONEY
}
