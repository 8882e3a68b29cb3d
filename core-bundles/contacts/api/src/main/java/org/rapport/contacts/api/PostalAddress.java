package org.rapport.contacts.api;

/** A postal address; every part may be {@code null}. {@code country} is an ISO 3166-1 alpha-2 code. */
public record PostalAddress(String label, String street, String city, String region, String postalCode,
        String country) {
}
