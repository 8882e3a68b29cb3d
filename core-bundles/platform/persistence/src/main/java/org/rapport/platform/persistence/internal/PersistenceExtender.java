package org.rapport.platform.persistence.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

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
    private ModuleUnit platformUnit;

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

    /**
     * Migrates the platform's own schema and publishes the platform's persistence unit, which is how
     * platform services that use the platform tables (the outbox dispatcher) know they exist; then
     * starts serving module bundles.
     */
    private void start() {
        ModuleUnit platform = new ModuleUnit(
                new ModuleBundle(context.getBundle(), PLATFORM_MODULE, PLATFORM_CHANGELOG, List.of()));
        synchronized (this) {
            platformUnit = platform;
        }
        statuses.pending(PLATFORM_MODULE, context.getBundle().getSymbolicName());
        if (!platform.open(context, dataSource, statuses, events)) {
            LOG.error("The platform schema is not ready; no module's persistence will start (see above)");
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
            if (platformUnit != null) {
                platformUnit.close();
                platformUnit = null;
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
