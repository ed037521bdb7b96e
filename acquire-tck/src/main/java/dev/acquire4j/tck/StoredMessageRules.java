package dev.acquire4j.tck;

import static dev.acquire4j.tck.ContractMessages.chat;
import static dev.acquire4j.tck.FaultSupport.fastRetries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.LanguageTag;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.NotFoundException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.tck.internal.Json;
import dev.acquire4j.testkit.records.RecordedRequest;
import dev.acquire4j.testkit.faults.ServerFault;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Rules r13: stored messages ({@code client.caseMessages()} and its async twin, in the fixture's
 * style): get, edit and delete send the documented requests, an edit is what a later get and the
 * account show, a deleted message is gone, an unknown message is a 404 naming the operation, and
 * get and edit are repeated after an unknown outcome while delete is not.
 */
public interface StoredMessageRules extends RuleGroup {

    /** {@return the message, fetched in the fixture's style} */
    private CaseMessage get(AcquireClient client, MessageId id) {
        return support().inStyle(client, c -> c.caseMessages().get(id), c -> c.async().caseMessages().get(id));
    }

    /** {@return the message after the edit, in the fixture's style} */
    private CaseMessage edit(AcquireClient client, MessageId id, MessageEdit edit) {
        return support().inStyle(client, c -> c.caseMessages().edit(id, edit), c -> c.async().caseMessages().edit(id, edit));
    }

    /** {@return the delete answer, in the fixture's style} */
    private DeletedMessage delete(AcquireClient client, MessageId id) {
        return support().inStyle(client, c -> c.caseMessages().delete(id), c -> c.async().caseMessages().delete(id));
    }

    /** {@return a chat message stored on a new active case} */
    private SentMessage stored(AcquireClient client, String text) {
        SupportCase c = support().state().openCase(Channel.CHAT);
        return support().send(client, chat(c, text));
    }

    /** Tests that a stored message is fetched with its id, case, channel, sender, type and text, unedited. */
    @Test
    default void r13_1_getReturnsTheStoredMessage() {
        AcquireClient client = support().current().client();
        SentMessage sent = stored(client, "Your order has shipped");
        int before = support().requestsSeen();
        CaseMessage m = get(client, sent.id());
        assertEquals(sent.id(), m.id());
        assertEquals(sent.caseId(), m.caseId());
        assertEquals(Optional.of(Channel.CHAT), m.channel());
        assertEquals(Optional.of(SenderRole.USER), m.senderRole());
        assertEquals(Optional.of("message"), m.type());
        assertEquals(Optional.of("Your order has shipped"), m.text());
        assertTrue(m.createdAt().isPresent());
        assertTrue(m.updatedAt().isEmpty(), "never edited");
        if (support().current().supports(Capability.WIRE)) {
            RecordedRequest request = support().wire().get(before);
            assertEquals("GET", request.method());
            assertEquals("/api/v1/crm/objects/case-message/" + sent.id(), request.path());
            assertTrue(request.rawQuery().isEmpty());
            assertEquals(0, request.body().length);
            assertEquals("Bearer " + support().state().validKey().reveal(), request.header("authorization").orElse(""));
        }
    }

    /** Tests that an edit answers with the new text, and that a later get and the account show it. */
    @Test
    default void r13_2_anEditIsWhatAGetAndTheAccountShow() {
        AcquireClient client = support().current().client();
        SentMessage sent = stored(client, "Your order has shiped");
        int before = support().requestsSeen();
        CaseMessage edited = edit(client, sent.id(), MessageEdit.of("Your order has shipped"));
        assertEquals(sent.id(), edited.id());
        assertEquals(Optional.of("Your order has shipped"), edited.text());
        assertTrue(edited.updatedAt().isPresent(), "an edited message has its edit time");
        assertEquals(Optional.of("Your order has shipped"), get(client, sent.id()).text());
        assertEquals("Your order has shipped", support().state().findMessage(sent.id()).orElseThrow().text());
        assertEquals(1, support().state().messageCount(), "an edit stores no new message");
        if (support().current().supports(Capability.WIRE)) {
            RecordedRequest request = support().wire().get(before);
            assertEquals("POST", request.method());
            assertEquals("/api/v1/crm/messenger/chat/message/" + sent.id(), request.path());
            assertTrue(request.rawQuery().isEmpty());
            ObjectNode expected = Json.MAPPER.createObjectNode();
            expected.putObject("message").put("type", "message").put("message", "Your order has shipped");
            Json.assertJsonEquals(expected, Json.json(request));
        }
    }

