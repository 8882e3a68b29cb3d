package org.rapport.identity.api;

/** A role to create; {@code parent} names the role above it, or is {@code null}. */
public record NewRole(String name, String title, String parent) {
}
