package dev.acquire4j.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.Channel;
import dev.acquire4j.domain.SupportCase;
import dev.acquire4j.testkit.AcquireState;
import dev.acquire4j.testkit.FakeAcquireServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's program that requires the JDK adapter compiles and runs on the module path, and on the
 * class path; one that reaches into an internal package does not compile on the module path.
 */
class ModulePathConsumerTest {
    /** What a user of the JDK adapter has on their path: our four modules and jackson-core. */
    private static final List<String> NEEDED = List.of(
            "acquire-domain", "acquire-ports", "acquire-protocol", "acquire-adapter-jdk", "jackson-core");

    private static final String PROGRAM = String.join("\n",
            "package consumer;",
            "import dev.acquire4j.domain.*;",
            "import dev.acquire4j.jdk.JdkAcquireClient;",
            "import dev.acquire4j.ports.*;",
            "public final class Main {",
            "    public static void main(String[] args) {",
            "        ClientSettings settings = ClientSettings.builder().baseUri(java.net.URI.create(args[0]))",
            "                .apiKey(ApiKey.of(args[1])).build();",
            "        try (AcquireClient acquire = JdkAcquireClient.builder().settings(settings).build()) {",
            "            SentMessage sent = acquire.chat().send(ChatMessage.builder().caseId(CaseId.parse(args[2]))",
            "                    .contactId(ContactId.parse(args[3])).text(\"from the module path\").build());",
            "            System.out.println(\"sent \" + sent.id());",
            "        }",
            "    }",
            "}",
            "");

    @TempDir
    Path work;

    @Test
    void aModularProgramRequiringTheJdkAdapterRuns() throws Exception {
        Path src = write("consumer/module-info.java", "module consumer { requires dev.acquire4j.adapter.jdk; }");
        Path main = write("consumer/consumer/Main.java", PROGRAM);
        Path out = work.resolve("mods/consumer");
        assertEquals(0, javac("--module-path", path(), "-d", out.toString(), src.toString(), main.toString()),
                "compiles on the module path");
        String printed = runAgainstFakeServer("--module-path", out + File.pathSeparator + path(), "-m", "consumer/consumer.Main");
        assertTrue(printed.startsWith("sent "), printed);
    }

    @Test
    void theSameProgramRunsOnTheClassPath() throws Exception {
        Path main = write("plain/consumer/Main.java", PROGRAM);
        Path out = work.resolve("classes");
        assertEquals(0, javac("-cp", path(), "-d", out.toString(), main.toString()), "compiles on the class path");
        String printed = runAgainstFakeServer("-cp", out + File.pathSeparator + path(), "consumer.Main");
        assertTrue(printed.startsWith("sent "), printed);
    }

    @Test
    void internalPackagesAreNotExported() throws IOException {
        Path src = write("sneaky/module-info.java", "module sneaky { requires dev.acquire4j.adapter.jdk; }");
        Path main = write("sneaky/sneaky/Main.java", String.join("\n",
                "package sneaky;",
                "public final class Main {",
                "    Class<?> internal = dev.acquire4j.jdk.internal.JdkClient.class;",
                "}", ""));
        assertNotEquals(0, javac("--module-path", path(), "-d", work.resolve("sneaky-out").toString(),
                src.toString(), main.toString()), "an internal package must not be visible");
        Path protocolUser = write("sneaky2/sneaky/Main.java", String.join("\n",
                "package sneaky;",
                "public final class Main {",
                "    Class<?> internal = dev.acquire4j.protocol.AcquireProtocol.class;",
                "}", ""));
        assertNotEquals(0, javac("--module-path", path(), "-d", work.resolve("sneaky2-out").toString(),
                src.toString(), protocolUser.toString()), "the protocol is exported only to our adapters");
    }

    /** {@return the test class path entries a user of the JDK adapter would have} */
    private static String path() {
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> NEEDED.stream().anyMatch(e::contains))
                .collect(Collectors.toList());
        assertEquals(NEEDED.size(), entries.size(), "expected exactly one entry per module in " + entries);
        assertFalse(entries.stream().anyMatch(e -> e.contains("databind")), "the JDK adapter needs only jackson-core");
        return String.join(File.pathSeparator, entries);
    }

    private Path write(String relative, String content) throws IOException {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static int javac(String... args) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return compiler.run(null, null, err, args);
    }

    private static String runAgainstFakeServer(String... launch) throws Exception {
        AcquireState state = new AcquireState();
        SupportCase c = state.openCase(Channel.CHAT);
        try (FakeAcquireServer server = new FakeAcquireServer(state).start()) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(launch));
            command.addAll(List.of(server.baseUri().toString(), state.validKey().reveal(),
                    c.id().toString(), c.contactId().orElseThrow().toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ends");
            assertEquals(0, p.exitValue(), output);
            assertEquals(1, state.messageCount(), output);
            return output.strip();
        }
    }
}
