package org.rapport.platform.events.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.rapport.platform.api.events.OutboxAdmin;

/** Completes the ids of consumers that have parked deliveries. */
@Service
public class ConsumerIdCompleter implements Completer {

    @Reference
    OutboxAdmin outbox;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        try {
            outbox.parked().forEach(parked -> ids.getStrings().add(parked.consumerId()));
        } catch (IllegalStateException e) {
            return -1; // database unreachable: nothing to offer; the command itself will say why
        }
        return ids.complete(session, commandLine, candidates);
    }
}
