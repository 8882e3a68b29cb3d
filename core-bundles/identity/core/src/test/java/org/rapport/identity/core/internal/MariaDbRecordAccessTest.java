package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class MariaDbRecordAccessTest extends RecordAccessContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.mariaDb();
    }
}
