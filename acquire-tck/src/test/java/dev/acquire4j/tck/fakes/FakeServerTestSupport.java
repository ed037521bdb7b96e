package dev.acquire4j.tck.fakes;

import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every test of the fake server over raw HTTP starts from: a started server, its account, a
 * raw HTTP client pointed at it and the account's valid key; both closed after each test. A
 * subclass's own {@code @BeforeEach} runs after this one, its {@code @AfterEach} before.
 */
abstract class FakeServerTestSupport {
    FakeAcquireServer server;
    AcquireState state;
    RawHttp http;
    String key;

    @BeforeEach
    final void startServer() {
        server = new FakeAcquireServer().start();
        state = server.state();
        http = new RawHttp(server.baseUri());
        key = state.validKey().reveal();
    }

    @AfterEach
    final void stopServer() {
        http.close();
        server.close();
    }
}
