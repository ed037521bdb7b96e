/**
 * The contract suite every {@link dev.acquire4j.ports.AcquireClient} must pass: abstract JUnit 5
 * classes with one factory method.
 *
 * <p>An adapter's test is a short subclass of {@link dev.acquire4j.testkit.contract.AcquireClientContract}:
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
 * <p>Rules are numbered by group and named, one test each ({@code r3_2_...}). The groups are
 * stacked classes, each adding one kind of rule: {@link dev.acquire4j.testkit.contract.DeliveryRules}
 * (r1 delivery), {@link dev.acquire4j.testkit.contract.SenderRules} (r2 sender role and translation),
 * {@link dev.acquire4j.testkit.contract.WireRules} (r3 the exact requests),
 * {@link dev.acquire4j.testkit.contract.RefusalRules} (r4 validation and 4xx refusals),
 * {@link dev.acquire4j.testkit.contract.FailureRules} (r5 auth, 5xx, malformed answers, connection,
 * secrecy of the key), {@link dev.acquire4j.testkit.contract.RetryFaultRules} and
 * {@link dev.acquire4j.testkit.contract.DeliveryFaultRules} (r7 retries, {@code Retry-After},
 * deadlines and transport faults, scripted with {@link dev.acquire4j.testkit.ServerFault}) and
 * {@link dev.acquire4j.testkit.contract.ConcurrencyRules} (r6 threads, close, async stages),
 * {@link dev.acquire4j.testkit.contract.LookupRules} (r8 case lookups and opening a case),
 * {@link dev.acquire4j.testkit.contract.CheckedSendRules} (r9 sends that check their case first) and
 * {@link dev.acquire4j.testkit.contract.ObservationRules} (r10 the events a
 * {@link dev.acquire4j.ports.OperationListener} hears). A rule a fixture cannot show (wire details of an
 * in-memory client) is skipped with the reason, never passed empty.
 *
 * <p>Every fixture starts a fresh {@link dev.acquire4j.testkit.AcquireState}, so rules are
 * independent; the suite binds loopback only, uses ephemeral ports, and never sleeps to
 * synchronise (the fault rules let the fake server wait, and bound the client's time from above).
 *
 * <p>{@link dev.acquire4j.testkit.contract.LoadAndFaultRun} is the suite's load test: thousands of
 * sends through one client against seeded random faults, then an account of every send.
 */
package dev.acquire4j.testkit.contract;
