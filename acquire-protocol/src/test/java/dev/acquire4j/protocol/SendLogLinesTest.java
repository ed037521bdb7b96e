package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.ports.SendOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The send line masks the recipient and text unless the caller opted in, and never shows the key. */
class SendLogLinesTest {
    private final SmsMessage sms = Fixtures.sms();
    private final WireRequest wire = Fixtures.protocol().request(sms);

    @Test
    void masksByDefault() {
        String line = SendLogLines.finished(sms, wire, SendOutcome.NOT_SENT, null, null, 1, Duration.ZERO, false);
        assertFalse(line.contains(sms.to().e164()), line);
        assertFalse(line.contains(sms.text()), line);
        assertTrue(line.contains("caseId=" + sms.caseId()) && line.contains("contactId=" + sms.contactId()), line);
        assertFalse(line.contains(Fixtures.settings().apiKey().reveal()), line);
    }

    @Test
    void showsPersonalDataWhenOptedIn() {
        String line = SendLogLines.finished(sms, wire, SendOutcome.NOT_SENT, null, null, 1, Duration.ZERO, true);
        assertTrue(line.contains("to=" + sms.to().e164()), line);
        assertTrue(line.contains(sms.text()), line);
        assertFalse(line.contains(Fixtures.settings().apiKey().reveal()), line);
    }
}
