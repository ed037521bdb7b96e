/**
 * The Vert.x 5 Web Client transport of acquire4j. Entry point: {@link dev.acquire4j.vertx.VertxAcquireClient}.
 *
 * <p>{@code io.vertx.core} is required transitively: {@code Vertx} and {@code Future} appear in the
 * entry point's signatures.
 */
module dev.acquire4j.adapter.vertx {
    requires transitive dev.acquire4j.ports;
    requires transitive io.vertx.core;
    requires dev.acquire4j.protocol;
    requires io.vertx.web.client;

    exports dev.acquire4j.vertx;
}
