package org.rapport.contacts.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class H2ReassignTest extends ReassignContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return ModuleTestDatabase.h2("contacts");
    }
}
