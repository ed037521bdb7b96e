package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.SmsMessage;
import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.OperationOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The send line masks the recipient and text unless the caller opted in, and never shows the key. */
class SendLogLinesTest {
    private final SmsMessage sms = Fixtures.sms();
    private final Call<SentMessage> call = Fixtures.protocol().call(sms);

    @Test
    void masksByDefault() {
        String line = SendLogLines.finished(call, OperationOutcome.NOT_SENT, null, null, 1, Duration.ZERO, false);
        assertFalse(line.contains(sms.to().e164()), line);
        assertFalse(line.contains(sms.text()), line);
        assertTrue(line.contains("caseId=" + sms.caseId()) && line.contains("contactId=" + sms.contactId()), line);
        assertFalse(line.contains(Fixtures.settings().apiKey().reveal()), line);
    }

    @Test
    void showsPersonalDataWhenOptedIn() {
        String line = SendLogLines.finished(call, OperationOutcome.NOT_SENT, null, null, 1, Duration.ZERO, true);
        assertTrue(line.contains("to=" + sms.to().e164()), line);
        assertTrue(line.contains(sms.text()), line);
        assertFalse(line.contains(Fixtures.settings().apiKey().reveal()), line);
    }

    @Test
    void namesTheOperationAndALookupCarriesNoMessage() {
        assertTrue(SendLogLines.finished(call, OperationOutcome.NOT_SENT, null, null, 1, Duration.ZERO, false)
                .startsWith("send_sms POST /api/v1/voip/send-sms NOT_SENT"));
        String lookup = SendLogLines.finished(Fixtures.protocol().getCase(CaseId.of(7)), OperationOutcome.SUCCEEDED, "7",
                null, 1, Duration.ZERO, false);
        assertTrue(lookup.startsWith("get_case GET /api/v1/crm/objects/case/{id} SUCCEEDED"), lookup);
        assertTrue(lookup.contains(" caseId=7") && lookup.contains(" resultId=7") && !lookup.contains("text="), lookup);
    }
}
