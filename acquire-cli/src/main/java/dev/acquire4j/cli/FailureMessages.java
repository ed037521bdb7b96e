package dev.acquire4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acquire4j.domain.Redaction;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.SendFailedException;
import java.io.IOException;
import java.util.Optional;

/**
 * Turns a failed send (or another failed call) into one or two plain sentences for standard error: what happened, with the
 * HTTP status and {@code ERROR_*} code where there was an answer, and what the user may assume.
 * The library's messages never carry the API key, and neither do these.
 */
final class FailureMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SERVER_MESSAGE = 300;

    private FailureMessages() {}

    /**
     * {@return the message for a failed send}
     *
     * @param e the failure
     */
    static String describe(SendFailedException e) {
        String noun = e.operation().noun();
        if (e instanceof RequestRejectedException) {
            String said = serverMessage(e).map(m -> " Acquire said: " + m).orElse("");
            String outcome = isSend(e) ? "; it was not sent." : "; nothing was done.";
            return "Acquire refused the " + noun + " with " + statusAndCode(e) + outcome + said;
        }
        if (e instanceof OutcomeUnknownException) {
            // For other answers (an unreadable 2xx, a redirect) the library's sentence says more.
            String what = e.status().orElse(0) >= 500
                    ? "The " + noun + " may have been " + (isSend(e) ? "sent" : "carried out") + ": Acquire answered "
                            + statusAndCode(e) + "."
                    : summary(e);
            if (!isSend(e)) {
                return what + " Fetch the case or message to see before trying again.";
            }
            return what + confirmationFailure(e).map(read -> " Reading the case back to confirm it failed too ("
                    + statusAndCode(read) + "): check that the key may read cases and that Acquire is reachable,"
                    + " then check the case's messages before sending it again.")
                    .orElse(" Check the case's messages before sending it again.");
        }
        if (e.status().isPresent()) {
            return summary(e) + " Try again later.";
        }
        return summary(e);
    }

    /** Whether the failed operation was a send, rather than a lookup or a change to a case or message. */
    private static boolean isSend(SendFailedException e) {
        return e.operation().channel().isPresent();
    }

    /** {@return the failure of the read that should have confirmed an unknown outcome, if one was made} */
    private static Optional<SendFailedException> confirmationFailure(SendFailedException e) {
        for (Throwable t : e.getSuppressed()) {
            if (t instanceof SendFailedException read && read.operation().idempotent()) {
                Throwable cause = read.getCause();
                return Optional.of(cause instanceof SendFailedException c ? c : read);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the status and code of the answer, e.g. {@code HTTP 400 ERROR_INVALID_INPUT}}
     *
     * @param e the failure
     */
    static String statusAndCode(SendFailedException e) {
        String status = e.status().isPresent() ? "HTTP " + e.status().getAsInt() : "no answer";
        return e.errorCode().map(code -> status + " " + code).orElse(status);
    }

    /** The library's own sentence, without the bracketed details it appends for logs. */
    private static String summary(SendFailedException e) {
        String message = String.valueOf(e.getMessage());
        int details = message.lastIndexOf(" [operation=");
        return details < 0 ? message : message.substring(0, details);
    }

    /** The {@code message} field of a JSON error body, when short; made visible. */
    private static Optional<String> serverMessage(SendFailedException e) {
        Optional<String> body = e.details().body();
        if (body.isEmpty() || !body.get().stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode message = JSON.readTree(body.get()).path("message");
            if (!message.isTextual() || message.asText().isBlank() || message.asText().length() > MAX_SERVER_MESSAGE) {
                return Optional.empty();
            }
            // One line; every other control or bidi character is shown escaped, never acted on.
            return Optional.of(Redaction.visible(message.asText().replace('\t', ' ').replace('\n', ' ')).strip());
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
