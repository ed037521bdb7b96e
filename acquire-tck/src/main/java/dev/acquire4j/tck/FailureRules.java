package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.ContractMessages.mail;
import static dev.acquire4j.tck.ContractMessages.sms;
import static dev.acquire4j.tck.ContractSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ApiKey;
import dev.acquire4j.ports.AuthenticationException;
import dev.acquire4j.ports.ConnectionFailedException;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.PermissionDeniedException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.ServerErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rules r5: failures end in the typed exception that says whether the message may have been sent,
 * with the details a caller needs, and never show the API key.
 */
public interface FailureRules extends RuleGroup {

    /** Tests that a wrong key ends in AuthenticationException, 401 ERROR_UNAUTHORIZED, with nothing stored. */
    @Test
    default void r5_1_wrongKeyIsAuthenticationFailure() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client(wrongKey(), SenderRole.USER);
        AuthenticationException e = support().sendFails(AuthenticationException.class, client, chat(c, "who am I"));
        assertRefused(e, 401, "ERROR_UNAUTHORIZED", Channel.CHAT);
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a key without permission ends in PermissionDeniedException, 403 ERROR_UNAUTHORIZED_ACCESS. */
    @Test
    default void r5_2_forbiddenKeyIsPermissionDenied() {
        SupportCase c = support().state().openCase(Channel.EMAIL);
        AcquireClient client = support().current().client(support().state().forbiddenKey(), SenderRole.USER);
        PermissionDeniedException e = support().sendFails(PermissionDeniedException.class, client, mail(c, "<p>no</p>"));
        assertRefused(e, 403, "ERROR_UNAUTHORIZED_ACCESS", Channel.EMAIL);
        assertEquals(0, support().state().messageCount());
    }

    /** Tests that a 500 ends in ServerErrorException that may have been sent, and is not retried. */
    @Test
    default void r5_3_serverErrorIsOutcomeUnknownAndNotRetried() {
        SupportCase c = support().state().openCase(Channel.SMS);
        AcquireClient client = support().current().client();
        support().current().failNext(500, "ERROR_SERVER_ERROR");
        ServerErrorException e = support().sendFails(ServerErrorException.class, client, sms(c, "maybe"));
        assertTrue(e.mayHaveBeenSent(), "a 5xx leaves the outcome unknown");
        assertEquals(500, e.status().orElse(-1));
        assertEquals("ERROR_SERVER_ERROR", e.errorCode().orElse(null));
        assertEquals(Operation.SEND_SMS, e.operation());
        assertEquals("POST /api/v1/voip/send-sms", e.endpoint());
        if (support().current().supports(Capability.WIRE)) {
            assertEquals(1, support().current().requests().size(), "an outcome-unknown send is never retried on its own");
        }
    }

    /** Tests that a 200 whose body is not the documented answer ends in MalformedResponseException, never a parser's exception. */
    @Test
    default void r5_4_malformedAnswerIsMalformedResponse() {
        support().assume(Capability.RAW_ANSWERS, "this fixture reads no HTTP answer, so none can be malformed");
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client();
        String[][] answers = {
            {"text/html", "<html><body>502 Bad Gateway</body></html>"},
            {"application/json", "{\"data\":{\"id\":"},
            {"application/json", "{\"status\":\"ok\"}"},
        };
        for (String[] answer : answers) {
            support().current().answerNextWithRaw(answer[0], answer[1]);
            MalformedResponseException e = support().sendFails(MalformedResponseException.class, client, chat(c, answer[1]));
            assertTrue(e.mayHaveBeenSent(), "a 2xx means the server may have stored it");
            assertEquals(200, e.status().orElse(-1), "the status of the unreadable answer");
            for (Throwable t = e; t != null; t = t.getCause()) {
                String type = t.getClass().getName();
                assertFalse(type.startsWith("com.fasterxml.") || type.startsWith("io.vertx."),
                        "no library exception inside an acquire4j exception: " + type);
            }
        }
        assertEquals(answers.length, support().state().messageCount(), "the server stored each before answering garbage");
    }

    /** Tests that no exception message, toString or cause of a failed send shows any API key, nor the client's toString. */
    @Test
    default void r5_5_apiKeyNeverAppearsInErrors() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        ApiKey wrong = wrongKey();
        List<Throwable> failures = new ArrayList<>();
        List<AcquireClient> clients = List.of(support().current().client(), support().current().client(wrong, SenderRole.USER),
                support().current().client(support().state().forbiddenKey(), SenderRole.USER));
        failures.add(support().sendFails(AuthenticationException.class, clients.get(1), chat(c, "401")));
        failures.add(support().sendFails(PermissionDeniedException.class, clients.get(2), chat(c, "403")));
        support().current().failNext(500, "ERROR_SERVER_ERROR");
        failures.add(support().sendFails(ServerErrorException.class, clients.get(0), chat(c, "500")));
        support().state().closeCase(c.id());
        failures.add(support().sendFails(RequestRejectedException.class, clients.get(0), chat(c, "400")));
        List<String> secrets = List.of(support().state().validKey().reveal(), wrong.reveal(), support().state().forbiddenKey().reveal());
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertNoSecret(secrets, String.valueOf(t.getMessage()));
                assertNoSecret(secrets, t.toString());
                if (t instanceof SendFailedException) {
                    assertNoSecret(secrets, ((SendFailedException) t).details().toString());
                }
            }
        }
        clients.forEach(client -> assertNoSecret(secrets, client.toString()));
    }

    /** Tests that a send that cannot connect ends in ConnectionFailedException, certainly not sent. */
    @Test
    default void r5_6_connectionFailureIsNotSent() {
        SupportCase c = support().state().openCase(Channel.CHAT);
        AcquireClient client = support().current().client();
        support().current().refuseConnections();
        ConnectionFailedException e = support().sendFails(ConnectionFailedException.class, client, chat(c, "unreachable"));
        assertFalse(e.mayHaveBeenSent());
        assertEquals(Operation.SEND_CHAT, e.operation());
        assertEquals("POST /api/v1/crm/messenger/chat/add-message", e.endpoint());
        assertEquals(0, support().state().messageCount());
    }

    private static ApiKey wrongKey() {
        return ApiKey.of("acq-wrong-" + UUID.randomUUID());
    }

    private static void assertNoSecret(List<String> secrets, String shown) {
        for (String secret : secrets) {
            assertFalse(shown.contains(secret), "an API key is shown in: " + shown.replace(secret, "<KEY>"));
        }
    }
}
