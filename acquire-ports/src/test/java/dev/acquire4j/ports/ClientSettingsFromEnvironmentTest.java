package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violation;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsFromEnvironmentTest {
    private static final String SECRET = "ak_live_9f8e7d6c5b4a";

    @TempDir
    Path dir;

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static ValidationException invalid(Map<String, String> env) {
        ValidationException e = assertThrows(ValidationException.class, () -> ClientSettings.fromEnvironment(env));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        return e;
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void readsAnAccountAndAKey() {
        ClientSettings s = ClientSettings.fromEnvironment(env("ACQUIRE_ACCOUNT", "Acme", "ACQUIRE_API_KEY", SECRET)).build();
        assertEquals(URI.create("https://acme.acquire.io"), s.baseUri());
        assertEquals(ApiKey.of(SECRET), s.apiKey());
    }

    @Test
    void readsABaseUrlAndLeavesTheBuilderOpenForMoreOptions() {
        ClientSettings s = ClientSettings.fromEnvironment(env("ACQUIRE_BASE_URL", "http://127.0.0.1:8080/", "ACQUIRE_API_KEY", SECRET))
                .sendDeadline(Duration.ofSeconds(5)).build();
        assertEquals(URI.create("http://127.0.0.1:8080"), s.baseUri());
        assertEquals(Duration.ofSeconds(5), s.sendDeadline());
    }

    @Test
    void readsTheKeyFromAFileWithoutItsFinalNewline() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET + "\n");
        ClientSettings s = ClientSettings.fromEnvironment(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", file.toString())).build();
        assertEquals(ApiKey.of(SECRET), s.apiKey());
    }

    @Test
    void requiresAnAccountOrABaseUrlAndAKeyNamingEachVariable() {
        ValidationException e = invalid(env());
        assertEquals(List.of("ACQUIRE_ACCOUNT", "ACQUIRE_API_KEY"), fields(e));
        assertTrue(e.getMessage().contains("ACQUIRE_ACCOUNT or ACQUIRE_BASE_URL is required"), e.getMessage());
        assertTrue(e.getMessage().contains("ACQUIRE_API_KEY or ACQUIRE_API_KEY_FILE is required"), e.getMessage());
    }

    @Test
    void aBlankVariableCountsAsUnset() {
        assertEquals(List.of("ACQUIRE_ACCOUNT", "ACQUIRE_API_KEY"), fields(invalid(env("ACQUIRE_ACCOUNT", " ", "ACQUIRE_API_KEY", ""))));
    }

    @Test
    void refusesBothAnAccountAndABaseUrl() {
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_BASE_URL", "https://acme.example", "ACQUIRE_API_KEY", SECRET));
        assertEquals(List.of("ACQUIRE_BASE_URL"), fields(e));
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
    }

    @Test
    void refusesBothAKeyAndAKeyFileWithoutShowingTheKey() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY", SECRET, "ACQUIRE_API_KEY_FILE", file.toString()));
        assertEquals(List.of("ACQUIRE_API_KEY_FILE"), fields(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "evil.com#", "-acme"})
    void refusesAnAccountThatIsNotADnsLabelByTheBuildersRule(String account) {
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", account, "ACQUIRE_API_KEY", SECRET));
        assertEquals(List.of("ACQUIRE_ACCOUNT"), fields(e));
        assertTrue(e.violations().get(0).rule().contains("DNS label"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://acme.example", "https://acme.example/?q=1", "not a uri", "ftp://127.0.0.1"})
    void refusesABaseUrlByTheBuildersRules(String url) {
        assertEquals(List.of("ACQUIRE_BASE_URL"), fields(invalid(env("ACQUIRE_BASE_URL", url, "ACQUIRE_API_KEY", SECRET))));
    }

    @Test
    void neverShowsCredentialsInABaseUrl() {
        ValidationException e = invalid(env("ACQUIRE_BASE_URL", "https://user:" + SECRET + "@acme.example", "ACQUIRE_API_KEY", "k"));
        assertEquals(List.of("ACQUIRE_BASE_URL"), fields(e));
    }

    @Test
    void refusesAKeyWithSpacesWithoutShowingIt() {
        String key = "ak live " + SECRET;
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY", key));
        assertEquals(List.of("ACQUIRE_API_KEY"), fields(e));
        assertEquals("<redacted>", e.violations().get(0).shownValue());
    }

    @Test
    void refusesAMissingKeyFile() {
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", dir.resolve("absent").toString()));
        assertEquals(List.of("ACQUIRE_API_KEY_FILE"), fields(e));
        assertTrue(e.getMessage().contains("regular file"), e.getMessage());
    }

    @Test
    void refusesADirectoryAsKeyFile() {
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", dir.toString()));
        assertTrue(e.getMessage().contains("regular file"), e.getMessage());
    }

    @Test
    void refusesAKeyFileOverTheSizeLimitWithoutShowingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("big"), SECRET + "x".repeat(EnvironmentSettings.MAX_KEY_FILE_BYTES));
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", file.toString()));
        assertEquals(List.of("ACQUIRE_API_KEY_FILE"), fields(e));
        assertTrue(e.getMessage().contains("at most 4096 bytes"), e.getMessage());
    }

    @Test
    void acceptsAKeyFileOfExactlyTheLimit() throws IOException {
        String key = "k".repeat(EnvironmentSettings.MAX_KEY_FILE_BYTES);
        Path file = Files.writeString(dir.resolve("limit"), key);
        assertEquals(ApiKey.of(key), ClientSettings.fromEnvironment(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", file.toString())).build().apiKey());
    }

    @Test
    void refusesAKeyFileWithSeveralLinesWithoutShowingThem() throws IOException {
        Path file = Files.writeString(dir.resolve("two"), SECRET + "\n" + SECRET + "\n");
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", file.toString()));
        assertEquals(List.of("ACQUIRE_API_KEY_FILE"), fields(e));
        assertEquals("<redacted>", e.violations().get(0).shownValue());
    }

    @Test
    void refusesAKeyFileThatIsNotUtf8() throws IOException {
        Path file = Files.write(dir.resolve("bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 'k'});
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "acme", "ACQUIRE_API_KEY_FILE", file.toString()));
        assertEquals(List.of("ACQUIRE_API_KEY_FILE"), fields(e));
        assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).isEmpty());
    }

    @Test
    void listsEveryBrokenVariableAtOnce() {
        ValidationException e = invalid(env("ACQUIRE_ACCOUNT", "a.b", "ACQUIRE_API_KEY", "two words"));
        assertEquals(List.of("ACQUIRE_ACCOUNT", "ACQUIRE_API_KEY"), fields(e));
    }

    @Test
    void readsTheProcessEnvironmentByTheSameRules() {
        Map<String, String> process = System.getenv();
        boolean configured = (process.containsKey("ACQUIRE_ACCOUNT") || process.containsKey("ACQUIRE_BASE_URL"))
                && (process.containsKey("ACQUIRE_API_KEY") || process.containsKey("ACQUIRE_API_KEY_FILE"));
        if (configured) {
            assertTrue(ClientSettings.fromEnvironment().build().baseUri().isAbsolute());
        } else {
            assertThrows(ValidationException.class, ClientSettings::fromEnvironment);
        }
    }
}
