package dev.acquire4j.spring.boot;

import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.OperationListener;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Gives a client's settings every {@link OperationListener} bean, as one listener. */
final class Listeners {
    private Listeners() {}

    /**
     * {@return the settings with their own listener (if any) and every listener bean, combined by
     * {@link OperationListener#all}; the settings themselves when there is none}
     *
     * @param settings the settings
     * @param beans the application's listener beans, in their order
     */
    static ClientSettings attach(ClientSettings settings, Stream<OperationListener> beans) {
        List<OperationListener> all = new ArrayList<>();
        settings.listener().ifPresent(all::add);
        beans.forEach(all::add);
        if (all.isEmpty()) {
            return settings;
        }
        return settings.toBuilder().listener(OperationListener.all(all.toArray(OperationListener[]::new))).build();
    }
}
