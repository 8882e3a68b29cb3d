package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbIdentityTest extends IdentityContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.mariaDb();
    }
}
