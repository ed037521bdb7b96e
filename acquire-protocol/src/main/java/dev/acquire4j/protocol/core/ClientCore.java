package dev.acquire4j.protocol.core;

import dev.acquire4j.ports.AcquireClient;
import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.protocol.Claims;
import dev.acquire4j.protocol.spi.Transport;
import java.time.Clock;
import java.util.Objects;

/**
 * The client core's front door: the one class a transport adapter calls, besides the
 * {@code dev.acquire4j.protocol.spi} types. It implements every port (blocking and
 * {@code CompletionStage}) once, over the adapter's {@link Transport}. See {@code docs/architecture.md}.
 */
public final class ClientCore {
    private ClientCore() {}

    /**
     * Creates a client over a transport.
     *
     * @param settings the checked settings: deadlines, retries, listener, logging, checked sends
     * @param transport the adapter's exchange; its {@link Transport#close()} runs once, on the client's first close
     * @param name how {@code toString} names the client, e.g. {@code JdkAcquireClient}
     * @return the client, {@linkplain AcquireClient#checked() checked} if the settings ask for it; its
     *     {@link AcquireClient#async()} runs the same operations without blocking
     */
    public static AcquireClient client(ClientSettings settings, Transport transport, String name) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(transport, "transport");
        Operations ops = new Operations(settings, transport);
        Confirmer confirmer = new Confirmer(settings.confirmationPolicy(), new Claims(System::nanoTime),
                settings.defaultSenderRole(), ops.protocol()::caseWithMessages, Clock.systemUTC());
        CoreClient client = new CoreClient(ops, confirmer, false, name);
        return settings.checkCaseBeforeSend() ? client.checked() : client;
    }
}
