package dev.acquire4j.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.webhooks.WebhookVerificationException.Reason;
import dev.acquire4j.webhooks.events.WebhookParseException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies an attacker can send without knowing the secret: deep nesting meant to overflow the stack,
 * and bodies whose bytes differ in value from the form the signature covers.
 */
class HostileBodiesTest {
    /** Small enough that about a thousand levels of recursion overflow it. */
    private static final long SMALL_STACK = 64 * 1024;

    private final WebhookVerifier verifier = WebhookVerifier.of(WebhookSecret.of(Samples.SECRET));

    @Test
    void refusesABodyNestedAThousandDeepOnASmallStackWithATypedException() throws InterruptedException {
        byte[] deep = Samples.utf8(nested(1000)); // about 6 KB
        String otherSignature = Samples.hmacHex(Samples.SECRET, Samples.utf8("{}"));
        String ownSignature = Samples.hmacHex(Samples.SECRET, deep);

        // Not signed: only the JSON.stringify form could match, and building it must not recurse 1000 deep.
        WebhookVerificationException unsigned = assertInstanceOf(WebhookVerificationException.class,
                onSmallStack(() -> verifier.verifyAndParse(deep, otherSignature)));
        assertEquals(Reason.SIGNATURE_MISMATCH, unsigned.reason());
        assertInstanceOf(WebhookVerificationException.class, onSmallStack(() -> verifier.verify(deep, otherSignature)));

        // Signed as it is: reading it must refuse the depth, not overflow.
        WebhookParseException tooDeep = assertInstanceOf(WebhookParseException.class,
                onSmallStack(() -> verifier.verifyAndParse(deep, ownSignature)));
        assertTrue(tooDeep.getMessage().contains(String.valueOf(WebhookEvents.MAX_NESTING_DEPTH)), tooDeep.getMessage());
        assertInstanceOf(WebhookParseException.class, onSmallStack(() -> WebhookEvents.parse(deep)));
    }

    @Test
    void acceptsABodyAtTheNestingLimitOnASmallStack() throws InterruptedException {
        String body = nested(WebhookEvents.MAX_NESTING_DEPTH);
        String compact = Samples.hmacHex(Samples.SECRET, Samples.utf8(body));
        byte[] pretty = Samples.utf8(body.replace(":", ": "));
        assertNull(onSmallStack(() -> verifier.verifyAndParse(pretty, compact)), "verifies and parses via stringify");
        assertNull(onSmallStack(() -> verifier.verifyAndParse(Samples.utf8(body), compact)));
        assertThrows(WebhookParseException.class, () -> WebhookEvents.parse(Samples.utf8(nested(WebhookEvents.MAX_NESTING_DEPTH + 1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9007199254740993", "0.30000000000000001", "1e400", "-1e400", "123456789012345678901234567890"})
    void refusesRawBytesWhoseNumbersWereNotSigned(String number) {
        // The sender signed what JSON.stringify made of the number; the bytes say something else.
        String sent = "{\"event\":\"case:status\",\"data\":{\"caseId\":1,\"n\":" + number + "}}";
        String signed = "{\"event\":\"case:status\",\"data\":{\"caseId\":1,\"n\":"
                + dev.acquire4j.webhooks.internal.JsNumber.toJs(Double.parseDouble(number)) + "}}";
        String sig = Samples.hmacHex(Samples.SECRET, Samples.utf8(signed));
        assertDoesNotThrow(() -> verifier.verify(Samples.utf8(signed), sig), "the signed form itself passes");
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(Samples.utf8(sent), sig));
        assertEquals(Reason.SIGNATURE_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("number"), e.getMessage());
        assertThrows(WebhookVerificationException.class, () -> verifier.verifyAndParse(Samples.utf8(sent), sig));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1E3", "1e21", "-0", "0.1", "12.50", "9007199254740992", "5e-324"})
    void acceptsReformattedNumbersOfTheSameValue(String number) {
        String sent = "{ \"event\": \"case:status\", \"data\": { \"n\": " + number + " } }";
        String signed = "{\"event\":\"case:status\",\"data\":{\"n\":"
                + dev.acquire4j.webhooks.internal.JsNumber.toJs(Double.parseDouble(number)) + "}}";
        String sig = Samples.hmacHex(Samples.SECRET, Samples.utf8(signed));
        assertDoesNotThrow(() -> verifier.verify(Samples.utf8(sent), sig));
    }

    /** {@code {"event":"x","data":{"a":{"a":...1...}}}}, {@code depth} objects deep, the delivery's own included. */
    private static String nested(int depth) {
        return "{\"event\":\"x\",\"data\":" + "{\"a\":".repeat(depth - 1) + "1" + "}".repeat(depth - 1) + "}";
    }

    /** {@return what the call threw on a thread with a small stack, or {@code null} if it returned} */
    private static Throwable onSmallStack(Runnable call) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                call.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        return thrown.get();
    }
}
