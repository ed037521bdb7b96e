/**
 * The java.net.http transport of acquire4j. Entry point: {@link dev.acquire4j.jdk.JdkAcquireClient}.
 */
module dev.acquire4j.adapter.jdk {
    requires transitive dev.acquire4j.ports;
    requires dev.acquire4j.protocol;
    requires java.net.http;

    exports dev.acquire4j.jdk;
}
