package dev.acquire4j.ports;

import dev.acquire4j.domain.CasePolicy;
import dev.acquire4j.domain.OutboundMessage;
import dev.acquire4j.domain.SentMessage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The view {@link AsyncAcquireClient#checked()} returns: each send first fetches its case, then sends only
 * if {@link CasePolicy#requireDeliverable} allows it. Stages fail with the exception itself, never
 * wrapped, and complete on the thread that completed the last request. Thread-safe.
 */
final class CheckedAsyncClient implements AsyncAcquireClient {
    private final AsyncAcquireClient senders;

    CheckedAsyncClient(AsyncAcquireClient senders) {
        this.senders = senders;
    }

    @Override
    public AsyncChatSender chat() {
        return m -> checkThenSend(m, senders.chat()::send);
    }

    @Override
    public AsyncMailSender mail() {
        return m -> checkThenSend(m, senders.mail()::send);
    }

    @Override
    public AsyncSmsSender sms() {
        return m -> checkThenSend(m, senders.sms()::send);
    }

    @Override
    public AsyncCaseLookup cases() {
        return senders.cases();
    }

    @Override
    public AsyncCaseLifecycle caseLifecycle() {
        return senders.caseLifecycle();
    }

    @Override
    public AsyncCaseMessages caseMessages() {
        return senders.caseMessages();
    }

    @Override
    public AsyncCaseOpener caseOpener() {
        return senders.caseOpener();
    }

    @Override
    public CompletionStage<Confirmation> confirm(OutcomeUnknownException unknown) {
        return senders.confirm(unknown);
    }

    @Override
    public AsyncAcquireClient checked() {
        return this;
    }

    private <M extends OutboundMessage> CompletionStage<SentMessage> checkThenSend(M message,
            Function<M, CompletionStage<SentMessage>> send) {
        CompletableFuture<SentMessage> result = new CompletableFuture<>();
        try {
            senders.cases().get(message.caseId()).whenComplete((found, lookupError) -> {
                if (lookupError != null) {
                    result.completeExceptionally(CheckedClient.lookupFailed(unwrap(lookupError)));
                    return;
                }
                try {
                    CasePolicy.requireDeliverable(message, found);
                    send.apply(message).whenComplete((sent, sendError) -> {
                        if (sendError != null) {
                            result.completeExceptionally(unwrap(sendError));
                        } else {
                            result.complete(sent);
                        }
                    });
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
