package dev.acquire4j.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.CasePage;
import dev.acquire4j.domain.CaseQuery;
import dev.acquire4j.domain.CaseRelation;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.protocol.spi.AnswerCutException;
import dev.acquire4j.protocol.spi.AnswerTooLargeException;
import dev.acquire4j.protocol.spi.Header;
import dev.acquire4j.protocol.spi.WireAnswer;
import dev.acquire4j.protocol.spi.WireRequest;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Acquire wire protocol, shared by every transport: turns each operation into a {@link Call}
 * (its {@link WireRequest} and answer reader), and an HTTP answer or a transport failure into the
 * result or the right {@link SendFailedException}. A transport only moves bytes.
 *
 * <p>Thread-safe and immutable; make one per client and share it. It holds the client's API key
 * (to build the {@code Authorization} header and to mask the key in error bodies) and never shows it.
 */
public final class AcquireProtocol {
    private final URI baseUri;
    private final ClientSettings settings;
    /** The URIs that do not depend on the message, built once rather than per send. */
    private final URI mailUri;
    private final Map<SenderRole, URI> smsUris = new EnumMap<>(SenderRole.class);
    private final Map<SenderRole, Endpoints.ChatUri> chatUris = new EnumMap<>(SenderRole.class);
    private final List<Header> headers;
    private final RequestBodies bodies;
    private final AnswerReader answers;
    private final StatusFailures failures;
    private final CaseRequests caseRequests;
    private final CaseAnswers caseAnswers;
    private final LifecycleRequests lifecycleRequests;
    private final LifecycleAnswers lifecycleAnswers;
    private final CasePageReader casePages;

    /**
     * Prepares the protocol for one client.
     *
     * @param settings the client's settings: base URI, key, default sender role, application name
     */
    public AcquireProtocol(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.baseUri = settings.baseUri();
        this.mailUri = Endpoints.uri(baseUri, Endpoints.MAIL_PATH);
        for (SenderRole role : SenderRole.values()) {
            smsUris.put(role, Endpoints.uri(baseUri, Endpoints.SMS_PATH, Endpoints.SENDER_ROLE_PARAM, role.wireName()));
            chatUris.put(role, Endpoints.ChatUri.of(baseUri, role.wireName()));
        }
        // One mapper per client; only its streaming factory is used, to read and write without a tree.
        JsonFactory json = new JsonFactory();
        String key = settings.apiKey().reveal();
        // The same four headers go with every request: built and checked once.
        this.headers = List.of(
                new Header(Header.AUTHORIZATION, "Bearer " + key),
                new Header("Content-Type", "application/json"),
                new Header("Accept", "application/json"),
                new Header("User-Agent", UserAgent.value(settings.applicationName())));
        this.bodies = new RequestBodies(json);
        this.answers = new AnswerReader(json);
        this.failures = new StatusFailures(new ErrorBodies(json, key));
        this.caseRequests = new CaseRequests(baseUri, headers);
        this.caseAnswers = new CaseAnswers(json);
        this.lifecycleRequests = new LifecycleRequests(baseUri, json, headers);
        this.lifecycleAnswers = new LifecycleAnswers(json);
        this.casePages = new CasePageReader(json);
    }

    /**
     * {@return the call that sends a message: never repeated when its outcome is unknown}
     *
     * @param message a validated chat message, mail or SMS
     */
    public Call<SentMessage> call(OutboundMessage message) {
        WireRequest wire = request(Objects.requireNonNull(message, "message"));
        Channel channel = message.channel();
        return new Call<>(wire, body -> answers.read(channel, body), message, message.caseId(), message.contactId());
    }

    /**
     * {@return the call that fetches one case: {@code GET /api/v1/crm/objects/case/{id}?relations=contact}}
     *
     * @param id the case id
     */
    public Call<SupportCase> getCase(CaseId id) {
        return new Call<>(caseRequests.get(Objects.requireNonNull(id, "id")), caseAnswers::one, null, id, null);
    }

    /**
     * {@return the call that lists a contact's cases: {@code GET /api/v1/crm/objects/case?where=contactId|eq|N&relations=contact|timeline}}
     *
     * @param contact the contact
     */
    public Call<List<SupportCase>> casesOfContact(ContactId contact) {
        return new Call<>(caseRequests.listOfContact(Objects.requireNonNull(contact, "contact")), caseAnswers::page,
                null, null, contact);
    }

    /**
     * {@return the call that reads a case with its stored messages, through the case list:
     * {@code GET /api/v1/crm/objects/case?where=id|eq|N&relations=contact|messages|timeline};
     * empty when the list has no such case}
     *
     * <p>The answer must carry a readable {@code messages} array for the case, or it is a
     * {@code MalformedResponseException}: a list that could not be read is never taken for "no messages".
     *
     * @param id the case id
     */
    public Call<Optional<ListedCase>> caseWithMessages(CaseId id) {
        Objects.requireNonNull(id, "id");
        return new Call<>(caseRequests.withMessages(id), body -> casePages.read(body, true).cases().stream()
                .filter(c -> c.supportCase().id().equals(id)).findFirst(), null, id, null);
    }

