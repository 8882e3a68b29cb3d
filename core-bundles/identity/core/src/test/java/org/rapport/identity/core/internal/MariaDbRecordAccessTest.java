package org.rapport.identity.core.internal;

class MariaDbRecordAccessTest extends RecordAccessContractTest {

    @Override
    IdentityTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.mariaDb();
    }
}
