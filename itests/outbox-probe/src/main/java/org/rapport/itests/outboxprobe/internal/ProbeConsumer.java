package org.rapport.itests.outboxprobe.internal;

import java.sql.Connection;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.rapport.platform.api.events.OutboxConsumer;
import org.rapport.platform.api.events.OutboxEvent;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probe's outbox consumer: the same consumer id on every node, so the dispatcher must hand each event to
 * exactly one of them. Idempotent as the {@link OutboxConsumer} javadoc recommends (see {@link ProbeLedger}).
 */
@Component(service = OutboxConsumer.class, configurationPid = Probe.PID)
@Designate(ocd = ProbeConfig.class)
public class ProbeConsumer implements OutboxConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeConsumer.class);

    private final ModulePersistence persistence;
    private final String node = Probe.node();
    private volatile long delayMs;

    @Activate
    public ProbeConsumer(@Reference(target = "(rapport.module=" + Probe.MODULE + ")") ModulePersistence persistence,
            ProbeConfig config) {
        this.persistence = persistence;
        modified(config);
    }

    /** Only the delay changes: keep the consumer registered instead of restarting it. */
    @Modified
    void modified(ProbeConfig config) {
        delayMs = Math.max(0, config.delay_ms());
        LOG.info("Outbox probe consumer on node '{}': {} ms per event", node, delayMs);
    }

    @Override
    public String consumerId() {
        return Probe.CONSUMER_ID;
    }

    @Override
    public boolean accepts(String topic) {
        return Probe.TOPIC.equals(topic);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.EARLIEST;
    }

    @Override
    public void consume(OutboxEvent event) throws Exception {
        long delay = delayMs;
        if (delay > 0) {
            Thread.sleep(delay); // an interrupt here is the dispatcher stopping: it redelivers later
        }
        boolean fresh = persistence.inTransaction(tx -> ProbeLedger.apply(
                tx.entityManager().unwrap(Connection.class), event, node, Instant.now()));
        if (!fresh) {
            LOG.info("Outbox probe: event {} (tick {}) was applied before; redelivery ignored", event.sequence(),
                    event.aggregateId());
        }
    }
}
