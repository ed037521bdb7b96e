package dev.acquire4j.jdk.examples;

import dev.acquire4j.testkit.faults.PagingFault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ChatMessage;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.jdk.JdkAcquireClient;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the README's samples against the fake server, and checks the README shows them verbatim. */
class ReadmeExamplesTest {
    private FakeAcquireServer server;
    private ClientSettings settings;
    private SupportCase chatCase;
    private SupportCase mailCase;
    private SupportCase smsCase;

    @BeforeEach
    void start() {
        AcquireState state = new AcquireState();
        chatCase = state.openCase(Channel.CHAT);
        ContactId contact = chatCase.contactId().orElseThrow();
        mailCase = state.openCase(contact, Channel.EMAIL);
        smsCase = state.openCase(contact, Channel.SMS);
        server = new FakeAcquireServer(state).start();
        settings = ClientSettings.builder().baseUri(server.baseUri()).apiKey(state.validKey()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSamplesSendWhatTheySay() {
        long contact = chatCase.contactId().orElseThrow().value();
        SentMessage chat = ReadmeExamples.sendChat(settings, chatCase.id().value(), contact);
        assertEquals(chatCase.id(), chat.caseId().orElseThrow());
        try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
            assertEquals(Channel.EMAIL, ReadmeExamples.sendMail(acquire, mailCase.id().value(), contact).channel());
            assertEquals(Channel.SMS, ReadmeExamples.sendSms(acquire, smsCase.id().value(), contact,
                    smsCase.timelineId().orElseThrow().value()).channel());
            ChatMessage message = ChatMessage.builder().caseId(chatCase.id()).contactId(ContactId.of(contact))
                    .text("async").build();
            assertEquals(chatCase.id(), ReadmeExamples.sendAsync(acquire, message).caseId().orElseThrow());
            assertTrue(ReadmeExamples.sendAndHandleFailures(acquire, message).startsWith("stored as "));
            server.failNext(500, "ERROR_SERVER_ERROR");
            assertTrue(ReadmeExamples.sendAndHandleFailures(acquire, message).startsWith("unknown: "));
            ChatMessage toUnknownCase = ChatMessage.builder().caseId(CaseId.of(999_999)).contactId(ContactId.of(contact))
                    .text("nobody").build();
            assertTrue(ReadmeExamples.sendAndHandleFailures(acquire, toUnknownCase).startsWith("not sent: "));
        }
        assertEquals(5, server.state().messageCount(), "five sends stored; the 500 and the unknown case stored nothing");
    }

    /**
     * The recipe reuses an active case against the documented answers, whether the timeline relation
     * comes as an object or as a one-element array ("JSON Array Object"), and opens a case only for a
     * contact without one.
     */
    @ParameterizedTest(name = "timeline as one-element array: {0}")
    @ValueSource(booleans = {false, true})
    void theFindIdsSampleTextsAnActiveCaseOrOpensOne(boolean relationsAsArrays) {
        server.state().answerRelationsAsArrays(relationsAsArrays);
        long contact = chatCase.contactId().orElseThrow().value();
        server.state().closeCase(chatCase.id());
        int casesBefore = server.state().cases().size();
        try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
            SentMessage sent = ReadmeExamples.findIdsAndText(acquire, contact);
            assertEquals(Channel.SMS, sent.channel());
            assertEquals(mailCase.id(), sent.caseId().orElseThrow(), "the first active case of the contact");
            assertEquals(casesBefore, server.state().cases().size(), "an active case is reused, none opened");
            assertEquals(mailCase.timelineId(), server.state().messages().get(0).timelineId());
            assertTrue(server.requests().stream().noneMatch(r -> r.path().startsWith("/api/v1/crm/objects/case/")),
                    "no get by id: it documents no timeline");
            long stranger = server.state().addContact().id().value();
            SentMessage toNew = ReadmeExamples.findIdsAndText(acquire, stranger);
            SupportCase opened = server.state().findCase(toNew.caseId().orElseThrow()).orElseThrow();
            assertEquals(stranger, opened.contactId().orElseThrow().value(), "a case opened for the new contact");
        }
        assertEquals(2, server.state().messageCount());
    }

    @Test
    void theCaseQuerySampleListsEveryActiveCaseOverSeveralPages() {
        server.state().pageCasesBy(1);
        long contact = chatCase.contactId().orElseThrow().value();
        server.state().closeCase(chatCase.id());
        try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
            assertEquals(java.util.List.of(mailCase.id(), smsCase.id()), ReadmeExamples.activeCasesOf(acquire, contact));
            server.state().breakPaging(PagingFault.IGNORE_PAGE);
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> ReadmeExamples.activeCasesOf(acquire, contact));
            assertTrue(e.getMessage().startsWith("case list incomplete"), e.getMessage());
        }
    }

    @Test
    void theStoredMessagesSampleShowsEachChannelsContent() {
        long contact = chatCase.contactId().orElseThrow().value();
        try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {
            ReadmeExamples.sendMail(acquire, mailCase.id().value(), contact);
            java.util.List<String> lines = ReadmeExamples.storedMessages(acquire, mailCase.id().value());
            assertEquals(1, lines.size());
            StoredMessageLine.check(lines.get(0), server.state().messages().get(0));
        }
    }

    /** What the stored-messages sample prints for one message. */
    private static final class StoredMessageLine {
        static void check(String line, dev.acquire4j.testkit.records.StoredMessage stored) {
            assertTrue(line.startsWith(stored.id() + " EMAIL from USER: " + stored.text()), line);
            assertTrue(line.endsWith("(" + stored.subject().orElseThrow() + ")"), line);
        }
    }
}
