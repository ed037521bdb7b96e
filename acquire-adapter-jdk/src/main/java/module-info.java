/**
 * The java.net.http transport of acquire4j. Entry point: {@link dev.acquire4j.jdk.JdkAcquireClient}.
 *
 * <p>{@code java.net.http} is required transitively: a caller may hand the client its own
 * {@code HttpClient}.
 */
module dev.acquire4j.adapter.jdk {
    requires transitive dev.acquire4j.ports;
    requires dev.acquire4j.protocol;
    requires transitive java.net.http;

    exports dev.acquire4j.jdk;
}
