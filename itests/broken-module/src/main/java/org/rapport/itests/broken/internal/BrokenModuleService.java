package org.rapport.itests.broken.internal;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.persistence.ModulePersistence;

/** Would offer the module's function; must never appear, since the module's migration fails. */
@Component(service = Supplier.class, property = "rapport.itest=broken")
public class BrokenModuleService implements Supplier<String> {

    @Activate
    public BrokenModuleService(@Reference(target = "(rapport.module=broken)") ModulePersistence persistence) {
    }

    @Override
    public String get() {
        return "running";
    }
}
