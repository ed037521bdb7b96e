/**
 * The java.net.http transport: {@link dev.acquire4j.jdk.JdkAcquireClient} builds an
 * {@link dev.acquire4j.ports.AcquireClient} whose blocking senders run on the caller's thread and
 * whose async senders complete on an executor the client owns or the caller gives.
 */
package dev.acquire4j.jdk;
