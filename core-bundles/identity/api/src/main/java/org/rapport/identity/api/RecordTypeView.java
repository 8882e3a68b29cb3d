package org.rapport.identity.api;

import java.util.List;

import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordType;

/**
 * A record type a running module provides, with its sharing setting.
 *
 * @param orgWideDefault the default in force: the admin's choice, else {@code initialDefault}
 * @param initialDefault what the module chose, in force until an admin chooses
 */
public record RecordTypeView(String id, String module, String titleKey, OrgWideDefault orgWideDefault,
        OrgWideDefault initialDefault, List<RecordType.Field> fields) {

    public RecordTypeView {
        fields = List.copyOf(fields);
    }
}
