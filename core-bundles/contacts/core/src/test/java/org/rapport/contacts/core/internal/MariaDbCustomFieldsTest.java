package org.rapport.contacts.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbCustomFieldsTest extends CustomFieldsContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return ModuleTestDatabase.mariaDb("contacts", MariaDbContactsTest.TABLES);
    }
}
