package dev.acquire4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.PhoneNumber;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.RecordedRequest;
import dev.acquire4j.tck.internal.Json;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * The base of the contract classes: one fixture per rule, sending in the fixture's style, and the
 * messages rules send. Not a rule group itself. Each rule runs on its own fixture, so instances
 * are not shared between threads except inside the concurrency rules.
 */
public abstract class ContractSupport {
    /** A bound on waiting for one async send, so a lost completion fails instead of hanging the build. */
    private static final long ASYNC_LIMIT_SECONDS = 60;
    /** The sending inbox and number of every message the suite builds. */
    protected static final EmailAddress INBOX = EmailAddress.parse("support@shop.example");
    /** The Acquire-connected number SMS are sent from. */
    protected static final PhoneNumber SENDER_NUMBER = PhoneNumber.parse("+12513188609");
    /** The contact's number SMS are sent to. */
    protected static final PhoneNumber CONTACT_NUMBER = PhoneNumber.parse("+919666929552");

    private ContractFixture current;

    /** Creates the contract; subclasses provide {@link #fixture()}. */
    protected ContractSupport() {}

    /**
     * {@return a new, unopened fixture for one rule: the one method an adapter's test implements}
     */
    protected abstract ContractFixture fixture();

    /** Opens a fresh fixture before each rule. */
    @BeforeEach
    public final void openFixture() {
        current = fixture();
        current.open();
    }

    /** Closes the rule's fixture and every client it made. */
    @AfterEach
    public final void closeFixture() {
        if (current != null) {
            current.close();
        }
    }

    /** {@return the fixture of the running rule} */
    protected final ContractFixture current() {
        return current;
    }

    /** {@return the fake account of the running rule} */
    protected final AcquireState state() {
        return current.state();
    }

    /**
     * Skips the running rule unless the fixture can show what it needs.
     *
     * @param capability what the rule needs
     * @param reason why, shown with the skipped rule
     */
    protected final void assume(Capability capability, String reason) {
        Assumptions.assumeTrue(current.supports(capability), reason);
    }

    /** Skips the running rule when the fixture has no wire to inspect. */
    protected final void requireWire() {
        assume(Capability.WIRE, "this fixture sends no HTTP request, so there is no wire to inspect");
    }

    /** {@return the requests on the wire so far; skips the rule when the fixture has no wire} */
    protected final List<RecordedRequest> wire() {
        requireWire();
        return current.requests();
    }

    /** {@return how many requests went over the wire, or 0 for a fixture without a wire} */
    protected final int requestsSeen() {
        return current.supports(Capability.WIRE) ? current.requests().size() : 0;
    }

    /**
     * {@return a recorded body as JSON}
     *
     * @param request a recorded request
     */
    protected static JsonNode json(RecordedRequest request) {
        try {
            return Json.MAPPER.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("the request body is not JSON: " + request, e);
        }
    }

    /**
     * Asserts two JSON trees are equal, numbers compared by value: Jackson keeps {@code 7} read
     * from the wire as an int node and {@code put("id", 7L)} as a long node, which plain
     * {@code equals} tells apart.
     *
     * @param expected the expected tree
     * @param actual the tree received
     */
    protected static void assertJsonEquals(JsonNode expected, JsonNode actual) {
        Comparator<JsonNode> byValue = (a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                return a.isIntegralNumber() && b.isIntegralNumber() ? a.bigIntegerValue().compareTo(b.bigIntegerValue())
                        : a.decimalValue().compareTo(b.decimalValue());
            }
            return a.equals(b) ? 0 : 1;
        };
        if (!expected.equals(byValue, actual)) {
            assertEquals(expected.toString(), actual.toString(), "the request body is not the documented one");
            fail("the request body is not the documented one: " + actual);
        }
    }

    /**
     * Sends through the channel's own sender in the fixture's style and waits for the result.
     *
     * @param client the client under test
     * @param message the message
     * @return the result
     */
    protected final SentMessage send(AcquireClient client, OutboundMessage message) {
        if (current.style() == SendStyle.BLOCKING) {
            if (message instanceof ChatMessage) {
                return client.chat().send((ChatMessage) message);
            } else if (message instanceof MailMessage) {
                return client.mail().send((MailMessage) message);
            }
            return client.sms().send((SmsMessage) message);
        }
        return await(startAsync(client, message));
    }

    /**
     * Sends and expects a failure of this type.
     *
     * @param <T> the exception type
     * @param type the exception type
     * @param client the client under test
     * @param message the message
     * @return the exception, for further checks
     */
    protected final <T extends Throwable> T sendFails(Class<T> type, AcquireClient client, OutboundMessage message) {
        Executable sending = () -> send(client, message);
        return assertThrows(type, sending, () -> current.style() + " send of a " + message.channel().wireName()
                + " message should fail with " + type.getSimpleName());
    }

    /**
     * Starts an async send through the channel's own sender; a send that throws instead of
     * returning a stage fails the rule, as the ports forbid it.
     *
     * @param client the client under test
     * @param message the message
     * @return the stage
     */
    protected static CompletionStage<SentMessage> startAsync(AcquireClient client, OutboundMessage message) {
        try {
            if (message instanceof ChatMessage) {
                return client.async().chat().send((ChatMessage) message);
            } else if (message instanceof MailMessage) {
                return client.async().mail().send((MailMessage) message);
            }
            return client.async().sms().send((SmsMessage) message);
        } catch (RuntimeException e) {
            return fail("an async send must report failures in its stage, but it threw " + e.getClass().getName(), e);
        }
    }

    private static SentMessage await(CompletionStage<SentMessage> stage) {
        try {
            return stage.toCompletableFuture().get(ASYNC_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // get() has already unwrapped a CompletionException; what is left is the send's own failure.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AssertionError("the stage failed with a checked exception", cause);
        } catch (TimeoutException e) {
            throw new AssertionError("the async send did not complete within " + ASYNC_LIMIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an async send", e);
        }
    }

    /**
     * {@return a chat message to a case's contact, addressed by bare id so that only the server judges the case}
     *
     * @param c the case
     * @param text the text
     */
    protected static ChatMessage chat(SupportCase c, String text) {
        return ChatMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).text(text).build();
    }

    /**
     * {@return an e-mail to a case's contact, addressed by bare id}
     *
     * @param c the case
     * @param html the HTML body
     */
    protected static MailMessage mail(SupportCase c, String html) {
        return MailMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow()).from(INBOX)
                .addTo(EmailAddress.parse("ann@customer.example")).addCc(EmailAddress.parse("team@shop.example"))
                .subject("Your order").htmlBody(html).build();
    }

    /**
     * {@return an SMS to a case's contact, addressed by bare ids (case and timeline)}
     *
     * @param c the case
     * @param text the text
     */
    protected static SmsMessage sms(SupportCase c, String text) {
        return SmsMessage.builder().caseId(c.id()).contactId(c.contactId().orElseThrow())
                .timelineId(c.timelineId().orElseThrow()).from(SENDER_NUMBER).to(CONTACT_NUMBER).text(text).build();
    }
}
