package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestDatabase;

class H2IdentityMemoryTest extends IdentityMemoryContractTest {

    @Override
    ModuleTestDatabase openDatabase() throws Exception {
        return IdentityTestDatabase.h2();
    }
}
