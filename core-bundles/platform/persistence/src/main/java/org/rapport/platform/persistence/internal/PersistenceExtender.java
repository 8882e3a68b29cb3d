package org.rapport.platform.persistence.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import liquibase.resource.OSGiResourceAccessor;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.rapport.platform.api.modules.RapportModuleHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence extender: migrates the platform's own schema, then watches for module bundles
 * (manifest header {@value RapportModuleHeader#MODULE} with a changelog and/or entities) and gives each
 * its migrated schema and its {@code ModulePersistence} service. Bound to the {@code rapport}
 * DataSource: when that is reconfigured (e.g. H2 to MariaDB) everything is closed and rebuilt on the
 * new database.
 */
@Component(immediate = true, service = {})
public class PersistenceExtender {

    static final String PLATFORM_MODULE = "platform";
    static final String PLATFORM_CHANGELOG = "db/platform/changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceExtender.class);

    private final DataSource dataSource;
    private final SchemaStatuses statuses;
    private final BundleContext context;
    private final InProcessEvents events;
    private final ExecutorService migrations;
    private volatile EventAdmin eventAdmin;
    private BundleTracker<ModuleUnit> tracker;

    @Activate
    public PersistenceExtender(@Reference(target = "(dataSourceName=rapport)") DataSource dataSource,
            @Reference SchemaStatuses statuses, BundleContext context) {
        this.dataSource = dataSource;
        this.statuses = statuses;
        this.context = context;
        this.events = new InProcessEvents(() -> eventAdmin);
        this.migrations = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rapport-migrations");
            thread.setDaemon(true);
            return thread;
        });
        migrations.execute(this::start);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    private void start() {
        String bundle = context.getBundle().getSymbolicName();
        statuses.pending(PLATFORM_MODULE, bundle);
        try {
            String last = Migrations.apply(dataSource, new OSGiResourceAccessor(context.getBundle()),
                    PLATFORM_CHANGELOG);
            statuses.migrated(PLATFORM_MODULE, bundle, last);
            LOG.info("Platform schema is at change set {}", last);
        } catch (Migrations.MigrationException e) {
            statuses.failed(PLATFORM_MODULE, bundle, e.getMessage());
            LOG.error("The platform schema could not be migrated; no module's persistence will start: {}",
                    e.getMessage(), e);
            return;
        }
        synchronized (this) {
            if (migrations.isShutdown()) {
                return;
            }
            tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
            tracker.open();
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            migrations.shutdownNow();
            if (tracker != null) {
                tracker.close();
                tracker = null;
            }
        }
        try {
            migrations.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Customizer implements BundleTrackerCustomizer<ModuleUnit> {

        @Override
        public ModuleUnit addingBundle(Bundle bundle, BundleEvent event) {
            return ModuleBundle.of(bundle).map(module -> {
                ModuleUnit unit = new ModuleUnit(module);
                statuses.pending(module.moduleId(), module.symbolicName());
                migrations.execute(() -> unit.open(context, dataSource, statuses, events));
                return unit;
            }).orElse(null);
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, ModuleUnit unit) {
            // STARTING to ACTIVE changes nothing for persistence.
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, ModuleUnit unit) {
            unit.close();
            LOG.info("Persistence unit of module '{}' ({}) closed; its data is kept", unit.module().moduleId(),
                    unit.module().symbolicName());
        }
    }
}
