package org.rapport.contacts.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbReassignTest extends ReassignContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return ModuleTestDatabase.mariaDb("contacts", MariaDbContactsTest.TABLES);
    }
}
