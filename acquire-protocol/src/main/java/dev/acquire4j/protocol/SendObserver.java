package dev.acquire4j.protocol;

import dev.acquire4j.ports.ClientSettings;
import dev.acquire4j.ports.OperationListener;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What one client does with the events of its operations: logs them through {@link System.Logger}
 * (logger {@value #LOGGER_NAME}) and hands them to the caller's {@link OperationListener}, shielding
 * the send from a listener that throws. Thread-safe.
 */
final class SendObserver {
    /** The logger every operation logs to; documented in the README. */
    static final String LOGGER_NAME = "dev.acquire4j.send";
    private final System.Logger log = System.getLogger(LOGGER_NAME);
    private final OperationListener listener;
    private final boolean personalData;
    /** Set once a listener has thrown, so that a broken listener does not flood the log. */
    private final AtomicBoolean listenerFailed = new AtomicBoolean();

    /**
     * Creates an observer.
     *
     * @param listener the caller's listener, or {@code null}
     * @param personalData whether log lines show personal data unmasked
     */
    SendObserver(OperationListener listener, boolean personalData) {
        this.listener = listener;
        this.personalData = personalData;
    }

    /** {@return the observer a client's settings ask for} */
    static SendObserver of(ClientSettings settings) {
        return new SendObserver(settings.listener().orElse(null), settings.logPersonalData());
    }

    /** {@return a trace of one operation, started now: the listener hears {@code operationStarted} on this thread} */
    SendTrace trace(Call<?> call, LongSupplier nanoClock) {
        return new SendTrace(this, call, nanoClock);
    }

    System.Logger log() {
        return log;
    }

    boolean personalData() {
        return personalData;
    }

    /** Calls the listener, if any; what it throws is logged, at WARNING the first time, and goes no further. */
    void tell(Consumer<OperationListener> event) {
        if (listener == null) {
            return;
        }
        try {
            event.accept(listener);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            // An Error from a listener (an AssertionError in a test, say) must not turn a done operation into a failure.
            Level level = listenerFailed.compareAndSet(false, true) ? Level.WARNING : Level.DEBUG;
            if (log.isLoggable(level)) {
                log.log(level, "The OperationListener " + listener.getClass().getName()
                        + " threw; the operation goes on unchanged" + (level == Level.WARNING ? " (later failures at DEBUG)" : ""), e);
            }
        }
    }
}
