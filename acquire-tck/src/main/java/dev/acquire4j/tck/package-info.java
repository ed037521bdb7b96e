/**
 * The contract suite every {@link dev.acquire4j.ports.AcquireClient} must pass: JUnit 5 rule
 * groups composed by one abstract class with one factory method.
 *
 * <p>A transport's test is a short subclass of {@link dev.acquire4j.tck.AcquireClientContract}:
 * <pre>{@code
 * class JdkBlockingContractTest extends AcquireClientContract {
 *     @Override
 *     protected ContractFixture fixture() {
 *         return ContractFixture.overFakeServer(
 *                 s -> JdkAcquireClient.builder().settings(s).build(), SendStyle.BLOCKING);
 *     }
 * }
 * }</pre>
 *
 * <p>Rules are numbered by group and named, one test each ({@code r3_2_...}), and run in the order
 * of their numbers. Each group is an interface of default test methods that reaches the running
 * rule through {@link dev.acquire4j.tck.RuleGroup#support()}; no group extends another:
 * {@link dev.acquire4j.tck.DeliveryRules} (r1 delivery), {@link dev.acquire4j.tck.SenderRules}
 * (r2 sender role and translation), {@link dev.acquire4j.tck.WireRules} (r3 the exact requests),
 * {@link dev.acquire4j.tck.RefusalRules} (r4 validation and 4xx refusals),
 * {@link dev.acquire4j.tck.FailureRules} (r5 auth, 5xx, malformed answers, connection, secrecy of
 * the key), {@link dev.acquire4j.tck.ConcurrencyRules} (r6 threads, close, async stages),
 * {@link dev.acquire4j.tck.RetryFaultRules} and {@link dev.acquire4j.tck.DeliveryFaultRules} (r7
 * retries, {@code Retry-After}, deadlines and transport faults, scripted with
 * {@link dev.acquire4j.testkit.faults.ServerFault}), {@link dev.acquire4j.tck.LookupRules} (r8 case lookups
 * and opening a case), {@link dev.acquire4j.tck.CheckedSendRules} (r9 sends that check their case
 * first) and {@link dev.acquire4j.tck.ObservationRules} (r10 the events a
 * {@link dev.acquire4j.ports.OperationListener} hears), {@link dev.acquire4j.tck.HttpsRules} (r16 sends,
 * lookups, retries and faults over TLS; certificates and host names checked, TLS 1.2 or newer) and
 * {@link dev.acquire4j.tck.ProxyRules} (r17 a {@code CONNECT} proxy, with and without credentials).
 * A rule a fixture cannot show (wire details of an
 * in-memory client) is skipped with the reason, never passed empty.
 *
 * <p>Every fixture starts a fresh {@link dev.acquire4j.testkit.AcquireState}, so rules are
 * independent; the suite binds loopback only, uses ephemeral ports, and never sleeps to
 * synchronise (the fault rules let the fake server wait, and bound the client's time from above).
 *
 * <p>{@link dev.acquire4j.tck.LoadAndFaultRun} is the suite's load test: thousands of sends through
 * one client against seeded random faults, then an account of every send.
 */
package dev.acquire4j.tck;
