package dev.acquire4j.cli;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.ports.ApiKey;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Finds the API key: in {@code --api-key-file} if given (a regular file of at most
 * {@value BoundedFiles#MAX_KEY_BYTES} bytes), else in {@code $ACQUIRE_API_KEY}. Never from
 * an argument, where it would show in the process list and the shell history. Messages name where
 * the key was looked for, never the key.
 */
final class ApiKeys {
    private static final String HOW = "set the environment variable " + SendOptions.KEY_VARIABLE
            + " or pass --api-key-file FILE";

    private ApiKeys() {}

    /**
     * Reads the key.
     *
     * @param file the key file, or {@code null}
     * @param environment looks up environment variables
     * @return the key
     * @throws UsageException if no key is found, the file cannot be read, or the key is malformed
     */
    static ApiKey read(Path file, Function<String, String> environment) {
        String secret = file != null ? fromFile(file) : environment.apply(SendOptions.KEY_VARIABLE);
        if (secret == null || secret.isBlank()) {
            throw new UsageException(file != null
                    ? "The API key file " + file + " is empty; put the key on its first line."
                    : "No API key: " + HOW + ". The key is never taken from the command line.");
        }
        try {
            return ApiKey.of(secret);
        } catch (ValidationException e) {
            // ApiKey's message never shows the key; ours names where it came from.
            throw new UsageException("The API key from " + (file != null ? "the file " + file : "$" + SendOptions.KEY_VARIABLE)
                    + " is malformed: it may contain only visible ASCII characters, no spaces.");
        }
    }

    private static String fromFile(Path file) {
        try {
            return BoundedFiles.readUtf8(file, BoundedFiles.MAX_KEY_BYTES);
        } catch (BoundedFiles.RefusedFileException e) {
            throw new UsageException("--api-key-file: the API key file " + e.getMessage() + "; " + HOW
                    + " (a regular file of at most " + BoundedFiles.size(BoundedFiles.MAX_KEY_BYTES) + ").");
        }
    }
}
