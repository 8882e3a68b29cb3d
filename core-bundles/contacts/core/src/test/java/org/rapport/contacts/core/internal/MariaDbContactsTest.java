package org.rapport.contacts.core.internal;

import java.util.List;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbContactsTest extends ContactsContractTest {

    /** The module's tables, children first. */
    static final List<String> TABLES = List.of("contacts_custom_value", "contacts_custom_field", "contacts_attachment", "contacts_purchase", "contacts_payment", "contacts_segment", "contacts_consent", "contacts_import_error", "contacts_import",
            "contacts_term",
            "contacts_share", "contacts_affiliation", "contacts_person", "contacts_organization");

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return ModuleTestDatabase.mariaDb("contacts", TABLES);
    }
}
