package org.rapport.platform.events.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.rapport.platform.api.events.OutboxAdmin;
import org.rapport.platform.api.events.OutboxAdmin.ParkedDelivery;

@Command(scope = "rapport", name = "outbox-replay",
        description = "Delivers parked outbox events to their consumer again; on success they leave the parked list.",
        detailedDescription = "rapport:outbox-replay <consumerId> <seq> replays one parked event;\n"
                + "rapport:outbox-replay --all <consumerId> replays all of the consumer's parked events, oldest first.\n"
                + "The consumer must be running on this node.")
@Service
public class OutboxReplayCommand implements Action {

    @Option(name = "--all", description = "Replay every parked event of the consumer")
    boolean all;

    @Argument(index = 0, name = "consumerId", description = "The consumer, as listed by rapport:outbox-parked",
            required = true)
    @Completion(ConsumerIdCompleter.class)
    String consumerId;

    @Argument(index = 1, name = "seq", description = "The sequence of the parked event (omit with --all)")
    Long sequence;

    @Reference
    OutboxAdmin outbox;

    @Override
    public Object execute() {
        if (all == (sequence != null)) {
            throw new IllegalArgumentException(all
                    ? "Give either --all or a sequence, not both"
                    : "Give the sequence of the parked event to replay, or --all for every parked event of '"
                            + consumerId + "'");
        }
        if (!all) {
            replayOne(sequence);
            return null;
        }
        List<Long> parked = outbox.parked().stream()
                .filter(delivery -> delivery.consumerId().equals(consumerId))
                .map(ParkedDelivery::sequence)
                .toList();
        if (parked.isEmpty()) {
            System.out.println("Consumer '" + consumerId + "' has no parked deliveries.");
            return null;
        }
        int failed = 0;
        for (long seq : parked) {
            if (!outbox.replay(consumerId, seq)) {
                failed++;
                System.out.println("Event " + seq + ": failed again, still parked");
            } else {
                System.out.println("Event " + seq + ": delivered");
            }
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " of " + parked.size() + " parked events of '" + consumerId
                    + "' failed again; see rapport:outbox-parked " + consumerId);
        }
        System.out.println("All " + parked.size() + " parked events of '" + consumerId + "' delivered.");
        return null;
    }

    private void replayOne(long seq) {
        if (!outbox.replay(consumerId, seq)) {
            String error = outbox.parked().stream()
                    .filter(delivery -> delivery.consumerId().equals(consumerId) && delivery.sequence() == seq)
                    .map(ParkedDelivery::lastError)
                    .findFirst()
                    .orElse("unknown error");
            throw new IllegalStateException("Event " + seq + " failed again for '" + consumerId
                    + "' and stays parked: " + error);
        }
        System.out.println("Event " + seq + " delivered to '" + consumerId + "'; it is no longer parked.");
    }
}
