package dev.acquire4j.cli;

import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options {@code case open} and {@code case reopen} share: the contact and what the case starts with. */
final class OpeningOptions {
    /** The option behind each field of a {@link CaseOpening}. */
    static final Map<String, String> FIELDS = Map.of("contactId", "--contact-id", "title", "--title",
            "firstMessage", "--text", "agentId", "--agent-id");

    @Option(names = "--contact-id", paramLabel = "N", required = true, description = "The contact the case is with.")
    String contactId;

    @Option(names = "--title", paramLabel = "TITLE", description = "The case's title.")
    String title;

    @Option(names = "--channel", paramLabel = "chat|email|sms", description = "The case's channel (default: Acquire's).")
    Channel channel;

    @Option(names = "--text", paramLabel = "TEXT", description = "A first message from the agent.")
    String text;

    @Option(names = "--agent-id", paramLabel = "N", description = "The agent (Acquire user id) the case goes to.")
    Long agentId;

    /** {@return the opening, or {@code null} with its violations recorded by option} */
    CaseOpening opening(Inputs inputs) {
        ContactId contact = inputs.parse("--contact-id", ContactId::parse, contactId);
        return inputs.attempt(() -> {
            CaseOpening.Builder b = CaseOpening.builder().contactId(contact).title(title).channel(channel).firstMessage(text);
            if (agentId != null) {
                b.agentId(agentId);
            }
            return b.build();
        });
    }
}