    /**
     * {@return the call that fetches one page of a case list query: {@code GET /api/v1/crm/objects/case}
     * with the query's {@code where}, {@code select}, {@code relations} and {@code page}}
     *
     * @param query the checked query
     */
    public Call<CasePage> listCases(CaseQuery query) {
        boolean messages = Objects.requireNonNull(query, "query").relations().contains(CaseRelation.MESSAGES);
        return new Call<>(caseRequests.query(query), body -> casePages.read(body, messages), null, null, null);
    }

    /**
     * {@return the call that lists the cases of a contact's thread: {@code GET /api/v1/crm/messenger/chat/messages?contactId=N&threadId=N}}
     *
     * @param contact the contact that owns the thread
     * @param thread the thread
     */
    public Call<List<SupportCase>> casesOfThread(ContactId contact, ThreadId thread) {
        return new Call<>(caseRequests.listOfThread(Objects.requireNonNull(contact, "contact"),
                Objects.requireNonNull(thread, "thread")), caseAnswers::page, null, null, contact);
    }

    /**
     * {@return the call that opens a chat case: {@code POST /api/v1/crm/messenger/chat/create?contactId=N};
     * it creates a case, so it is not repeated when its outcome is unknown}
     *
     * @param contact the contact
     */
    public Call<SupportCase> openCase(ContactId contact) {
        return new Call<>(caseRequests.open(Objects.requireNonNull(contact, "contact")), caseAnswers::one,
                null, null, contact);
    }

    /**
     * {@return the call that opens a case with options: {@code POST /api/v1/crm/messenger/chat/create?contactId=N};
     * not repeated when its outcome is unknown}
     *
     * @param opening the contact and the options
     */
    public Call<SupportCase> openCase(CaseOpening opening) {
        Objects.requireNonNull(opening, "opening");
        return new Call<>(lifecycleRequests.open(opening), caseAnswers::one, null, null, opening.contactId());
    }

    /**
     * {@return the call that reopens a closed thread: the create request with {@code threadId} in the
     * body; not repeated when its outcome is unknown}
     *
     * @param opening the contact and the options
     * @param thread the thread
     */
    public Call<SupportCase> reopenCase(CaseOpening opening, ThreadId thread) {
        Objects.requireNonNull(opening, "opening");
        return new Call<>(lifecycleRequests.reopen(opening, Objects.requireNonNull(thread, "thread")), caseAnswers::one,
                null, null, opening.contactId());
    }

    /**
     * {@return the call that closes a case: {@code POST /api/v1/crm/messenger/chat/close}; not repeated
     * when its outcome is unknown}
     *
     * @param closing the case and the options
     */
    public Call<ClosedCase> closeCase(CaseClosing closing) {
        Objects.requireNonNull(closing, "closing");
        return new Call<>(lifecycleRequests.close(closing), lifecycleAnswers.closed(closing.caseId()), null,
                closing.caseId(), null);
    }

    /**
     * {@return the call that fetches a stored message: {@code GET /api/v1/crm/objects/case-message/{id}}}
     *
     * @param id the message id
     */
    public Call<CaseMessage> getMessage(MessageId id) {
        return new Call<>(lifecycleRequests.getMessage(Objects.requireNonNull(id, "id")), lifecycleAnswers::message,
                null, null, null);
    }

    /**
     * {@return the call that replaces a stored message's text: {@code POST /api/v1/crm/messenger/chat/message/{id}};
     * repeated after an unknown outcome, as it carries the whole text}
     *
     * @param id the message id
     * @param edit the new text
     */
    public Call<CaseMessage> editMessage(MessageId id, MessageEdit edit) {
        return new Call<>(lifecycleRequests.editMessage(Objects.requireNonNull(id, "id"), Objects.requireNonNull(edit, "edit")),
                lifecycleAnswers::message, null, null, null);
    }

    /**
     * {@return the call that deletes a stored message: {@code DELETE /api/v1/crm/objects/case-message/{id}};
     * not repeated when its outcome is unknown}
     *
     * @param id the message id
     */
    public Call<DeletedMessage> deleteMessage(MessageId id) {
        return new Call<>(lifecycleRequests.deleteMessage(Objects.requireNonNull(id, "id")), lifecycleAnswers.deleted(id),
                null, null, null);
    }

