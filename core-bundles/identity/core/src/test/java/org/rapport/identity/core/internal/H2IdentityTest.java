package org.rapport.identity.core.internal;

class H2IdentityTest extends IdentityContractTest {

    @Override
    IdentityTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.h2();
    }
}
