package org.rapport.contacts.api;

/** @param network e.g. {@code linkedin}, {@code telegram}, {@code x}; @param handle the account name or URL there */
public record SocialHandle(String network, String handle) {
}
