package dev.acquire4j.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.webhooks.WebhookVerificationException.Reason;
import dev.acquire4j.webhooks.events.NewCaseMessage;
import dev.acquire4j.webhooks.events.WebhookParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signature check over the sample delivery: the docs' chat-message answer under an
 * {@code "event"} name, signed as Acquire's Node sample signs ({@code case-message-new.json} is its
 * {@code JSON.stringify} form, made by Node).
 */
class WebhookVerifierTest {
    /** Pinned: computed once with Node's crypto.createHmac and with openssl, for SECRET over case-message-new.json. */
    private static final String PINNED = "eecde3ef0bb9d101f4718ba28522a8b288db00074f14e51671e669b4d5d04c09";

    private final WebhookVerifier verifier = WebhookVerifier.of(WebhookSecret.of(Samples.SECRET));
    private final byte[] body = Samples.resource("case-message-new.json");
    private final String signature = Samples.hmacHex(Samples.SECRET, body);

    @Test
    void theIndependentHmacIsThePinnedValue() {
        assertEquals(PINNED, signature);
    }

    @Test
    void acceptsTheSampleSignedWithItsSecret() {
        assertDoesNotThrow(() -> verifier.verify(body, PINNED));
        assertInstanceOf(NewCaseMessage.class, verifier.verifyAndParse(body, PINNED));
    }

    @Test
    void acceptsUpperCaseHexSurroundingWhitespaceAndAShaPrefix() {
        assertDoesNotThrow(() -> verifier.verify(body, signature.toUpperCase(Locale.ROOT)));
        assertDoesNotThrow(() -> verifier.verify(body, "  " + signature + "\t"));
        assertDoesNotThrow(() -> verifier.verify(body, "sha256=" + signature));
        assertDoesNotThrow(() -> verifier.verify(body, "SHA256=" + signature));
    }

    @Test
    void refusesTheSampleWithOneByteChanged() {
        byte[] changed = body.clone();
        int at = new String(body, java.nio.charset.StandardCharsets.UTF_8).indexOf("597759");
        changed[at] = '6';
        assertRefused(Reason.SIGNATURE_MISMATCH, () -> verifier.verify(changed, signature));
        assertRefused(Reason.SIGNATURE_MISMATCH, () -> verifier.verifyAndParse(changed, signature));
    }

    @Test
    void refusesASignatureWithOneDigitChanged() {
        String wrong = (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
        assertRefused(Reason.SIGNATURE_MISMATCH, () -> verifier.verify(body, wrong));
    }

    @Test
    void refusesTheSampleUnderAnotherSecret() {
        WebhookVerifier other = WebhookVerifier.of(WebhookSecret.of(Samples.SECRET + "x"));
        assertRefused(Reason.SIGNATURE_MISMATCH, () -> other.verify(body, signature));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesAMissingHeader(String header) {
        assertRefused(Reason.MISSING_SIGNATURE, () -> verifier.verify(body, header));
        assertRefused(Reason.MISSING_SIGNATURE, () -> verifier.verifyAndParse(body, header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "sha256=", "eecde3ef0bb9d101f4718ba28522a8b288db00074f14e51671e669b4d5d04c0",
        "eecde3ef0bb9d101f4718ba28522a8b288db00074f14e51671e669b4d5d04c09a",
        "gecde3ef0bb9d101f4718ba28522a8b288db00074f14e51671e669b4d5d04c09",
        "eecde3ef0bb9d101f4718ba28522a8b288db0007 f14e51671e669b4d5d04c09",
        "\uff10ecde3ef0bb9d101f4718ba28522a8b288db00074f14e51671e669b4d5d04c09",
        "sha1=ecde3ef0bb9d101f4718ba28522a8b288db00074f14e51671e669b4d5d04c09"})
    void refusesMalformedHex(String header) {
        assertRefused(Reason.MALFORMED_SIGNATURE, () -> verifier.verify(body, header));
    }

    @Test
    void saysWhyAMalformedHeaderWasRefusedWithoutShowingIt() {
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(body, "abc"));
        assertTrue(e.getMessage().contains("3 characters"), e.getMessage());
        assertFalse(e.getMessage().contains("abc"), e.getMessage());
    }

    @Test
    void acceptsASignatureOverTheStringifiedFormOfAPrettyPrintedBody() {
        byte[] pretty = Samples.resource("case-message-new.pretty.json");
        assertDoesNotThrow(() -> verifier.verify(pretty, PINNED), "the docs' layout, signed as Node would sign it");
        NewCaseMessage event = (NewCaseMessage) verifier.verifyAndParse(pretty, PINNED);
        assertEquals(8289, event.messageId().orElseThrow().value());
    }

    @Test
    void refusesAPrettyPrintedBodyWhoseContentChanged() {
        String pretty = Samples.text("case-message-new.pretty.json").replace("Hey added", "Hey edited");
        assertRefused(Reason.SIGNATURE_MISMATCH, () -> verifier.verify(Samples.utf8(pretty), PINNED));
    }

    @Test
    void refusesABodyThatIsNotJsonAndDoesNotMatch() {
        assertRefused(Reason.SIGNATURE_MISMATCH, () -> verifier.verify(Samples.utf8("not json"), signature));
    }

    @Test
    void acceptsASignedBodyThatIsNotJsonButRefusesToParseIt() {
        byte[] notJson = Samples.utf8("not json");
        String sig = Samples.hmacHex(Samples.SECRET, notJson);
        assertDoesNotThrow(() -> verifier.verify(notJson, sig));
        assertThrows(WebhookParseException.class, () -> verifier.verifyAndParse(notJson, sig));
    }

    @Test
    void neverShowsTheSecretOrTheExpectedSignature() {
        WebhookSecret secret = WebhookSecret.of(Samples.SECRET);
        assertEquals("WebhookSecret[redacted]", secret.toString());
        assertFalse(verifier.toString().contains(Samples.SECRET));
        byte[] changed = Samples.utf8("{\"event\":\"x\"}");
        String expected = Samples.hmacHex(Samples.SECRET, changed);
        for (String header : new String[] {null, "zz", signature}) {
            WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
                    () -> verifier.verify(changed, header));
            assertFalse(e.getMessage().contains(Samples.SECRET), e.getMessage());
            assertFalse(e.getMessage().contains(expected), e.getMessage());
            assertFalse(e.getMessage().contains(signature), e.getMessage());
            assertFalse(e.toString().contains(Samples.SECRET), e.toString());
        }
    }

    @Test
    void refusesAnEmptySecretWithoutShowingIt() {
        assertThrows(ValidationException.class, () -> WebhookSecret.of(""));
        assertThrows(ValidationException.class, () -> WebhookSecret.of(null));
        assertThrows(NullPointerException.class, () -> WebhookVerifier.of(null));
        assertThrows(NullPointerException.class, () -> verifier.verify(null, signature));
    }

    @Test
    void usesTheSecretAsGivenWithItsWhitespace() {
        WebhookVerifier padded = WebhookVerifier.of(WebhookSecret.of(Samples.SECRET + "\n"));
        assertRefused(Reason.SIGNATURE_MISMATCH, () -> padded.verify(body, signature));
    }

    private static void assertRefused(Reason reason, org.junit.jupiter.api.function.Executable call) {
        WebhookVerificationException e = assertThrows(WebhookVerificationException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(WebhookVerifier.SIGNATURE_HEADER), e.getMessage());
    }
}
