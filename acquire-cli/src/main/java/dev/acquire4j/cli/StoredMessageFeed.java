package dev.acquire4j.cli;

import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.records.StoredMessage;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints the messages a fake account stored since the last call, one line each, oldest first. A
 * stored message holds no key, so none can be printed. Not thread-safe: one printing thread.
 */
final class StoredMessageFeed {
    private static final int MAX_TEXT = 200;

    private final AcquireState state;
    private int printed;

    StoredMessageFeed(AcquireState state) {
        this.state = state;
    }

    /**
     * Prints the messages stored since the last call.
     *
     * @param out where the lines go; flushed
     */
    void printNew(PrintWriter out) {
        List<StoredMessage> messages = state.messages();
        for (; printed < messages.size(); printed++) {
            out.println(line(messages.get(printed)));
        }
        out.flush();
    }

    /** {@return one line about the message}, e.g. {@code stored chat message 7 on case 3 (contact 1, as user, message): "Hi"} */
    static String line(StoredMessage m) {
        StringBuilder line = new StringBuilder("stored ").append(m.channel().wireName()).append(" message ").append(m.id())
                .append(" on case ").append(m.caseId()).append(" (contact ").append(m.contactId())
                .append(", as ").append(m.senderRole().wireName()).append(", ").append(m.type()).append(')');
        m.from().ifPresent(from -> line.append(" from ").append(from));
        if (!m.to().isEmpty()) {
            line.append(" to ").append(String.join(", ", m.to()));
        }
        m.subject().ifPresent(subject -> line.append(" subject ").append(quoted(subject)));
        return line.append(": ").append(quoted(m.text())).toString();
    }

    /** Quoted on one line, shortened: a message's own line breaks or escapes never break the feed. */
    private static String quoted(String text) {
        String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        shown.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.append('"').toString();
    }
}
