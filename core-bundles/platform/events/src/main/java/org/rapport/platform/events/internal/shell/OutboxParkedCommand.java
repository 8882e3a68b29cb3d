package org.rapport.platform.events.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.platform.api.events.OutboxAdmin;
import org.rapport.platform.api.events.OutboxAdmin.ParkedDelivery;

@Command(scope = "rapport", name = "outbox-parked",
        description = "Lists outbox deliveries that failed too often and were set aside, oldest first.")
@Service
public class OutboxParkedCommand implements Action {

    @Argument(index = 0, name = "consumerId", description = "Only this consumer's parked deliveries")
    @Completion(ConsumerIdCompleter.class)
    String consumerId;

    @Reference
    OutboxAdmin outbox;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Consumer");
        table.column("Seq").alignRight();
        table.column("Topic");
        table.column("Attempts").alignRight();
        table.column("Parked at");
        table.column("Last error").maxSize(80);
        for (ParkedDelivery parked : outbox.parked()) {
            if (consumerId == null || consumerId.equals(parked.consumerId())) {
                table.addRow().addContent(parked.consumerId(), parked.sequence(), parked.topic(), parked.attempts(),
                        parked.parkedAt(), parked.lastError() == null ? "" : parked.lastError());
            }
        }
        table.print(System.out);
        return null;
    }
}
