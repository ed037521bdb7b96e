/**
 * The acquire4j domain: value types and rules for messages sent to Acquire support cases.
 *
 * <p>Depends on the JDK only at run time. Immutables annotations are read at compile time.
 */
module dev.acquire4j.domain {
    requires static org.immutables.value.annotations;

    exports dev.acquire4j.domain;
}
