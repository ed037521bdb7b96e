package dev.acquire4j.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.ContactId;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.UnconfirmedSend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The matching of a send with an unknown outcome to the messages its case holds, pure, with seeded cases. */
class ConfirmationMatcherTest {
    private static final CaseId CASE = CaseId.of(2069);
    private static final Instant START = Instant.parse("2026-12-02T10:00:00.700Z");
    private static final Duration SKEW = Duration.ofSeconds(5);

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    private static UnconfirmedSend chat(String text) {
        return new UnconfirmedSend(Channel.CHAT, CASE, ContactId.of(7), SenderRole.USER, "message", text,
                Optional.empty(), START);
    }

    private static StoredCandidate stored(long id, Channel channel, SenderRole role, String type, String text,
            Instant at) {
        return StoredCandidate.of(SentMessage.builder().id(MessageId.of(id)).channel(channel).caseId(CASE)
                .senderRole(role).type(type).text(text).createdAt(at).build());
    }

    private static StoredCandidate same(long id, String text, Instant at) {
        return stored(id, Channel.CHAT, SenderRole.USER, "message", text, at);
    }

    @Test
    void findsTheCopyStoredInWholeSecondsJustBeforeTheStart() {
        StoredCandidate copy = same(10, "hello", Instant.parse("2026-12-02T10:00:00Z"));
        Optional<SentMessage> found = ConfirmationMatcher.find(chat("hello"), SKEW, List.of(copy), new Claims(System::nanoTime));
        assertEquals(Optional.of(copy.message()), found);
    }

    @Test
    void eachDifferenceAloneMeansNotFound() {
        Instant at = START.plusSeconds(1);
        List<StoredCandidate> near = List.of(
                stored(1, Channel.SMS, SenderRole.USER, "message", "hello", at),
                stored(2, Channel.CHAT, SenderRole.CONTACT, "message", "hello", at),
                stored(3, Channel.CHAT, SenderRole.USER, "note", "hello", at),
                stored(4, Channel.CHAT, SenderRole.USER, "message", "hello!", at),
                stored(5, Channel.CHAT, SenderRole.USER, "message", "hello", START.minus(SKEW).minusMillis(1)));
        assertEquals(Optional.empty(), ConfirmationMatcher.find(chat("hello"), SKEW, near, new Claims(System::nanoTime)));
    }

    @Test
    void aMailMatchesOnItsSubjectWhenTheRecordCarriesOne() {
        UnconfirmedSend mail = new UnconfirmedSend(Channel.EMAIL, CASE, ContactId.of(7), SenderRole.USER, "message",
                "<p>x</p>", Optional.of("Invoice"), START);
        SentMessage record = SentMessage.builder().id(MessageId.of(3)).channel(Channel.EMAIL).caseId(CASE)
                .senderRole(SenderRole.USER).type("message").text("<p>x</p>").createdAt(START).build();
        assertTrue(ConfirmationMatcher.find(mail, SKEW, List.of(new StoredCandidate(record, Optional.of("Other"))),
                new Claims(System::nanoTime)).isEmpty());
        assertTrue(ConfirmationMatcher.find(mail, SKEW, List.of(new StoredCandidate(record, Optional.of("Invoice"))),
                new Claims(System::nanoTime)).isPresent());
    }

    @Test
    void aRecordWithoutRoleTypeTextOrTimeNeverMatches() {
        SentMessage bare = SentMessage.builder().id(MessageId.of(1)).channel(Channel.CHAT).caseId(CASE).build();
        assertFalse(ConfirmationMatcher.matches(chat("x"), START, StoredCandidate.of(bare)));
    }

    /**
     * k identical sends on purpose, of which a random subset was stored, among random other messages
     * in random order: confirming every send claims each stored copy once, in creation order, and
     * exactly the sends without a copy find nothing.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void identicalSendsAreEachAccountedForOnce(long seed) {
        Random r = new Random(seed);
        int sends = 1 + r.nextInt(6);
        int storedCopies = r.nextInt(sends + 1);
        List<StoredCandidate> held = new ArrayList<>();
        Set<Long> copies = new HashSet<>();
        long id = 100;
        for (int i = 0; i < storedCopies; i++) {
            copies.add(++id);
            held.add(same(id, "same text", START.plusMillis(r.nextInt(20_000))));
        }
        for (int i = r.nextInt(8); i > 0; i--) {
            // Older identical messages (before the window) and other texts are never taken.
            held.add(r.nextBoolean() ? same(++id, "same text", START.minus(SKEW).minusSeconds(1 + r.nextInt(100)))
                    : same(++id, "other " + r.nextInt(), START.plusMillis(r.nextInt(20_000))));
        }
        Collections.shuffle(held, r);
        Claims claims = new Claims(System::nanoTime);
        Set<Long> claimed = new HashSet<>();
        int notFound = 0;
        for (int i = 0; i < sends; i++) {
            Optional<SentMessage> found = ConfirmationMatcher.find(chat("same text"), SKEW, held, claims);
            if (found.isPresent()) {
                assertTrue(claimed.add(found.get().id().value()), "a copy is claimed once");
            } else {
                notFound++;
            }
        }
        assertEquals(copies, claimed);
        assertEquals(sends - storedCopies, notFound);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aCopyAlreadyClaimedBySuccessfulSendIsNotTakenAgain(long seed) {
        Random r = new Random(seed);
        Claims claims = new Claims(System::nanoTime);
        StoredCandidate earlier = same(1, "dup", START.plusMillis(r.nextInt(1000)));
        StoredCandidate later = same(2, "dup", earlier.message().createdAt().orElseThrow().plusMillis(1 + r.nextInt(1000)));
        List<StoredCandidate> held = r.nextBoolean() ? List.of(earlier, later) : List.of(later, earlier);
        assertTrue(claims.claim(CASE, MessageId.of(1)), "the first send's own answer");
        assertEquals(Optional.of(later.message()), ConfirmationMatcher.find(chat("dup"), SKEW, held, claims));
        assertEquals(Optional.empty(), ConfirmationMatcher.find(chat("dup"), SKEW, held, claims));
    }

    @Test
    void unconfirmedSendShowsNoContent() {
        UnconfirmedSend s = new UnconfirmedSend(Channel.EMAIL, CASE, ContactId.of(7), SenderRole.USER, "message",
                "secret body jane@example.com", Optional.of("private subject"), START);
        String shown = s.toString();
        assertFalse(shown.contains("secret") || shown.contains("jane") || shown.contains("private"), shown);
        assertTrue(shown.contains("case=2069"), shown);
    }
}