    /**
     * Reads a complete HTTP answer to a call.
     *
     * @param <T> the result type
     * @param call the call it answers
     * @param status the HTTP status
     * @param header looks up an answer header by lower-case name, case-insensitively; empty when absent
     * @param body the whole answer body, possibly empty
     * @param attempts how many requests this call has made, this one included
     * @return the result, for a 2xx answer that is readable
     * @throws SendFailedException the subtype for the status (see {@link StatusFailures}), or
     *     {@code MalformedResponseException} for a 2xx answer that cannot be read; never a Jackson exception
     */
    public <T> T read(Call<T> call, int status, Function<String, Optional<String>> header, byte[] body, int attempts) {
        byte[] bytes = body == null ? new byte[0] : body;
        WireRequest request = call.request();
        if (status < 200 || status > 299) {
            throw failures.forStatus(request, status, header, bytes, attempts);
        }
        try {
            return call.reader().read(bytes);
        } catch (UnreadableAnswerException e) {
            throw failures.malformed(request, status, header, bytes, attempts, e.getMessage());
        }
    }

    /**
     * {@return the failure for an answer whose body was larger than {@link ClientSettings#maxAnswerBytes()}}:
     * for a 2xx a {@code MalformedResponseException} (the operation may have had its effect; never
     * retried), for another status the failure that status gives, with the body read so far
     *
     * @param request the request it answers
     * @param tooLarge what the transport reported: the status, the headers and the start of the body
     * @param attempts how many requests this operation has made, this one included
     */
    public SendFailedException answerTooLarge(WireRequest request, AnswerTooLargeException tooLarge, int attempts) {
        WireAnswer start = tooLarge.start();
        if (start.status() < 200 || start.status() > 299) {
            return failures.forStatus(request, start.status(), start.header(), start.body(), attempts);
        }
        return failures.malformed(request, start.status(), start.header(), new byte[0], attempts,
                "was larger than the limit of " + settings.maxAnswerBytes() + " bytes (ClientSettings.maxAnswerBytes)");
    }

    /**
     * {@return the failure for an answer whose head came but whose body did not arrive whole}: a
     * non-2xx is the failure its status gives (with the part of the body that came); a 2xx means
     * the server processed the request, and its failure keeps the status so that no retry policy
     * repeats it (see {@link RetryDecider})
     *
     * @param request the request it answers
     * @param cut what the transport reported
     * @param attempts how many requests the operation has made, this one included
     */
    public SendFailedException answerCut(WireRequest request, AnswerCutException cut, int attempts) {
        WireAnswer head = cut.head();
        if (head.status() < 200 || head.status() > 299) {
            return failures.forStatus(request, head.status(), head.header(), head.body(), attempts);
        }
        return failures.cutSuccess(request, head.status(), head.header(), head.body(), attempts,
                TransportFailures.isTimeout(cut.getCause()), cut.getCause() == null ? cut : cut.getCause());
    }

    /**
     * {@return the failure for an answer whose head came but could not be read}: a
     * {@code MalformedResponseException} without a status, which no retry policy repeats (see
     * {@link RetryDecider}), as the server had the request
     *
     * @param request the request it answers
     * @param cause the transport's failure while reading the head
     * @param attempts how many requests the operation has made, this one included
     */
    public SendFailedException answerUnreadable(WireRequest request, Throwable cause, int attempts) {
        return failures.unreadableHead(request, attempts, cause);
    }

    private WireRequest request(OutboundMessage message) {
        if (message instanceof ChatMessage m) {
            URI uri = chatUris.get(m.senderRole().orElse(settings.defaultSenderRole())).with(m.contactId().value());
            return new WireRequest(Operation.SEND_CHAT, Endpoints.POST, uri, Endpoints.CHAT, headers, bodies.chat(m));
        }
        if (message instanceof MailMessage m) {
            return new WireRequest(Operation.SEND_MAIL, Endpoints.POST, mailUri, Endpoints.MAIL, headers, bodies.mail(m));
        }
        SmsMessage m = (SmsMessage) message;
        URI uri = smsUris.get(m.senderRole().orElse(settings.defaultSenderRole()));
        return new WireRequest(Operation.SEND_SMS, Endpoints.POST, uri, Endpoints.SMS, headers, bodies.sms(m));
    }

    /**
     * Classifies a failure that left no HTTP answer.
     *
     * @param request the request that failed
     * @param cause the transport's exception, kept as the cause
     * @param requestWritten {@code false} when the request certainly did not reach the server
     *     (connect failed): gives {@code ConnectionFailedException}, safe to retry; {@code true} when
     *     it may have: gives {@code ResponseTimeoutException} or {@code OutcomeUnknownException}
     * @param attempts how many requests this operation has made, this one included
     * @return the error to throw or complete with; a {@code cause} that already is one is returned as is
     */
    public SendFailedException transportFailure(WireRequest request, Throwable cause, boolean requestWritten, int attempts) {
        return TransportFailures.classify(request, cause, requestWritten, attempts);
    }

    /** {@return the settings without the key} */
    @Override
    public String toString() {
        return "AcquireProtocol[baseUri=" + baseUri + "]";
    }
}
