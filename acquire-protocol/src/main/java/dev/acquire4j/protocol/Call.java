package dev.acquire4j.protocol;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.protocol.spi.WireRequest;
import java.util.Objects;

/**
 * One operation's request with the reader of its 2xx answer and what it is about (for log lines
 * and the listener). Immutable and thread-safe; made by {@link AcquireProtocol}, run by the client
 * core, read back with {@link AcquireProtocol#read(Call, int, java.util.function.Function, byte[], int)}.
 *
 * @param <T> what a 2xx answer is read into
 */
public final class Call<T> {
    private final WireRequest request;
    private final AnswerBody<T> reader;
    private final OutboundMessage message;
    private final CaseId caseId;
    private final ContactId contactId;

    Call(WireRequest request, AnswerBody<T> reader, OutboundMessage message, CaseId caseId, ContactId contactId) {
        this.request = Objects.requireNonNull(request, "request");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.message = message;
        this.caseId = caseId;
        this.contactId = contactId;
    }

    /** {@return the request to send} */
    public WireRequest request() {
        return request;
    }

    /** {@return the operation; whether repeating it is harmless is {@link Operation#idempotent()}} */
    public Operation operation() {
        return request.operation();
    }

    /** {@return the message a send carries, or {@code null} for another operation} */
    public OutboundMessage message() {
        return message;
    }

    /** {@return the case the operation is about, or {@code null} when it names none} */
    public CaseId caseId() {
        return caseId;
    }

    /** {@return the contact the operation is about, or {@code null} when it names none} */
    public ContactId contactId() {
        return contactId;
    }

    AnswerBody<T> reader() {
        return reader;
    }

    /** {@return the request, without body or key} */
    @Override
    public String toString() {
        return "Call[" + operation().tag() + ", " + request + "]";
    }
}
