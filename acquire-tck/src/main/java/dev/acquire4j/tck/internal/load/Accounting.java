package dev.acquire4j.tck.internal.load;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.testkit.records.StoredMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Matches every send of a load run with what the server stored, by each send's unique text, and
 * fails on anything unaccounted for.
 */
public final class Accounting {
    private static final int EXAMPLES = 10;

    /**
     * How the sends ended, and how many texts were stored more than once.
     *
     * @param sent sends that returned a stored message
     * @param notSent sends that failed as certainly not sent
     * @param unknown sends that failed with an unknown outcome
     * @param duplicates texts stored more than once
     * @param unaccounted stored copies no send reported as its own (the copies of sends that ended unknown)
     */
    public record Counts(int sent, int notSent, int unknown, int duplicates, int unaccounted) {}

    private Accounting() {}

    /**
     * Checks the run: every send ended typed; a returned message was stored exactly once and is the
     * one returned; a not-sent message was not stored; an unknown one at most once; nothing else
     * was stored, and nothing twice.
     *
     * @param messages the messages, by send index
     * @param outcomes how each send ended, by index
     * @param stored what the server stored
     * @return the counts
     * @throws AssertionError listing the first few sends of each broken rule
     */
    public static Counts check(List<ChatMessage> messages, Outcome[] outcomes, List<StoredMessage> stored) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            index.put(messages.get(i).text(), i);
        }
        Map<String, List<StoredMessage>> byText = stored.stream().collect(Collectors.groupingBy(StoredMessage::text));
        List<String> broken = new ArrayList<>();
        byText.keySet().stream().filter(t -> !index.containsKey(t)).limit(EXAMPLES)
                .forEach(t -> broken.add("stored a text no send had: " + t));
        int[] counts = new int[Outcome.Kind.values().length];
        int unaccounted = 0;
        for (int i = 0; i < outcomes.length; i++) {
            Outcome o = outcomes[i];
            counts[o.kind().ordinal()]++;
            List<StoredMessage> copies = byText.getOrDefault(messages.get(i).text(), List.of());
            unaccounted += o.kind() == Outcome.Kind.SENT ? 0 : copies.size();
            String problem = problem(o, copies);
            if (problem != null && broken.size() < EXAMPLES) {
                broken.add("send " + i + ": " + problem);
            }
        }
        int duplicates = (int) byText.values().stream().filter(copies -> copies.size() > 1).count();
        if (!broken.isEmpty() || duplicates > 0) {
            throw new AssertionError("the load run does not add up (" + duplicates + " texts stored twice or more): "
                    + String.join("; ", broken));
        }
        return new Counts(counts[Outcome.Kind.SENT.ordinal()], counts[Outcome.Kind.NOT_SENT.ordinal()],
                counts[Outcome.Kind.UNKNOWN.ordinal()], duplicates, unaccounted);
    }

    private static String problem(Outcome o, List<StoredMessage> copies) {
        switch (o.kind()) {
            case SENT:
                if (copies.size() != 1) {
                    return "returned a SentMessage but was stored " + copies.size() + " times";
                }
                return copies.get(0).id().equals(o.sent().id()) ? null
                        : "returned message " + o.sent().id() + " but the server stored " + copies.get(0).id();
            case NOT_SENT:
                return copies.isEmpty() ? null : "failed as not sent, yet was stored: " + o.error();
            case UNKNOWN:
                return copies.size() <= 1 ? null : "an unknown outcome stored " + copies.size() + " times";
            case NONE:
                return "did not end within the run's limit";
            default:
                return "ended in an untyped failure: " + o.error();
        }
    }
}
