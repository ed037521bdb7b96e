package dev.acquire4j.protocol;

import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.EmailAddress;
import dev.acquire4j.domain.MailMessage;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.Redaction;
import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.OperationOutcome;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The text of the log lines of an operation, starting with its tag (e.g. {@code send_chat},
 * {@code get_case}). Ids are always shown; the recipient and the text are masked
 * by {@link Redaction} unless the caller opted in; the API key, headers and bodies never appear,
 * nor do exception messages (only their type, status and {@code ERROR_*} code). Stateless.
 */
final class SendLogLines {
    private SendLogLines() {}

    /** {@return the one line that sums up a finished operation} */
    static String finished(Call<?> call, OperationOutcome outcome, String resultId, Throwable error, int attempts,
            Duration took, boolean personalData) {
        StringBuilder s = head(call).append(' ').append(outcome)
                .append(" attempts=").append(attempts)
                .append(" duration=").append(took.toMillis()).append("ms");
        ids(s, call);
        if (resultId != null) {
            s.append(call.message() != null ? " messageId=" : " resultId=").append(resultId);
        }
        if (error != null) {
            failure(s, error);
        }
        if (call.message() != null) {
            recipient(s, call.message(), personalData);
        }
        return s.toString();
    }

    /** {@return the line that says an attempt failed and when the next one starts} */
    static String retry(Call<?> call, int attempt, Duration delay, SendFailedException failure) {
        StringBuilder s = head(call).append(" attempt ").append(attempt).append(" failed:");
        failure(s, failure);
        s.append("; retrying in ").append(delay.toMillis()).append("ms (")
                .append(failure.details().retryAfter().isPresent() ? "Retry-After" : "backoff").append(')');
        ids(s, call);
        return s.toString();
    }

    private static StringBuilder head(Call<?> call) {
        return new StringBuilder(160).append(call.operation().tag()).append(' ').append(call.request().endpoint());
    }

    private static void ids(StringBuilder s, Call<?> call) {
        if (call.caseId() != null) {
            s.append(" caseId=").append(call.caseId());
        }
        if (call.contactId() != null) {
            s.append(" contactId=").append(call.contactId());
        }
    }

    private static void failure(StringBuilder s, Throwable error) {
        s.append(" error=").append(error.getClass().getSimpleName());
        if (error instanceof SendFailedException f) {
            f.status().ifPresent(status -> s.append(" status=").append(status));
            f.errorCode().ifPresent(code -> s.append(" code=").append(code));
            f.details().requestId().ifPresent(id -> s.append(" requestId=").append(Redaction.plain(id)));
        }
    }

    /** Appends who the message goes to (SMS and mail; a chat goes to the contact id) and its text. */
    private static void recipient(StringBuilder s, OutboundMessage message, boolean personalData) {
        if (message instanceof SmsMessage m) {
            s.append(" to=").append(personalData ? m.to().e164() : Redaction.phone(m.to().e164()));
            text(s, m.text(), personalData);
        } else if (message instanceof MailMessage m) {
            s.append(" to=").append(m.to().stream().map(a -> address(a, personalData)).collect(Collectors.joining(",")));
            text(s, m.htmlBody(), personalData);
        } else {
            text(s, ((ChatMessage) message).text(), personalData);
        }
    }

    private static String address(EmailAddress a, boolean personalData) {
        return personalData ? a.value() : Redaction.email(a.value());
    }

    private static void text(StringBuilder s, String text, boolean personalData) {
        s.append(" text=").append(personalData ? Redaction.plain(text) : Redaction.text(text));
    }
}
