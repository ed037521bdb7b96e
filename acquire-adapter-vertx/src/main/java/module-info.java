/**
 * The Vert.x 5 HTTP client transport of acquire4j. Entry point: {@link dev.acquire4j.vertx.VertxAcquireClient}.
 *
 * <p>{@code io.vertx.core} is required transitively: {@code Vertx} and {@code Future} appear in the
 * entry point's signatures.
 */
module dev.acquire4j.adapter.vertx {
    requires transitive dev.acquire4j.ports;
    requires transitive io.vertx.core;
    requires dev.acquire4j.protocol;

    exports dev.acquire4j.vertx;
}
