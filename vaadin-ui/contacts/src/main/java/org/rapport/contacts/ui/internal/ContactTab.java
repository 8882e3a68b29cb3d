package org.rapport.contacts.ui.internal;

import java.util.Optional;

import org.rapport.ui.api.DetailTab;

/** A tab the contacts UI adds to its own record pages, as any module would: its record type, title, place and right. */
abstract class ContactTab implements DetailTab {

    private final String recordType;
    private final String titleKey;
    private final int order;
    private final String permission;

    ContactTab(String recordType, String titleKey, int order, String permission) {
        this.recordType = recordType;
        this.titleKey = titleKey;
        this.order = order;
        this.permission = permission;
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(permission);
    }
}
