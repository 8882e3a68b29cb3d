package org.rapport.contacts.api;

/**
 * @param address the address as entered (trimmed); compared case-insensitively
 * @param label   free text such as {@code work} or {@code home}; may be {@code null}
 */
public record Email(String address, String label) {

    public Email(String address) {
        this(address, null);
    }
}
