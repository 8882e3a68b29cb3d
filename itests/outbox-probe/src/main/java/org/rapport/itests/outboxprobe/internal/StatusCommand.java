package org.rapport.itests.outboxprobe.internal;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "probe", name = "status",
        description = "Counts of the outbox probe: ticks written, events applied and delivered (all nodes and this one).")
@Service
public class StatusCommand implements Action {

    @Reference
    ProbeStatus status;

    @Override
    public Object execute() {
        System.out.println("node=" + status.node());
        for (Map.Entry<String, Long> count : status.counts().entrySet()) {
            System.out.println(count.getKey() + "=" + count.getValue());
        }
        return null;
    }
}
