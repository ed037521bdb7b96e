package dev.acquire4j.benchmarks;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The load harness's server, run in a JVM of its own so that its CPU time and allocations are not
 * the driver's: answers the three send endpoints on 127.0.0.1 with the documented example bodies,
 * on one Vert.x event loop per CPU, at once or after a delay given as the first argument in
 * milliseconds (a remote API's latency, on a Vert.x timer). Prints its port on the first line of stdout and exits when
 * stdin closes (the driver closes it, or dies).
 *
 * <p>It checks nothing but the path: this is a load generator's far end, not the fake Acquire
 * server (the testkit's {@code FakeAcquireServer} is the strict one).
 */
public final class LoopbackServer {
    private static final Map<String, String> ANSWER_BY_PATH = Map.of(
            "/api/v1/crm/messenger/chat/add-message", Answers.CHAT,
            "/api/v1/mail/add-message", Answers.MAIL,
            "/api/v1/voip/send-sms", Answers.SMS);

    private LoopbackServer() {}

    /**
     * Starts the server, prints its port, and waits for stdin to close.
     *
     * @param args optionally the answer delay in milliseconds (default 0)
     * @throws IOException if stdin cannot be read
     */
    public static void main(String[] args) throws IOException {
        Answering.delayMillis = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Vertx vertx = Vertx.vertx();
        int loops = Runtime.getRuntime().availableProcessors();
        // A negative port asks Vert.x for one ephemeral port shared by every instance with the same
        // negative number; Vert.x balances accepted connections over the instances, one event loop each.
        vertx.deployVerticle(() -> new Answering(-1), new DeploymentOptions().setInstances(loops)).await();
        int port = Answering.boundPort;
        System.out.println(port);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // Discard: only the end of stdin matters.
        }
        vertx.close();
        System.exit(0);
    }

    /** One server instance on one event loop. */
    private static final class Answering extends VerticleBase {
        static volatile int boundPort;
        static volatile long delayMillis;
        private static final Map<String, Buffer> BODIES = Map.of(
                Answers.CHAT, Buffer.buffer(Answers.of(Answers.CHAT)),
                Answers.MAIL, Buffer.buffer(Answers.of(Answers.MAIL)),
                Answers.SMS, Buffer.buffer(Answers.of(Answers.SMS)));
        private final int port;

        Answering(int port) {
            this.port = port;
        }

        @Override
        public Future<?> start() {
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port));
            return server.requestHandler(this::answer).listen().onSuccess(s -> boundPort = s.actualPort());
        }

        private void answer(HttpServerRequest request) {
            String channel = ANSWER_BY_PATH.get(request.path());
            // The whole request body is read before answering, as a real server would.
            request.end().onComplete(read -> {
                if (delayMillis > 0) {
                    vertx.setTimer(delayMillis, id -> respond(request, channel));
                } else {
                    respond(request, channel);
                }
            });
        }

        private void respond(HttpServerRequest request, String channel) {
            if (channel == null) {
                request.response().setStatusCode(404).end();
            } else {
                request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(BODIES.get(channel));
            }
        }
    }
}
