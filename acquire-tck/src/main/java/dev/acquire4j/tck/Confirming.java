package dev.acquire4j.tck;

import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ConfirmationPolicy;
import dev.acquire4j.testkit.records.RecordedRequest;
import java.time.Duration;

/** What the confirmation rules (r15) share: short timeouts, a grace period between them, and request counts. */
final class Confirming {
    /** The request timeout of the rules whose fault answers at once: no timing can matter. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * The request timeout of the rules whose fault stalls: short, so that the stalled answer ends
     * fast, and still long enough for the read and the resend on a loaded machine.
     */
    static final Duration SHORT_TIMEOUT = Duration.ofMillis(1500);
    /** The grace period of most rules: the fakes store before they fail, so a short one will do. */
    static final Duration GRACE = Duration.ofMillis(300);
    /** The grace period of the late-store rules: well past {@link #TIMEOUT} plus {@link #STORED_LATE}. */
    static final Duration LONG_GRACE = Duration.ofSeconds(3);
    /** A store later than the timeout but well within the grace period. */
    static final Duration STORED_LATE = Duration.ofMillis(2500);
    /** A store later than the grace period: the documented limit. */
    static final Duration STORED_TOO_LATE = Duration.ofSeconds(6);
    /** The send deadline: room for an attempt, the grace period, a read and a resend. */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private Confirming() {}

    /** {@return a client of the rule's fixture that confirms unknown outcomes on its own, after {@link #GRACE}} */
    static AcquireClient client(ContractSupport support) {
        return client(support, TIMEOUT, GRACE);
    }

    /** {@return a client that confirms on its own, with this request timeout and grace period} */
    static AcquireClient client(ContractSupport support, Duration timeout, Duration grace) {
        return support.current().client(s -> s.requestTimeout(timeout).sendDeadline(DEADLINE)
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
