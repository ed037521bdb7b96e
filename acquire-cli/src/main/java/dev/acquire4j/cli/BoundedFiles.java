package dev.acquire4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file named on the command line with a size limit, and only if it is a regular file:
 * a FIFO would block the command for ever, a device such as {@code /dev/zero} would never end, and
 * a directory is a mistake. Each is refused before anything is opened. Stateless.
 */
final class BoundedFiles {
    /** The most read from {@code --api-key-file}: 64 KiB, far more than any key. */
    static final int MAX_KEY_BYTES = 64 * 1024;
    /** The most read from {@code --html-file}: 4 MiB. */
    static final int MAX_HTML_BYTES = 4 * 1024 * 1024;

    private BoundedFiles() {}

    /** A file that was not read, and why, as a sentence whose subject is the file. */
    static final class RefusedFileException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedFileException(String rule) {
            super(rule, null, false, false);
        }
    }

    /**
     * {@return the whole file as UTF-8 text}
     *
     * @param file the file
     * @param maxBytes the most bytes it may have
     * @throws RefusedFileException if it does not exist, is not a regular file, is larger than
     *     {@code maxBytes}, cannot be read, or is not UTF-8
     */
    static String readUtf8(Path file, int maxBytes) throws RefusedFileException {
        if (!Files.exists(file)) {
            throw new RefusedFileException(file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new RefusedFileException(file + " is not a regular file; a FIFO, device or directory is refused"
                    + " before it is read");
        }
        String tooLarge = file + " is larger than " + size(maxBytes) + ", the most read from this option";
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                throw new RefusedFileException(tooLarge);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes + 1); // it may have grown since its size was taken
            }
        } catch (NoSuchFileException e) {
            throw new RefusedFileException(file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new RefusedFileException(file + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new RefusedFileException(file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new RefusedFileException(tooLarge);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedFileException(file + " is not UTF-8 text");
        }
    }

    /** {@return a limit in the unit a user reads: {@code 64 KiB}, {@code 4 MiB}} */
    static String size(int bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
