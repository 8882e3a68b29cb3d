package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbDirectoryTest extends DirectoryContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.mariaDb();
    }
}
