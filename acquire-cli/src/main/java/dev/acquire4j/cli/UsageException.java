package dev.acquire4j.cli;

/**
 * The command was used wrongly in a way picocli cannot see (a missing API key or key file): exit code {@value ExitCodes#INVALID}, nothing was sent. The message is shown as is.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
