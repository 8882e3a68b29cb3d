package org.rapport.platform.persistence.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import liquibase.resource.OSGiResourceAccessor;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One module bundle's life in the persistence platform: migrate, build the factory, publish the
 * {@link ModulePersistence} service; and the reverse when the bundle stops or the DataSource goes.
 * {@link #open} runs on the migration thread, {@link #close} on whichever thread stops the bundle.
 */
final class ModuleUnit {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleUnit.class);

    private final ModuleBundle module;
    private EntityManagerFactory factory;
    private ServiceRegistration<ModulePersistence> registration;
    private boolean closed;

    ModuleUnit(ModuleBundle module) {
        this.module = module;
    }

    ModuleBundle module() {
        return module;
    }

    /** @return whether the unit is open: migrated and its service published */
    boolean open(BundleContext platformContext, DataSource dataSource, SchemaStatuses statuses,
            InProcessEvents events) {
        synchronized (this) {
            if (closed) {
                return false;
            }
        }
        String bundle = module.symbolicName();
        try {
            if (module.changelog() != null) {
                LOG.info("Migrating the schema of module '{}' ({}) with {}", module.moduleId(), bundle,
                        module.changelog());
                String last = Migrations.apply(dataSource, new OSGiResourceAccessor(module.bundle()),
                        module.changelog());
                statuses.migrated(module.moduleId(), bundle, last);
                LOG.info("Schema of module '{}' ({}) is at change set {}", module.moduleId(), bundle, last);
            }
            return publish(platformContext, EntityManagerFactories.create(module, dataSource), events);
        } catch (Migrations.MigrationException e) {
            statuses.failed(module.moduleId(), bundle, e.getMessage(), e.lastApplied());
            LOG.error("Module '{}' will not start: the migration of {} ({}) failed: {}", module.moduleId(), bundle,
                    module.changelog(), e.getMessage(), e);
        } catch (Exception | LinkageError e) {
            String reason = "its persistence unit could not be built: " + Migrations.rootMessage(e);
            statuses.failed(module.moduleId(), bundle, reason, null);
            LOG.error("Module '{}' will not start: {} ({})", module.moduleId(), reason, bundle, e);
        }
        return false;
    }

    private synchronized boolean publish(BundleContext platformContext, EntityManagerFactory built,
            InProcessEvents events) {
        if (closed) {
            built.close();
            return false;
        }
        factory = built;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ModulePersistence.MODULE_PROPERTY, module.moduleId());
        properties.put("rapport.bundle", module.symbolicName());
        registration = platformContext.registerService(ModulePersistence.class,
                new ModulePersistenceService(module.moduleId(), built, events, java.time.Clock.systemUTC()),
                properties);
        LOG.info("Persistence unit of module '{}' ({}) is available", module.moduleId(), module.symbolicName());
        return true;
    }

    synchronized void close() {
        closed = true;
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // The framework unregistered it already while stopping.
            }
            registration = null;
        }
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }
}
