package org.rapport.identity.api;

/** A permission a running module contributes. */
public record PermissionInfo(String id, String module, String titleKey) {
}
