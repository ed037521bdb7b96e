package dev.acquire4j.vertx;

import dev.acquire4j.domain.CaseClosing;
import dev.acquire4j.domain.CaseMessage;
import dev.acquire4j.domain.CaseOpening;
import dev.acquire4j.domain.ClosedCase;
import dev.acquire4j.domain.DeletedMessage;
import dev.acquire4j.domain.MessageEdit;
import dev.acquire4j.domain.MessageId;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.domain.ThreadId;
import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.Confirmation;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.AsyncAcquireClient;
import dev.acquire4j.ports.AsyncCaseLifecycle;
import dev.acquire4j.ports.AsyncCaseLookup;
import dev.acquire4j.ports.AsyncCaseMessages;
import dev.acquire4j.ports.AsyncCaseOpener;
import dev.acquire4j.ports.AsyncChatSender;
import dev.acquire4j.ports.AsyncMailSender;
import dev.acquire4j.ports.AsyncSmsSender;
import dev.acquire4j.ports.CaseLifecycle;
import dev.acquire4j.ports.CaseLookup;
import dev.acquire4j.ports.CaseMessages;
import dev.acquire4j.ports.CaseOpener;
import dev.acquire4j.ports.ChatSender;
import dev.acquire4j.ports.MailSender;
import dev.acquire4j.ports.SmsSender;
import dev.acquire4j.tck.CaseOperationsContract;
import dev.acquire4j.tck.ContractFixture;
import dev.acquire4j.tck.SendStyle;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;

/**
 * The case-lifecycle and stored-message rules (r12, r13) through the Vert.x client's native
 * {@code Future} API: every lifecycle and message call the rules make goes through
 * {@link VertxAcquireClient#future}, the rest through the client's own views.
 */
class VertxFutureContractTest extends CaseOperationsContract {
    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void closeVertx() throws Exception {
        VERTX.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Override
    protected ContractFixture fixture() {
        return ContractFixture.overFakeServer(
                settings -> new FutureRouted(VertxAcquireClient.create(VERTX, VertxAcquireOptions.of(settings))),
                SendStyle.ASYNC);
    }

    /** The blocking client of a Vert.x client, whose async lifecycle and message calls are its Futures. */
    private static final class FutureRouted implements AcquireClient {
        private final VertxAcquireClient vertx;
        private final AcquireClient blocking;

        FutureRouted(VertxAcquireClient vertx) {
            this.vertx = vertx;
            this.blocking = vertx.asAcquireClient();
        }

        @Override
        public ChatSender chat() {
            return blocking.chat();
        }

        @Override
        public MailSender mail() {
            return blocking.mail();
        }

        @Override
        public SmsSender sms() {
            return blocking.sms();
        }

        @Override
        public CaseLookup cases() {
            return blocking.cases();
        }

        @Override
        public CaseOpener caseOpener() {
            return blocking.caseOpener();
        }

        @Override
        public CaseLifecycle caseLifecycle() {
            return blocking.caseLifecycle();
        }

        @Override
        public CaseMessages caseMessages() {
            return blocking.caseMessages();
        }

        @Override
        public AcquireClient withSendDeadline(Duration deadline) {
            return blocking.withSendDeadline(deadline);
        }

        @Override
        public Confirmation confirm(OutcomeUnknownException unknown) {
            return blocking.confirm(unknown);
        }

        @Override
        public AcquireClient withConfirmationPolicy(ConfirmationPolicy policy) {
            return blocking.withConfirmationPolicy(policy);
        }

        @Override
        public void close() {
            vertx.close();
        }

        @Override
        public AsyncAcquireClient async() {
            AsyncAcquireClient views = vertx.async();
            return new AsyncAcquireClient() {
                @Override
                public AsyncChatSender chat() {
                    return views.chat();
                }

                @Override
                public AsyncMailSender mail() {
                    return views.mail();
                }

                @Override
                public AsyncSmsSender sms() {
                    return views.sms();
                }

                @Override
                public AsyncCaseLookup cases() {
                    return views.cases();
                }

                @Override
                public AsyncCaseOpener caseOpener() {
                    return views.caseOpener();
                }

                @Override
                public CompletionStage<Confirmation> confirm(OutcomeUnknownException unknown) {
                    return vertx.future(a -> a.confirm(unknown)).toCompletionStage();
                }

                @Override
                public AsyncCaseLifecycle caseLifecycle() {
                    return new AsyncCaseLifecycle() {
                        @Override
                        public CompletionStage<SupportCase> open(CaseOpening opening) {
                            return vertx.future(a -> a.caseLifecycle().open(opening)).toCompletionStage();
                        }

                        @Override
                        public CompletionStage<ClosedCase> close(CaseClosing closing) {
                            return vertx.future(a -> a.caseLifecycle().close(closing)).toCompletionStage();
                        }

                        @Override
                        public CompletionStage<SupportCase> reopen(CaseOpening opening, ThreadId thread) {
                            return vertx.future(a -> a.caseLifecycle().reopen(opening, thread)).toCompletionStage();
                        }
                    };
                }

                @Override
                public AsyncCaseMessages caseMessages() {
                    return new AsyncCaseMessages() {
                        @Override
                        public CompletionStage<CaseMessage> get(MessageId id) {
                            return vertx.future(a -> a.caseMessages().get(id)).toCompletionStage();
                        }

                        @Override
                        public CompletionStage<CaseMessage> edit(MessageId id, MessageEdit edit) {
                            return vertx.future(a -> a.caseMessages().edit(id, edit)).toCompletionStage();
                        }

                        @Override
                        public CompletionStage<DeletedMessage> delete(MessageId id) {
                            return vertx.future(a -> a.caseMessages().delete(id)).toCompletionStage();
                        }
                    };
                }
            };
        }
    }
}
