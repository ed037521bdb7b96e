package dev.acquire4j.tck;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Reads, for one rule, the lines a client writes to one {@link System.Logger}, at every level. It
 * listens through {@code java.util.logging}, where the JDK's default {@link System.LoggerFinder}
 * sends {@code System.Logger}; {@link #reachesJavaUtilLogging()} says whether this JVM does. While
 * open, the logger's level is {@code ALL}; {@link #close()} puts it back. Thread-safe.
 */
final class LogCapture implements AutoCloseable {
    /** The logger of the client's operation lines (the README documents the name). */
    static final String OPERATIONS = "dev.acquire4j.send";
    private static final String PROBE = "dev.acquire4j.tck.probe";

    /** Held strongly while open: {@code java.util.logging} keeps its loggers weakly, levels included. */
    private final Logger logger;
    private final Level previous;
    private final Lines handler = new Lines();

    private LogCapture(String name) {
        this.logger = Logger.getLogger(name);
        this.previous = logger.getLevel();
        logger.addHandler(handler);
        logger.setLevel(Level.ALL);
    }

    /**
     * {@return a capture of this logger, open until {@link #close()}}
     *
     * @param name the {@code System.Logger} name
     */
    static LogCapture of(String name) {
        return new LogCapture(name);
    }

    /**
     * {@return whether a {@code System.Logger} line of this JVM reaches {@code java.util.logging}}
     * Found by logging one line at {@code DEBUG} to a logger of the suite's own that nothing else
     * hears; false when the application installs a {@code System.LoggerFinder} of its own.
     */
    static boolean reachesJavaUtilLogging() {
        LogCapture probe = new LogCapture(PROBE);
        probe.logger.setUseParentHandlers(false);
        try {
            System.getLogger(PROBE).log(System.Logger.Level.DEBUG, "probe");
            return !probe.lines().isEmpty();
        } finally {
            probe.close();
            probe.logger.setUseParentHandlers(true);
        }
    }

    /** {@return the messages logged so far, in order} */
    List<String> lines() {
        return List.copyOf(handler.lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }

    /** Keeps every message as logged (no formatting: the client logs whole lines). */
    private static final class Lines extends Handler {
        final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

        @Override
        public void publish(LogRecord record) {
            lines.add(String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
