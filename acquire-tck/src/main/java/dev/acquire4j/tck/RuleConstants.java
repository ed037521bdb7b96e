package dev.acquire4j.tck;

import java.time.Duration;

/** Numbers the rule groups share; an interface cannot keep private constants. */
final class RuleConstants {
    /** The threads that send at once in the concurrency rule. */
    static final int THREADS = 6;
    /** The sends each of those threads makes. */
    static final int SENDS_PER_THREAD = 5;
    /** The chat endpoint as failures and listener events name it: a template, never a query. */
    static final String CHAT_ENDPOINT = "POST /api/v1/crm/messenger/chat/add-message";
    /** A server-side wait far longer than any deadline below, so that only the client can end the send. */
    static final Duration LONG = Duration.ofSeconds(10);
    /** A send deadline short enough to end a send the server keeps waiting for {@link #LONG}. */
    static final Duration SHORT_DEADLINE = Duration.ofMillis(300);

    private RuleConstants() {}
}
