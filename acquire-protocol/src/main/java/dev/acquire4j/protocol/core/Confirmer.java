package dev.acquire4j.protocol.core;

import dev.acquire4j.domain.CaseId;
import dev.acquire4j.domain.ListedCase;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.SentMessage;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ConfirmationOutcome;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.FailureDetails;
import dev.acquire4j.ports.MalformedResponseException;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.Operation;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.SendFailedException;
import dev.acquire4j.ports.UnconfirmedSend;
import dev.acquire4j.protocol.Call;
import dev.acquire4j.protocol.Claims;
import dev.acquire4j.protocol.ConfirmationMatcher;
import dev.acquire4j.protocol.StoredCandidate;
import dev.acquire4j.protocol.StoredCandidates;
import dev.acquire4j.protocol.UnconfirmedSends;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Settles sends whose outcome is unknown by reading their case back, for every transport, blocking
 * or async: on demand ({@link #confirm}) and, when the policy is automatic, inside a send (wait the
 * grace period, confirm, resend what is not there, all before the send deadline). Every send made
 * through it claims its stored copy, so that no confirmation takes it for another send. Immutable
 * and thread-safe; a view with another policy shares the claims.
 */
final class Confirmer {
    private final ConfirmationPolicy policy;
    private final Claims claims;
    private final SenderRole defaultRole;
    private final Function<CaseId, Call<Optional<ListedCase>>> readBack;
    private final Clock clock;

    Confirmer(ConfirmationPolicy policy, Claims claims, SenderRole defaultRole,
            Function<CaseId, Call<Optional<ListedCase>>> readBack, Clock clock) {
        this.policy = policy;
        this.claims = claims;
        this.defaultRole = defaultRole;
        this.readBack = readBack;
        this.clock = clock;
    }

    /** {@return this confirmer with another policy, sharing the claims} */
    Confirmer withPolicy(ConfirmationPolicy other) {
        return new Confirmer(other, claims, defaultRole, readBack, clock);
    }

    /** Sends on the calling thread; with an automatic policy an unknown outcome is settled before returning. */
    SentMessage send(Operations ops, OutboundMessage message) {
        long end = System.nanoTime() + ops.sendDeadline().toNanos();
        UnconfirmedSend send = UnconfirmedSends.of(message, defaultRole, clock.instant());
        Call<SentMessage> call = ops.protocol().call(message);
        OutcomeUnknownException unknown;
        try {
            return claimed(ops.run(call));
        } catch (OutcomeUnknownException e) {
            unknown = attach(e, send);
        }
        while (policy.isAutomatic()) {
            Duration left = remaining(end);
            if (left.compareTo(policy.gracePeriod()) <= 0 || !sleep(policy.gracePeriod())) {
                break;
            }
            Confirmation found;
            try {
                found = confirm(within(ops, end), send);
            } catch (OutcomeUnknownException | IllegalArgumentException readFailed) {
                unknown.addSuppressed(readFailed);
                break;
            }
            if (found.isStored()) {
                return found.sentMessage().orElseThrow();
            }
            if (remaining(end).isZero()) {
                throw noTimeToResend(unknown);
            }
            try {
                return claimed(within(ops, end).run(call));
            } catch (OutcomeUnknownException again) {
                again.addSuppressed(unknown);
                unknown = attach(again, send);
            }
        }
        throw unknown;
    }

    /** Starts a send; with an automatic policy its stage settles an unknown outcome before completing. */
    CompletionStage<SentMessage> sendAsync(Operations ops, OutboundMessage message) {
        long end = System.nanoTime() + ops.sendDeadline().toNanos();
        UnconfirmedSend send;
        Call<SentMessage> call;
        try {
            send = UnconfirmedSends.of(message, defaultRole, clock.instant());
            call = ops.protocol().call(message);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return afterAttempt(ops, call, send, end, ops.start(() -> call));
    }

    private CompletionStage<SentMessage> afterAttempt(Operations ops, Call<SentMessage> call, UnconfirmedSend send,
            long end, CompletionStage<SentMessage> attempt) {
        return Stages.then(attempt, (sent, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(claimed(sent));
            }
            if (!(error instanceof OutcomeUnknownException e)) {
                return CompletableFuture.failedFuture(error);
            }
            OutcomeUnknownException unknown = attach(e, send);
            if (!policy.isAutomatic() || remaining(end).compareTo(policy.gracePeriod()) <= 0) {
                return CompletableFuture.failedFuture(unknown);
            }
            return Stages.then(ops.after(policy.gracePeriod()), (v, waitFailed) -> {
                if (waitFailed != null || ops.isClosed()) {
                    return CompletableFuture.failedFuture(unknown);
                }
                return Stages.then(confirmAsync(within(ops, end), send), (found, readFailed) -> {
                    if (readFailed != null) {
                        unknown.addSuppressed(readFailed);
                        return CompletableFuture.failedFuture(unknown);
                    }
                    if (found.isStored()) {
                        return CompletableFuture.completedFuture(found.sentMessage().orElseThrow());
                    }
                    if (remaining(end).isZero()) {
                        return CompletableFuture.failedFuture(noTimeToResend(unknown));
                    }
                    return afterAttempt(ops, call, send, end, within(ops, end).start(() -> call));
                });
            });
        });
    }

    /** Reads the case of an unknown outcome back, on the calling thread. */
    Confirmation confirm(Operations ops, OutcomeUnknownException unknown) {
        return confirm(ops, unconfirmed(unknown));
    }

    /** Starts reading the case of an unknown outcome back. */
    CompletionStage<Confirmation> confirmAsync(Operations ops, OutcomeUnknownException unknown) {
        try {
            return confirmAsync(ops, unconfirmed(unknown));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Confirmation confirm(Operations ops, UnconfirmedSend send) {
        long start = System.nanoTime();
        Call<Optional<ListedCase>> read = readBack.apply(send.caseId());
        Optional<ListedCase> listed;
        try {
            listed = ops.run(read);
        } catch (SendFailedException e) {
            throw readFailed(ops, send, e, start);
        }
        return matched(ops, send, read, listed, start);
    }

    private CompletionStage<Confirmation> confirmAsync(Operations ops, UnconfirmedSend send) {
        long start = System.nanoTime();
        Call<Optional<ListedCase>> read;
        try {
            read = readBack.apply(send.caseId());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return Stages.then(ops.start(() -> read), (listed, error) -> {
            if (error instanceof SendFailedException e) {
                return CompletableFuture.failedFuture(readFailed(ops, send, e, start));
            }
            return error != null ? CompletableFuture.failedFuture(error)
                    : CompletableFuture.completedFuture(matched(ops, send, read, listed, start));
        });
    }

    /** Matches the case's messages; an answer that did not list the case with its messages proves nothing. */
    private Confirmation matched(Operations ops, UnconfirmedSend send, Call<?> read, Optional<ListedCase> listed,
            long start) {
        Optional<List<StoredCandidate>> held = StoredCandidates.of(listed);
        if (held.isEmpty()) {
            throw readFailed(ops, send, new MalformedResponseException("The case list did not name case "
                    + send.caseId().value() + " with its messages.", FailureDetails.withoutAnswer(read.operation(),
                    read.request().endpoint(), 1), null), start);
        }
        List<StoredCandidate> stored = held.get();
        Confirmation c = ConfirmationMatcher.find(send, policy.clockSkew(), stored, claims)
                .map(Confirmation::stored).orElse(Confirmation.notFound());
        ops.loop().confirmationFinished(Operation.send(send.channel()), c.outcome(), since(start));
        return c;
    }

    private OutcomeUnknownException readFailed(Operations ops, UnconfirmedSend send, SendFailedException e, long start) {
        ops.loop().confirmationFinished(Operation.send(send.channel()), ConfirmationOutcome.FAILED, since(start));
        return new OutcomeUnknownException("Could not read case " + send.caseId().value() + " back to confirm the "
                + Operation.send(send.channel()).noun() + " (" + e.getClass().getSimpleName() + "); its outcome stays"
                + " unknown. Check the case's messages, or confirm again later.", e.details(), e)
                .initUnconfirmedSend(send);
    }

    private SentMessage claimed(SentMessage sent) {
        sent.caseId().ifPresent(c -> claims.claim(c, sent.id()));
        return sent;
    }

    private static UnconfirmedSend unconfirmed(OutcomeUnknownException unknown) {
        return unknown.unconfirmedSend().orElseThrow(() -> new IllegalArgumentException(
                "the exception carries no unconfirmed send: it is not the failure of a send of an acquire4j client"));
    }

    private static OutcomeUnknownException attach(OutcomeUnknownException e, UnconfirmedSend send) {
        return e.unconfirmedSend().isPresent() ? e : e.initUnconfirmedSend(send);
    }

    private static NotSentException noTimeToResend(OutcomeUnknownException unknown) {
        return new NotSentException("The case does not hold the " + unknown.operation().noun() + " (confirmed), and"
                + " the send deadline left no time to send it again; it was not sent.", unknown.details(), unknown);
    }

    /** {@return the operations bounded by what is left of the send deadline, lookups included} */
    private static Operations within(Operations ops, long end) {
        Duration left = remaining(end);
        Duration floor = Duration.ofMillis(1);
        Duration send = left.compareTo(floor) < 0 ? floor : left;
        Duration lookup = ops.lookupDeadline().compareTo(send) < 0 ? ops.lookupDeadline() : send;
        return ops.withDeadlines(send, lookup);
    }

    private static Duration remaining(long end) {
        return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** {@return whether the wait ended normally; on interrupt the flag is restored} */
    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
