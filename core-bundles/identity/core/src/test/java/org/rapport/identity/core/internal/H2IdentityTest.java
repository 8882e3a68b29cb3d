package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class H2IdentityTest extends IdentityContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.h2();
    }
}
