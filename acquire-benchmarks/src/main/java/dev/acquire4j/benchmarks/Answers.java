package dev.acquire4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The three documented answer bodies (docs/wire-protocol.md), as the server sends and the decoders read them. */
final class Answers {
    static final String CHAT = "chat";
    static final String MAIL = "mail";
    static final String SMS = "sms";

    private Answers() {}

    /** {@return the documented answer of a channel: {@code chat}, {@code mail} or {@code sms}} */
    static byte[] of(String channel) {
        String name = "answers/" + channel + "-answer.json";
        try (InputStream in = Answers.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + ": build the module with Maven");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
