package org.rapport.platform.events.internal;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.rapport.platform.api.events.OutboxAdmin;
import org.rapport.platform.api.events.OutboxConsumer;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable outbox dispatcher of this node, and its admin service. The DataSource reference is static: when
 * the platform swaps databases (H2 to MariaDB) the component restarts on the new one. It starts only once the
 * platform's persistence unit is published, that is once the outbox tables exist on that database.
 */
@Component(service = OutboxAdmin.class, configurationPid = OutboxDispatcher.PID, immediate = true)
@Designate(ocd = OutboxConfig.class)
public class OutboxDispatcher implements OutboxAdmin {

    static final String PID = "org.rapport.platform.events";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** How long deactivation waits for the current round (a consumer call may be in it). */
    private static final long STOP_TIMEOUT_MS = 30_000;

    private final Outbox outbox;

    @Activate
    public OutboxDispatcher(@Reference(name = "dataSource", target = "(dataSourceName=rapport)") DataSource dataSource,
            @Reference(name = "platformSchema", target = "(rapport.module=platform)") ModulePersistence platformSchema,
            OutboxConfig config) {
        Settings settings = Settings.from(config);
        this.outbox = new Outbox(dataSource, settings, Clock.systemUTC(), "rapport-outbox-dispatcher");
        outbox.start();
        LOG.info("Outbox dispatcher started: {}", settings);
    }

    @Modified
    void modified(OutboxConfig config) {
        Settings settings = Settings.from(config);
        outbox.update(settings);
        LOG.info("Outbox dispatcher reconfigured: {}", settings);
    }

    @Deactivate
    void deactivate() {
        outbox.stop(STOP_TIMEOUT_MS);
        LOG.info("Outbox dispatcher stopped");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConsumer(OutboxConsumer consumer) {
        outbox.register(consumer);
    }

    void removeConsumer(OutboxConsumer consumer) {
        outbox.unregister(consumer);
    }

    @Override
    public List<ConsumerStatus> consumers() {
        return outbox.admin().consumers();
    }

    @Override
    public List<ParkedDelivery> parked() {
        return outbox.admin().parked();
    }

    @Override
    public boolean replay(String consumerId, long sequence) {
        return outbox.admin().replay(consumerId, sequence);
    }

    @Override
    public long headSequence() {
        return outbox.admin().headSequence();
    }
}
