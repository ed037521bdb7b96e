package dev.acquire4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LoopbackServer} in a child JVM: the same {@code java} binary and class path as this
 * one, JVM defaults. Closing it closes the child's stdin, which ends it.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final URI baseUri;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.baseUri = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * {@return a started server, once it listens}
     *
     * @param delayMillis how long the server waits before each answer
     */
    static ServerProcess start(long delayMillis) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LoopbackServer.class.getName(), Long.toString(delayMillis))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
            String line = out.readLine();
            if (line == null) {
                p.destroy();
                throw new IllegalStateException("The loopback server exited before printing its port");
            }
            return new ServerProcess(p, Integer.parseInt(line.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the loopback server", e);
        }
    }

    /** {@return {@code http://127.0.0.1:<port>}} */
    URI baseUri() {
        return baseUri;
    }

    /** {@return the server's process id, to tell it apart in {@code top}} */
    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
