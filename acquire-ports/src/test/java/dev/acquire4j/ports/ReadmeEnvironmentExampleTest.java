package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's environment sample in a child JVM whose environment holds the variables (a test
 * cannot change its own); ReadmeSamplesTest checks the README shows it verbatim.
 */
class ReadmeEnvironmentExampleTest {
    @TempDir
    Path dir;

    /** The child JVM's program: builds the sample's settings and prints what it read. */
    public static void main(String[] args) {
        // tag::environment[]
        ClientSettings settings = ClientSettings.fromEnvironment()  // ACQUIRE_ACCOUNT, ACQUIRE_API_KEY_FILE...
                .applicationName("billing/2.3")                     // then any other option
                .build();
        // end::environment[]
        System.out.println(settings.baseUri() + " " + settings.apiKey().reveal().length() + " " + settings.applicationName().orElseThrow());
    }

    @Test
    void theSampleReadsTheAccountAndTheKeyFileFromTheEnvironment() throws IOException, InterruptedException {
        Path key = Files.writeString(dir.resolve("acquire-api-key"), "ak_live_9f8e7d6c5b4a\n");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadmeEnvironmentExampleTest.class.getName())
                .redirectErrorStream(true);
        child.environment().keySet().removeIf(name -> name.startsWith("ACQUIRE_"));
        child.environment().putAll(Map.of("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", key.toString()));
        Process process = child.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS));
        assertEquals("https://acme.acquire.io 20 billing/2.3", out);
        assertEquals(0, process.exitValue());
    }
}
