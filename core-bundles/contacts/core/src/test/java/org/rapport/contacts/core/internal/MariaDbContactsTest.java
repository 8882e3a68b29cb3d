package org.rapport.contacts.core.internal;

import java.util.List;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbContactsTest extends ContactsContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return ModuleTestDatabase.mariaDb("contacts", List.of("contacts_term", "contacts_share", "contacts_affiliation",
                "contacts_person", "contacts_organization"));
    }
}
