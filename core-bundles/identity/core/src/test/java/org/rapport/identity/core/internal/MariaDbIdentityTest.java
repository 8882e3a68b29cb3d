package org.rapport.identity.core.internal;

class MariaDbIdentityTest extends IdentityContractTest {

    @Override
    IdentityTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.mariaDb();
    }
}