    /** Tests that an edit with a translation language sends it inside the message object. */
    @Test
    default void r13_3_anEditCarriesItsTranslationLanguage() {
        support().requireWire();
        AcquireClient client = support().current().client();
        SentMessage sent = stored(client, "Hello");
        edit(client, sent.id(), MessageEdit.of("Bonjour").translatedTo(LanguageTag.of("fr")));
        RecordedRequest request = support().wire().get(1);
        ObjectNode expected = Json.MAPPER.createObjectNode();
        expected.putObject("message").put("type", "message").put("message", "Bonjour").put("translateLangKey", "fr");
        Json.assertJsonEquals(expected, Json.json(request));
    }

    /** Tests that a deleted message is gone: the answer counts one, the account no longer holds it, a get is a 404. */
    @Test
    default void r13_4_aDeletedMessageIsGone() {
        AcquireClient client = support().current().client();
        SentMessage sent = stored(client, "Sent by mistake");
        int before = support().requestsSeen();
        assertEquals(new DeletedMessage(sent.id(), 1), delete(client, sent.id()));
        assertTrue(support().state().findMessage(sent.id()).isEmpty());
        assertEquals(0, support().state().messageCount());
        NotFoundException gone = assertThrows(NotFoundException.class, () -> get(client, sent.id()));
        assertEquals(Operation.GET_MESSAGE, gone.operation());
        if (support().current().supports(Capability.WIRE)) {
            RecordedRequest request = support().wire().get(before);
            assertEquals("DELETE", request.method());
            assertEquals("/api/v1/crm/objects/case-message/" + sent.id(), request.path());
            assertEquals(0, request.body().length);
        }
    }

    /** Tests that get, edit and delete of an unknown message are 404s naming their own operation, never a chat message. */
    @Test
    default void r13_5_anUnknownMessageIsNotFoundAndNamesTheOperation() {
        AcquireClient client = support().current().client();
        MessageId unknown = MessageId.of(987_654);
        check(() -> get(client, unknown), Operation.GET_MESSAGE, "GET /api/v1/crm/objects/case-message/{id}");
        check(() -> edit(client, unknown, MessageEdit.of("new")), Operation.EDIT_MESSAGE,
                "POST /api/v1/crm/messenger/chat/message/{id}");
        check(() -> delete(client, unknown), Operation.DELETE_MESSAGE, "DELETE /api/v1/crm/objects/case-message/{id}");
        assertEquals(0, support().state().messageCount());
    }

    private static void check(Executable call, Operation operation, String endpoint) {
        NotFoundException e = assertThrows(NotFoundException.class, call);
        assertEquals(404, e.status().orElse(-1), e.getMessage());
        assertFalse(e.mayHaveBeenSent());
        assertEquals(operation, e.operation());
        assertEquals(endpoint, e.endpoint());
        assertTrue(e.getMessage().contains(operation.noun()), e.getMessage());
        assertFalse(e.getMessage().contains("chat message"), e.getMessage());
    }

    /** Tests that a get and an edit are repeated after a 500 and succeed, and that a delete is not repeated. */
    @Test
    default void r13_6_getAndEditAreRetriedButDeleteIsNot() {
        support().assume(Capability.RETRIES, "the in-memory client has no transport to retry");
        AcquireClient client = support().current().client(s -> s.retryPolicy(fastRetries().build()));
        SentMessage sent = stored(client, "first");
        ServerFault fail = ServerFault.status(500, "ERROR_SERVER_ERROR");
        support().current().script(fail);
        assertEquals(Optional.of("first"), get(client, sent.id()).text());
        support().current().script(fail);
        assertEquals(Optional.of("second"), edit(client, sent.id(), MessageEdit.of("second")).text());
        support().current().script(fail);
        SendFailedException e = assertThrows(SendFailedException.class, () -> delete(client, sent.id()));
        assertEquals(Operation.DELETE_MESSAGE, e.operation());
        assertTrue(e.mayHaveBeenSent(), e.toString());
        List<RecordedRequest> wire = support().wire();
        assertEquals(6, wire.size(), "send, 2 gets, 2 edits, 1 delete: " + wire);
        assertTrue(support().state().findMessage(sent.id()).isPresent(), "the 500 answered before the delete was done");
    }
}
