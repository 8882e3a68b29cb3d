package org.rapport.identity.core.internal;

class H2RecordAccessTest extends RecordAccessContractTest {

    @Override
    IdentityTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.h2();
    }
}
