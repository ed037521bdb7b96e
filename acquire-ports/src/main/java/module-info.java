/**
 * The acquire4j ports: what a transport implements and what a caller catches.
 *
 * <p>Speaks JDK and domain types only.
 */
module dev.acquire4j.ports {
    requires transitive dev.acquire4j.domain;

    exports dev.acquire4j.ports;
}
