package dev.acquire4j.jdk.logging;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Test-only {@link System.LoggerFinder} (installed through {@code META-INF/services} on the test
 * class path): every logger of this test JVM, the library's and the JDK's, is loggable at every
 * level and keeps each message, with its throwable, for {@link LoggedContractTest} to audit. The
 * library's lines also go on to {@code java.util.logging} when a level is set there, so that the
 * contract's log rules can read them in this JVM too.
 */
public final class RecordingLoggerFinder extends System.LoggerFinder {
    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();

    /** Created by the JDK's service loader. */
    public RecordingLoggerFinder() {}

    /** {@return every line recorded since the last {@link #clear()}, as "LEVEL logger: message"} */
    static List<String> lines() {
        return List.copyOf(LINES);
    }

    static void clear() {
        LINES.clear();
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new Recorder(name);
    }

    /** Records everything it is given. */
    private static final class Recorder implements System.Logger {
        private final String name;

        Recorder(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level != Level.OFF;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            record(level, msg, thrown);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            record(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params), null);
        }

        @Override
        public void log(Level level, Supplier<String> supplier) {
            record(level, supplier.get(), null);
        }

        private void record(Level level, String msg, Throwable thrown) {
            StringBuilder line = new StringBuilder().append(level).append(' ').append(name).append(": ").append(msg);
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            LINES.add(line.toString());
            forward(level, msg, thrown);
        }

        /**
         * Hands the library's lines on to {@code java.util.logging} where someone asked for them by
         * setting that logger's level (the contract suite's log rules do), as the JDK's own finder would.
         */
        private void forward(Level level, String msg, Throwable thrown) {
            java.util.logging.Logger jul = java.util.logging.Logger.getLogger(name);
            java.util.logging.Level to = julLevel(level);
            if (name.startsWith("dev.acquire4j.") && jul.getLevel() != null && jul.isLoggable(to)) {
                jul.log(to, msg, thrown);
            }
        }

        private static java.util.logging.Level julLevel(Level level) {
            switch (level) {
                case TRACE:
                    return java.util.logging.Level.FINER;
                case DEBUG:
                    return java.util.logging.Level.FINE;
                case INFO:
                    return java.util.logging.Level.INFO;
                case WARNING:
                    return java.util.logging.Level.WARNING;
                case ERROR:
                    return java.util.logging.Level.SEVERE;
                default:
                    return java.util.logging.Level.ALL;
            }
        }
    }
}
