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
 * (r1), {@link dev.acquire4j.testkit.contract.WireRules} (r2),
 * {@link dev.acquire4j.testkit.contract.RefusalRules} (r3),
 * {@link dev.acquire4j.testkit.contract.FailureRules} (r4) and
 * {@link dev.acquire4j.testkit.contract.ConcurrencyRules} (r5). A rule a fixture cannot show (wire
 * details of an in-memory client) is skipped with the reason, never passed empty.
 */
package dev.acquire4j.testkit.contract;
