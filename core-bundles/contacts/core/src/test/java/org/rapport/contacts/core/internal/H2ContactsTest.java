package org.rapport.contacts.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class H2ContactsTest extends ContactsContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return ModuleTestDatabase.h2("contacts");
    }
}
