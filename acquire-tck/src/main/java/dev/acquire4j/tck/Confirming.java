package dev.acquire4j.tck;

import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.testkit.RecordedRequest;
import java.time.Duration;

/** What the confirmation rules (r15) share: short timeouts, a grace period between them, and request counts. */
final class Confirming {
    /** The request timeout of a confirming client: short, so that a stalled answer ends fast. */
    static final Duration TIMEOUT = Duration.ofMillis(250);
    /** The grace period of most rules: the fakes store before they fail, so a short one will do. */
    static final Duration GRACE = Duration.ofMillis(300);
    /** The grace period of the late-store rules: well past {@link #TIMEOUT} plus {@link #STORED_LATE}. */
    static final Duration LONG_GRACE = Duration.ofMillis(1500);
    /** A store later than the timeout but well within the grace period. */
    static final Duration STORED_LATE = Duration.ofMillis(500);
    /** A store later than the grace period: the documented limit. */
    static final Duration STORED_TOO_LATE = LONG_GRACE.plusSeconds(2);
    /** The send deadline: room for an attempt, the grace period, a read and a resend. */
    static final Duration DEADLINE = Duration.ofSeconds(15);

    private Confirming() {}

    /** {@return a client of the rule's fixture that confirms unknown outcomes on its own, after {@link #GRACE}} */
    static AcquireClient client(ContractSupport support) {
        return client(support, GRACE);
    }

    /** {@return a client of the rule's fixture that confirms unknown outcomes on its own, after this grace period} */
    static AcquireClient client(ContractSupport support, Duration grace) {
        return support.current().client(s -> s.requestTimeout(TIMEOUT).sendDeadline(DEADLINE)
                .retryPolicy(FaultSupport.fastRetries().build())
                .confirmationPolicy(ConfirmationPolicy.automatic().withGracePeriod(grace)));
    }

    /** {@return a client like {@link #client} with confirmation off, as every client is by default} */
    static AcquireClient notConfirming(ContractSupport support) {
        return support.current().client(s -> s.requestTimeout(TIMEOUT).sendDeadline(DEADLINE)
                .retryPolicy(FaultSupport.fastRetries().build()));
    }

    /** {@return how many send requests (POST) went over the wire} */
    static long sends(ContractSupport support) {
        return support.wire().stream().filter(r -> "POST".equals(r.method())).count();
    }

    /** {@return how many read requests (GET) went over the wire} */
    static long reads(ContractSupport support) {
        return support.wire().stream().map(RecordedRequest::method).filter("GET"::equals).count();
    }
}
