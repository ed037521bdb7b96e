/**
 * Faults the fakes inject: {@link dev.acquire4j.testkit.faults.ServerFault} (one misbehaviour of the
 * fake HTTP server for one request), {@link dev.acquire4j.testkit.faults.FaultPlan} (faults drawn at
 * random, seeded) and {@link dev.acquire4j.testkit.faults.FailureKind} (a failure of the in-memory
 * fake). Values only: the fakes in {@code dev.acquire4j.testkit} apply them.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package dev.acquire4j.testkit.faults;
