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
        TextTable table = new TextTable("CASE", "CHANNEL", "STATUS", "CONTACT", "THREAD", "TIMELINE");
        for (SupportCase c : cases) {
            table.row(c.id().toString(), c.channel().map(Channel::wireName).orElse(null), c.status().toString(),
                    c.contactId().map(Objects::toString).orElse(null), c.threadId().map(Objects::toString).orElse(null),
                    c.timelineId().map(Objects::toString).orElse(null));
        }
        return table.render();
    }

    /** {@return a {@code send chat} command line to the first active chat case} */
    static String exampleSend(URI baseUri, List<SupportCase> cases) {
        SupportCase chat = cases.get(0);
        return "acquire send chat --base-url " + baseUri + " --contact-id " + chat.contactId().orElseThrow()
                + " --case-id " + chat.id() + " --text 'Hello from the fake server'";
    }
}
