package dev.acquire4j.cli;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.AcquireState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cases {@code acquire fake-server --seed-cases N} opens: N active ones for one contact, taking
 * the channels in turn, and one closed chat case; and how to show them.
 */
final class FakeAccountSeed {
    private static final Channel[] CHANNELS = {Channel.CHAT, Channel.EMAIL, Channel.SMS};

    private FakeAccountSeed() {}

    /**
     * Opens the cases.
     *
     * @param state the fake account
     * @param activeCases how many active cases; 0 opens none, not even the closed one
     * @return the cases, active ones first, the closed one last
     */
    static List<SupportCase> seed(AcquireState state, int activeCases) {
        List<SupportCase> cases = new ArrayList<>();
        if (activeCases == 0) {
            return cases;
        }
        ContactId contact = state.addContact().id();
        for (int i = 0; i < activeCases; i++) {
            cases.add(state.openCase(contact, CHANNELS[i % CHANNELS.length]));
        }
        SupportCase closed = state.openCase(contact, Channel.CHAT);
        cases.add(state.closeCase(closed.id()));
        return cases;
    }

    /** {@return the cases as a table, with every id a send needs} */
    static String table(List<SupportCase> cases) {
        TextTable table = new TextTable("CASE", "CHANNEL", "STATUS", "CONTACT", "TIMELINE");
        for (SupportCase c : cases) {
            table.row(c.id().toString(), c.channel().map(Channel::wireName).orElse(null), c.status().toString(),
                    c.contactId().map(Objects::toString).orElse(null), c.timelineId().map(Objects::toString).orElse(null));
        }
        return table.render();
    }

    /** {@return one {@code acquire send} command line for the first active case of each channel, ready to paste} */
    static List<String> exampleSends(URI baseUri, List<SupportCase> cases) {
        List<String> sends = new ArrayList<>();
        for (Channel channel : CHANNELS) {
            cases.stream().filter(c -> c.status().isActive() && c.channel().orElseThrow() == channel).findFirst()
                    .ifPresent(c -> sends.add(exampleSend(baseUri, c)));
        }
        return sends;
    }

    private static String exampleSend(URI baseUri, SupportCase c) {
        String start = "acquire send " + (c.channel().orElseThrow() == Channel.EMAIL ? "mail" : c.channel().orElseThrow().wireName())
                + " --base-url " + baseUri + " --contact-id " + c.contactId().orElseThrow();
        switch (c.channel().orElseThrow()) {
            case EMAIL:
                return start + " --case-id " + c.id() + " --from support@acme.example --to ann@example.com"
                        + " --subject 'Hello' --html '<p>Hello from the fake server</p>'";
            case SMS:
                // The SMS endpoint calls the case id threadId.
                return start + " --thread-id " + c.id() + " --timeline-id " + c.timelineId().orElseThrow()
                        + " --from '+1 555 010 0000' --to '+1 555 010 9999' --text 'Hello from the fake server'";
            default:
                return start + " --case-id " + c.id() + " --text 'Hello from the fake server'";
        }
    }
}
