package dev.acquire4j.webhooks;

import dev.acquire4j.webhooks.WebhookVerificationException.Reason;
import dev.acquire4j.webhooks.events.UnknownEvent;
import dev.acquire4j.webhooks.events.WebhookEvent;
import dev.acquire4j.webhooks.events.WebhookParseException;
import dev.acquire4j.webhooks.internal.ExactNumbers;
import dev.acquire4j.webhooks.internal.Hmac;
import dev.acquire4j.webhooks.internal.JsStringify;
import dev.acquire4j.webhooks.internal.Json;
import dev.acquire4j.webhooks.internal.SignatureHeader;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Checks that a webhook delivery comes from Acquire: its {@value #SIGNATURE_HEADER} header must be
 * the hex HMAC-SHA256 of the body, keyed with the webhook's secret. Immutable and thread-safe: build
 * one per secret and share it.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(WebhookSecret.of(secretFromYourVault));
 * WebhookEvent event = verifier.verifyAndParse(rawBody, request.header("x-acquire-signature"));
 * }</pre>
 *
 * <p><b>What is signed.</b> Acquire's documented sample computes the HMAC over
 * {@code JSON.stringify(body)}, the compact JavaScript form of the parsed body, encoded as UTF-8. A
 * delivery whose bytes are exactly that form is checked directly. If the bytes do not match (a proxy
 * re-indented the JSON, say), the body is parsed and written again as {@code JSON.stringify} would
 * write it, and the signature is checked over that form too. Matched: no whitespace; key order kept,
 * except that array-index keys ({@code "0"}, {@code "42"}) come first in numeric order as in any
 * JavaScript object; numbers as JavaScript prints doubles ({@code 1.0} is {@code 1}, {@code 1E3} is
 * {@code 1000}, {@code 1e21} is {@code 1e+21}); strings escape only {@code "}, {@code \}, control
 * characters and lone surrogates (Node 12 and later), so {@code /} and non-ASCII text stay as they
 * are. Not matched: a duplicate key (refused here, where {@code JSON.parse} keeps the last value),
 * bytes that are not valid UTF-8 (Node would replace them, this reader refuses them), and lone
 * surrogates as Node 11 and older wrote them.
 *
 * <p><b>Only signed values pass.</b> A body accepted through its {@code JSON.stringify} form carries
 * exactly the values that form carries, so reading the raw bytes yourself after {@link #verify} is as
 * safe as reading the signed form. A number JavaScript cannot hold as it is written (an integer
 * beyond 2^53 such as {@code 9007199254740993}, more digits than a double keeps such as
 * {@code 0.30000000000000001}, or out of a double's range) is never part of what was signed, and a
 * body with one is refused as {@link Reason#SIGNATURE_MISMATCH} unless its bytes themselves match.
 *
 * <p><b>Nesting.</b> A body nested deeper than {@link WebhookEvents#MAX_NESTING_DEPTH} levels is never
 * parsed: it passes only if its bytes match the signature as they are, and {@link #verifyAndParse}
 * then refuses it with {@link WebhookParseException}. The depth is counted without recursion, so a
 * hostile body cannot overflow the stack of the thread that checks it, however small.
 *
 * <p><b>Cost.</b> A body whose bytes do not match is parsed and written again once before it is
 * refused, at a cost of the order of parsing it. As for any endpoint open to the internet, limit the
 * request body size in your HTTP server.
 *
 * <p><b>Header.</b> Surrounding whitespace is ignored, hex digits may be upper or lower case, and an
 * optional {@code sha256=} prefix (any case) is accepted, as some proxies and tools add one.
 *
 * <p><b>Comparison.</b> Signatures are compared as bytes with {@link MessageDigest#isEqual}, whose
 * time does not depend on where the first difference is.
 */
public final class WebhookVerifier {
    /** The request header that carries the signature: {@value}. HTTP header names ignore case. */
    public static final String SIGNATURE_HEADER = "x-acquire-signature";

    private final Hmac hmac;

    private WebhookVerifier(WebhookSecret secret) {
        this.hmac = new Hmac(secret.keyBytes());
    }

    /**
     * {@return a verifier for one webhook secret}
     *
     * @param secret the HMAC secret set for the webhook in Acquire
     * @throws NullPointerException if {@code secret} is {@code null}
     */
    public static WebhookVerifier of(WebhookSecret secret) {
        return new WebhookVerifier(Objects.requireNonNull(secret, "secret"));
    }

    /**
     * Checks a delivery's signature, over the raw body or its {@code JSON.stringify} form (see the
     * class comment). When it returns, the raw body holds exactly the signed values: the same bytes,
     * or bytes that only differ in layout (whitespace, escapes, number formats such as {@code 1.0}
     * for {@code 1}, key order), so it may be read by any JSON reader.
     *
     * @param rawBody the request body exactly as received, before any parsing or decoding
     * @param signatureHeader the value of the {@value #SIGNATURE_HEADER} header, or {@code null} if absent
     * @throws WebhookVerificationException if the signature is missing, malformed or does not match
     *     the body's values; {@link WebhookVerificationException#reason()} says which
     * @throws NullPointerException if {@code rawBody} is {@code null}
     */
    public void verify(byte[] rawBody, String signatureHeader) {
        signedForm(rawBody, signatureHeader);
    }

    /**
     * Checks a delivery's signature, then reads it into a typed event. The event is read from the
     * bytes the signature covers: the raw body, or, when only its {@code JSON.stringify} form
     * matched, that form, so nothing unsigned reaches the event.
     *
     * @param rawBody the request body exactly as received
     * @param signatureHeader the value of the {@value #SIGNATURE_HEADER} header, or {@code null} if absent
     * @return the event; {@link UnknownEvent} for an event name this version does not know
     * @throws WebhookVerificationException if the signature is missing, malformed or does not match
     * @throws WebhookParseException if the signed body is not a webhook delivery, or nests deeper
     *     than {@link WebhookEvents#MAX_NESTING_DEPTH} levels
     * @throws NullPointerException if {@code rawBody} is {@code null}
     */
    public WebhookEvent verifyAndParse(byte[] rawBody, String signatureHeader) {
        return WebhookEvents.parse(signedForm(rawBody, signatureHeader));
    }

    /** {@return the bytes the signature covers, or throws why there are none} */
    private byte[] signedForm(byte[] rawBody, String signatureHeader) {
        Objects.requireNonNull(rawBody, "rawBody");
        if (SignatureHeader.isMissing(signatureHeader)) {
            throw new WebhookVerificationException(Reason.MISSING_SIGNATURE,
                    "the " + SIGNATURE_HEADER + " header is missing or empty; the delivery cannot be trusted");
        }
        byte[] given = SignatureHeader.decode(signatureHeader);
        if (given == null) {
            throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE,
                    "the " + SIGNATURE_HEADER + " header " + SignatureHeader.describeMalformed(signatureHeader));
        }
        if (matches(rawBody, given)) {
            return rawBody;
        }
        byte[] stringified = stringifiedForm(rawBody);
        if (stringified != null && matches(stringified, given)) {
            if (!ExactNumbers.surviveJavaScript(rawBody)) {
                throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH, "the " + SIGNATURE_HEADER
                        + " header matches only the JSON.stringify form of the body, and a number in the"
                        + " body is not the one that form carries (an integer beyond 2^53, more digits than"
                        + " a double keeps, or out of its range): the body holds values that were not signed");
            }
            return stringified;
        }
        throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH, "the " + SIGNATURE_HEADER
                + " header matches neither the body nor its JSON.stringify form: the body was changed"
                + " on the way, or the webhook secret is not the one set in Acquire");
    }

    private boolean matches(byte[] signed, byte[] given) {
        // Constant time: the answer must not reveal how many leading bytes of a forgery were right.
        return MessageDigest.isEqual(hmac.sign(signed), given);
    }

    /** {@return the JSON.stringify form of the body, or {@code null} if it is not JSON} */
    private static byte[] stringifiedForm(byte[] rawBody) {
        try {
            return JsStringify.utf8(Json.read(rawBody));
        } catch (WebhookParseException notJson) {
            return null;
        }
    }
}
