package org.rapport.platform.api.modules;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Knows which Rapport modules and plugins exist, installed or available, and switches them on and off
 * at runtime. Disabling a module uninstalls its feature (its services, REST resources and views go
 * away); its tables and data are always kept, so enabling it again finds everything.
 */
@ProviderType
public interface ModuleRegistry {

    /** Every known module, installed or not, ordered by id. */
    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String id);

    /**
     * Uninstalls the module's feature. Data is kept.
     *
     * @throws ModuleOperationException if the module is unknown, required, or Karaf refused
     */
    ModuleInfo disable(String id) throws ModuleOperationException;

    /**
     * Installs the module's feature again.
     *
     * @throws ModuleOperationException if the module is unknown or Karaf could not install it
     */
    ModuleInfo enable(String id) throws ModuleOperationException;
}
