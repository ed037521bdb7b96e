package dev.acquire4j.testkit.faults;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One misbehaviour of {@link dev.acquire4j.testkit.FakeAcquireServer} for one request, scripted with
 * {@link dev.acquire4j.testkit.FakeAcquireServer#script(ServerFault...)} or drawn at random from a {@link FaultPlan}.
 * Immutable and thread-safe.
 *
 * <p>Whether the message is stored is part of each fault, as it is what a client cannot see and a
 * test must know ({@link #storesMessage()}). "Stored" always means: if the request is a valid send;
 * a request the fake account refuses is refused as usual (except by {@link #status(int)} faults,
 * which answer before any check).
 *
 * <pre>{@code
 * server.script(ServerFault.status(503).withRetryAfter(Duration.ZERO));  // maintenance, then normal
 * server.script(ServerFault.delay(Duration.ofSeconds(10)));              // stored, answered late
 * server.script(ServerFault.resetAfterRead());                           // stored, no answer
 * server.script(ServerFault.status(429).withRetryAfter(Duration.ofSeconds(3))); // close the client meanwhile
 * }</pre>
 *
 * <p>Hostile answers, to check that code of yours stays bounded in time and memory: interim
 * {@code 1xx} answers before the final one ({@link #interim(int, Duration)}), bodies that never end
 * ({@link #endlessBody()}), are far larger than any documented answer ({@link #oversizedBody(int)}),
 * come one byte at a time ({@link #trickledBody(Duration)}), break off in the middle
 * ({@link #cutMidBody()}), or carry oversized headers ({@link #oversizedHeaders(int)}).
 */
public final class ServerFault {
    /** What the server does instead of answering normally. */
    public enum Kind {
        /** Answer normally; lets a script leave one request alone. */
        NONE,
        /** Answer an error status (with or without {@code Retry-After}) before routing; nothing stored. */
        STATUS,
        /** Store, then wait, then answer normally. */
        DELAY,
        /** Close the connection without reading the body or answering; nothing stored. */
        DROP_BEFORE_READ,
        /** Read and store, then reset the connection without an answer. */
        RESET_AFTER_READ,
        /** Store, then answer 200 with the first half of the documented JSON answer. */
        TRUNCATED_JSON,
        /** Store, then answer 200 with a given raw body (HTML, say) instead of the documented one. */
        RAW_ANSWER,
        /** Store, send the headers at once, then trickle the body out over a duration. */
        SLOW_BODY,
        /** Store, send an interim {@code 1xx} answer at once, then the final answer after a delay. */
        INTERIM,
        /** Store, then answer 200 with a chunked body of JSON-looking bytes, sent fast, that never ends. */
        ENDLESS_BODY,
        /** Store, then answer 200 with a complete, valid JSON body padded to a given size. */
        OVERSIZED_BODY,
        /** Store, send the headers at once, then the body one byte per interval. */
        TRICKLED_BODY,
        /** Store, then answer 200 announcing the whole body's length, send half of it and reset the connection. */
        CUT_MID_BODY,
        /** Store, then answer 200 normally, with an extra header of a given size. */
        OVERSIZED_HEADERS,
        /** Store, then answer an error status (a 500, say) as if the store had failed. */
        STATUS_AFTER_STORING,
        /** Read the request, then reset the connection without an answer; nothing stored. */
        RESET_WITHOUT_STORING,
        /** Read the request, wait, then reset the connection without an answer; nothing stored. */
        STALL_WITHOUT_STORING,
        /** Read the request, wait, then store and answer normally, long after a client stopped waiting. */
        STORE_LATER
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Kind kind;
    private final int status;
    private final String errorCode;
    private final String retryAfter;
    private final Duration duration;
    private final String contentType;
    private final String body;
    private final int size;

    private ServerFault(Kind kind, int status, String errorCode, String retryAfter, Duration duration,
            String contentType, String body) {
        this(kind, status, errorCode, retryAfter, duration, contentType, body, 0);
    }

    private ServerFault(Kind kind, int status, String errorCode, String retryAfter, Duration duration,
            String contentType, String body, int size) {
        this.kind = kind;
        this.status = status;
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
        this.duration = duration;
        this.contentType = contentType;
        this.body = body;
        this.size = size;
    }

    private static ServerFault of(Kind kind) {
        return new ServerFault(kind, -1, null, null, Duration.ZERO, null, null);
    }

    /** {@return no fault: the request is handled normally} */
    public static ServerFault none() {
        return of(Kind.NONE);
    }

    /**
     * {@return an error answer before the request is routed: nothing is stored}
     *
     * @param status an HTTP status from 400 to 599
     * @throws IllegalArgumentException for another status
     */
    public static ServerFault status(int status) {
        return status(status, null);
    }

    /**
     * {@return an error answer with an {@code ERROR_*} code in its body; nothing is stored}
     *
     * @param status an HTTP status from 400 to 599
     * @param errorCode the code, or {@code null} for a body without one
     * @throws IllegalArgumentException for another status
     */
    public static ServerFault status(int status, String errorCode) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 400 to 599, not " + status);
        }
        return new ServerFault(Kind.STATUS, status, errorCode, null, Duration.ZERO, null, null);
    }

    /**
     * {@return this status fault with {@code Retry-After} in whole seconds, rounded up}
     *
     * @param wait zero or positive
     * @throws IllegalStateException if this is not a {@link Kind#STATUS} fault
     */
    public ServerFault withRetryAfter(Duration wait) {
        if (Objects.requireNonNull(wait, "wait").isNegative()) {
            throw new IllegalArgumentException("Retry-After must not be negative: " + wait);
        }
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return withRetryAfterValue(Long.toString(seconds));
    }

    /**
     * {@return this status fault with {@code Retry-After} as an HTTP date (RFC 9110), e.g.
     * {@code Wed, 21 Oct 2015 07:28:00 GMT}; a date in the past means "now"}
     *
     * @param at when to come back; sent to the second
     * @throws IllegalStateException if this is not a {@link Kind#STATUS} fault
     */
    public ServerFault withRetryAfterDate(Instant at) {
        return withRetryAfterValue(HTTP_DATE.format(Objects.requireNonNull(at, "at")));
    }

    private ServerFault withRetryAfterValue(String value) {
        if (kind != Kind.STATUS) {
            throw new IllegalStateException("only a status fault carries Retry-After, not " + kind);
        }
        return new ServerFault(kind, status, errorCode, value, duration, contentType, body);
    }

    /**
     * {@return a late answer: the message is stored at once, the answer comes after the delay}
     *
     * @param delay zero or positive; the server's handler thread waits (interruptibly)
     */
    public static ServerFault delay(Duration delay) {
        return new ServerFault(Kind.DELAY, -1, null, null, nonNegative(delay), null, null);
    }

    /**
     * {@return a dropped connection: the server closes it without reading the body or answering.
     * Nothing is stored; the request is recorded with its headers and an empty body}
     */
    public static ServerFault dropBeforeRead() {
        return of(Kind.DROP_BEFORE_READ);
    }

    /**
     * {@return a reset: the server reads the request and stores the message, then resets the
     * connection (TCP RST) without an answer}
     */
    public static ServerFault resetAfterRead() {
        return of(Kind.RESET_AFTER_READ);
    }

    /** {@return a truncated answer: stored, then 200 with the first half of the documented JSON} */
    public static ServerFault truncatedJson() {
        return of(Kind.TRUNCATED_JSON);
    }

    /** {@return a non-JSON answer: stored, then 200 {@code text/html}, like a proxy's error page} */
    public static ServerFault nonJson() {
        return rawAnswer("text/html; charset=utf-8", "<html><body><h1>502 Bad Gateway</h1></body></html>");
    }

    /**
     * {@return a garbled answer: stored, then 200 with this body instead of the documented one}
     *
     * @param contentType the answer's {@code Content-Type}
     * @param body the answer's body
     */
    public static ServerFault rawAnswer(String contentType, String body) {
        return new ServerFault(Kind.RAW_ANSWER, -1, null, null, Duration.ZERO,
                Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(body, "body"));
    }

    /**
     * {@return a slow answer: stored, the status and headers come at once, then the body trickles
     * out in small pieces spread over the duration}
     *
     * @param total how long the body takes, zero or positive
     */
    public static ServerFault slowBody(Duration total) {
        return new ServerFault(Kind.SLOW_BODY, -1, null, null, nonNegative(total), null, null);
    }

    /**
     * {@return an interim answer first: the message is stored, the server writes the interim status
     * line (and, for 103, a {@code Link} header) at once, waits, then writes the usual final answer}
     * The final answer comes on the same connection, so a client that took the interim answer for
     * the final one would read it as the answer to its next request there:
     *
     * <pre>{@code
     * server.script(ServerFault.interim(102, Duration.ofMillis(500)), ServerFault.status(400));
     * // send 1 must get its own 200 (or fail), send 2 its own 400
     * }</pre>
     *
     * @param status an interim status from 100 to 199, except 101 (Switching Protocols, which is final)
     * @param finalAfter how long after the interim answer the final one comes, zero or positive
     * @throws IllegalArgumentException for another status
     */
    public static ServerFault interim(int status, Duration finalAfter) {
        if (status < 100 || status > 199 || status == 101) {
            throw new IllegalArgumentException("an interim status is 100 to 199 except 101, not " + status);
        }
        return new ServerFault(Kind.INTERIM, status, null, null, nonNegative(finalAfter), null, null);
    }

    /**
     * {@return an endless answer: stored, then 200 with a chunked body of JSON-looking bytes written
     * as fast as the client reads, until the client closes the connection or the server closes}
     * A client that buffers answers without a limit runs out of memory.
     */
    public static ServerFault endlessBody() {
        return of(Kind.ENDLESS_BODY);
    }

    /**
     * {@return an oversized answer: stored, then 200 with a {@code Content-Length} of {@code size}
     * bytes of valid JSON: the documented answer with a padding field}
     * A client without an answer-size limit reads it as a success.
     *
     * @param size the body's length in bytes, from 1 KiB to 1 GiB
     * @throws IllegalArgumentException for another size
     */
    public static ServerFault oversizedBody(int size) {
        if (size < 1024 || size > (1 << 30)) {
            throw new IllegalArgumentException("an oversized body is 1 KiB to 1 GiB, not " + size + " bytes");
        }
        return new ServerFault(Kind.OVERSIZED_BODY, -1, null, null, Duration.ZERO, null, null, size);
    }

    /**
     * {@return a trickled answer: stored, the status and headers (with the whole body's
     * {@code Content-Length}) come at once, then the body one byte per interval}
     * With one second, a documented answer of about 150 bytes takes over two minutes: an idle
     * timeout never fires, only a deadline on the whole exchange ends it.
     *
     * @param perByte the wait before each byte, positive
     */
    public static ServerFault trickledBody(Duration perByte) {
        if (nonNegative(perByte).isZero()) {
            throw new IllegalArgumentException("a trickle waits a positive time per byte");
        }
        return new ServerFault(Kind.TRICKLED_BODY, -1, null, null, perByte, null, null);
    }

    /**
     * {@return an answer cut in the middle: stored, then 200 with the whole documented body's
     * {@code Content-Length}, the first half of the body, and a reset (TCP RST) of the connection}
     */
    public static ServerFault cutMidBody() {
        return of(Kind.CUT_MID_BODY);
    }

    /**
     * {@return an answer with oversized headers: stored, then the documented 200 with an extra
     * {@code X-Padding} header whose value is {@code size} bytes long}
     *
     * @param size the padding header's value length, from 1 to 1 MiB
     * @throws IllegalArgumentException for another size
     */
    public static ServerFault oversizedHeaders(int size) {
        if (size < 1 || size > (1 << 20)) {
            throw new IllegalArgumentException("an oversized header is 1 byte to 1 MiB, not " + size);
        }
        return new ServerFault(Kind.OVERSIZED_HEADERS, -1, null, null, Duration.ZERO, null, null, size);
    }

    /**
     * {@return an error answer after the message was stored: the client sees a failure (a 5xx is an
     * unknown outcome) although its message is there}
     *
     * @param status an HTTP status from 400 to 599
     * @throws IllegalArgumentException for another status
     */
    public static ServerFault statusAfterStoring(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 400 to 599, not " + status);
        }
        return new ServerFault(Kind.STATUS_AFTER_STORING, status, null, null, Duration.ZERO, null, null);
    }

    /** {@return a reset without storing: the server reads the request, stores nothing and resets the connection} */
    public static ServerFault resetWithoutStoring() {
        return of(Kind.RESET_WITHOUT_STORING);
    }

    /**
     * {@return a stall without storing: the server reads the request, waits, then resets the
     * connection; nothing is stored, so a client that timed out meanwhile must not take it for sent}
     *
     * @param stall zero or positive; the server's handler thread waits (interruptibly)
     */
    public static ServerFault stallWithoutStoring(Duration stall) {
        return new ServerFault(Kind.STALL_WITHOUT_STORING, -1, null, null, nonNegative(stall), null, null);
    }

    /**
     * {@return a late store: the server reads the request, waits, and only then stores the message
     * and answers; with a delay longer than the client's timeout the client has given up before the
     * message exists, as when a busy server processes a request late}
     *
     * @param delay zero or positive; the server's handler thread waits (interruptibly)
     */
    public static ServerFault storeAfter(Duration delay) {
        return new ServerFault(Kind.STORE_LATER, -1, null, null, nonNegative(delay), null, null);
    }

    /** {@return the size of a {@link Kind#OVERSIZED_BODY} or {@link Kind#OVERSIZED_HEADERS} fault in bytes; 0 otherwise} */
    public int size() {
        return size;
    }

    /** {@return what the server does} */
    public Kind kind() {
        return kind;
    }

    /** {@return whether a valid send is stored despite the fault} */
    public boolean storesMessage() {
        return kind != Kind.STATUS && kind != Kind.DROP_BEFORE_READ && kind != Kind.RESET_WITHOUT_STORING
                && kind != Kind.STALL_WITHOUT_STORING;
    }

    /** {@return the status of a {@link Kind#STATUS}, {@link Kind#STATUS_AFTER_STORING} or {@link Kind#INTERIM} fault} */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return the {@code ERROR_*} code of a {@link Kind#STATUS} fault, if any} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return the {@code Retry-After} header value of a {@link Kind#STATUS} fault, if any} */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * {@return the delay of a {@link Kind#DELAY}, the duration of a {@link Kind#SLOW_BODY}, the wait
     * per byte of a {@link Kind#TRICKLED_BODY}, the wait for the final answer of an {@link Kind#INTERIM},
     * the wait of a {@link Kind#STALL_WITHOUT_STORING} or {@link Kind#STORE_LATER}; zero otherwise}
     */
    public Duration duration() {
        return duration;
    }

    /** {@return the content type of a {@link Kind#RAW_ANSWER}, if any} */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** {@return the body of a {@link Kind#RAW_ANSWER}, if any} */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ServerFault)) {
            return false;
        }
        ServerFault f = (ServerFault) o;
        return kind == f.kind && status == f.status && Objects.equals(errorCode, f.errorCode)
                && Objects.equals(retryAfter, f.retryAfter) && duration.equals(f.duration)
                && Objects.equals(contentType, f.contentType) && Objects.equals(body, f.body) && size == f.size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, status, errorCode, retryAfter, duration, contentType, body, size);
    }

    @Override
    public String toString() {
        switch (kind) {
            case STATUS:
                return "ServerFault[" + status + (errorCode == null ? "" : " " + errorCode)
                        + (retryAfter == null ? "" : ", Retry-After: " + retryAfter) + "]";
            case STATUS_AFTER_STORING:
                return "ServerFault[" + status + " after storing]";
            case DELAY:
            case SLOW_BODY:
            case TRICKLED_BODY:
            case STALL_WITHOUT_STORING:
            case STORE_LATER:
                return "ServerFault[" + kind + " " + duration + "]";
            case INTERIM:
                return "ServerFault[INTERIM " + status + ", final after " + duration + "]";
            case OVERSIZED_BODY:
            case OVERSIZED_HEADERS:
                return "ServerFault[" + kind + " " + size + " bytes]";
            case RAW_ANSWER:
                return "ServerFault[RAW_ANSWER " + contentType + "]";
            default:
                return "ServerFault[" + kind + "]";
        }
    }

    private static Duration nonNegative(Duration d) {
        if (Objects.requireNonNull(d, "duration").isNegative()) {
            throw new IllegalArgumentException("must not be negative: " + d);
        }
        return d;
    }
}
