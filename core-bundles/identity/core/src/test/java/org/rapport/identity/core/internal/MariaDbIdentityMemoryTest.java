package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbIdentityMemoryTest extends IdentityMemoryContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.mariaDb();
    }
}
