package dev.acquire4j.testkit.internal.http;

/**
 * A scripted misbehaviour for one request. Room is left for the later kinds (Retry-After, delays,
 * dropped connections, truncated bodies) as further records of this interface.
 */
public sealed interface Fault {
    /**
     * Answer with an error status before the request is even routed; nothing is stored.
     *
     * @param status the HTTP status
     * @param errorCode the {@code ERROR_*} code for the body, or {@code null}
     */
    record ErrorAnswer(int status, String errorCode) implements Fault {}

    /**
     * Handle the request as usual (a valid send is stored), then answer 200 with this raw body
     * instead of the documented one, as a server that stored the message but answered garbage.
     *
     * @param contentType the {@code Content-Type} to answer with
     * @param body the body text
     */
    record RawAnswer(String contentType, String body) implements Fault {}
}
