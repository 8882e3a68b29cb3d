package org.rapport.itests.outboxprobe.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "probe", name = "publish",
        description = "Writes <count> ticks and their outbox events from [threads] threads, a few per transaction; "
                + "returns when all are committed.")
@Service
public class PublishCommand implements Action {

    @Reference
    ProbePublisher publisher;

    @Argument(index = 0, name = "count", description = "How many events", required = true)
    int count;

    @Argument(index = 1, name = "threads", description = "Writer threads (default 4)")
    int threads = 4;

    @Option(name = "--per-transaction", description = "Events per transaction (default 5)")
    int perTransaction = 5;

    @Override
    public Object execute() throws Exception {
        ProbePublisher.Result result = publisher.publish(count, threads, perTransaction);
        // One line, name=value, so the tests can parse it.
        System.out.println("published=" + result.events() + " transactions=" + result.transactions() + " retries="
                + result.retries() + " millis=" + result.millis() + " node=" + Probe.node());
        return null;
    }
}
