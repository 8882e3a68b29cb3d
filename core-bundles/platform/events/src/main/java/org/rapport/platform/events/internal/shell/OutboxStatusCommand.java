package org.rapport.platform.events.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.platform.api.events.OutboxAdmin;
import org.rapport.platform.api.events.OutboxAdmin.ConsumerStatus;

@Command(scope = "rapport", name = "outbox",
        description = "Shows the outbox head sequence and, per consumer, its position, lag and delivery errors.")
@Service
public class OutboxStatusCommand implements Action {

    @Reference
    OutboxAdmin outbox;

    @Override
    public Object execute() {
        System.out.println("Head sequence: " + outbox.headSequence());
        ShellTable table = new ShellTable();
        table.column("Consumer");
        table.column("Delivered").alignRight();
        table.column("Lag").alignRight();
        table.column("Connected");
        table.column("Attempts").alignRight();
        table.column("Last error").maxSize(80);
        for (ConsumerStatus consumer : outbox.consumers()) {
            table.addRow().addContent(consumer.consumerId(), consumer.position(), consumer.lag(),
                    consumer.connected() ? "yes" : "no", consumer.attempts(),
                    consumer.lastError() == null ? "" : consumer.lastError());
        }
        table.print(System.out);
        return null;
    }
}
