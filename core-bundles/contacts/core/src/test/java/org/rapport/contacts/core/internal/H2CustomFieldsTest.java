package org.rapport.contacts.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class H2CustomFieldsTest extends CustomFieldsContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return ModuleTestDatabase.h2("contacts");
    }
}
