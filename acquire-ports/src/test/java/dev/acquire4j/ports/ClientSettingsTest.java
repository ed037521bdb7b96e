package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acquire4j.domain.SenderRole;
import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violation;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsTest {
    private static final ApiKey KEY = ApiKey.of("ak_live_9f8e7d6c5b4a");

    private static ValidationException invalid(ClientSettings.Builder b) {
        return assertThrows(ValidationException.class, b::build);
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).collect(Collectors.toList());
    }

    private static ClientSettings withBase(String uri) {
        return ClientSettings.builder().baseUri(URI.create(uri)).apiKey(KEY).build();
    }

    @Test
    void buildsFromAnAccountWithDefaults() {
        ClientSettings s = ClientSettings.builder().account("acme").apiKey(KEY).build();
        assertEquals(URI.create("https://acme.acquire.io"), s.baseUri());
        assertEquals(KEY, s.apiKey());
        assertEquals(Duration.ofSeconds(10), s.connectTimeout());
        assertEquals(Duration.ofSeconds(30), s.requestTimeout());
        assertEquals(SenderRole.USER, s.defaultSenderRole());
        assertEquals(Optional.empty(), s.applicationName());
    }

    @Test
    void boundsTheAnswerSizeAtOneMebibyteByDefaultAndChecksAnotherLimit() {
        assertEquals(1 << 20, ClientSettings.builder().account("acme").apiKey(KEY).build().maxAnswerBytes());
        ClientSettings small = ClientSettings.builder().account("acme").apiKey(KEY).maxAnswerBytes(16 << 10).build();
        assertEquals(16 << 10, small.maxAnswerBytes());
        assertEquals(16 << 10, small.withSendDeadline(Duration.ofSeconds(5)).maxAnswerBytes(), "views keep the limit");
        assertEquals(List.of("maxAnswerBytes"), fields(invalid(ClientSettings.builder().account("acme").apiKey(KEY).maxAnswerBytes(1000))));
        assertEquals(List.of("maxAnswerBytes"), fields(invalid(ClientSettings.builder().account("acme").apiKey(KEY).maxAnswerBytes((64 << 20) + 1))));
    }

    @Test
    void lowerCasesTheAccount() {
        assertEquals(URI.create("https://acme.acquire.io"), ClientSettings.builder().account("AcMe").apiKey(KEY).build().baseUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.com#", "a.b", "x@y", "%2e", "ac me", " ", "", "-acme", "acme-",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void refusesAnAccountThatIsNotADnsLabel(String account) {
        ValidationException e = invalid(ClientSettings.builder().account(account).apiKey(KEY));
        assertEquals(List.of("account"), fields(e));
        assertTrue(e.violations().get(0).rule().contains("DNS label"), e.getMessage());
    }

    @Test
    void refusesANullAccount() {
        assertEquals(List.of("account"), fields(invalid(ClientSettings.builder().account(null).apiKey(KEY))));
    }

    @Test
    void acceptsASixtyThreeCharacterAccount() {
        String label = "a".repeat(63);
        assertEquals("https://" + label + ".acquire.io",
                ClientSettings.builder().account(label).apiKey(KEY).build().baseUri().toString());
    }

    @Test
    void aLaterValidAccountReplacesAnInvalidOne() {
        assertEquals(URI.create("https://acme.acquire.io"),
                ClientSettings.builder().account("evil.com#").account("acme").apiKey(KEY).build().baseUri());
    }

    @Test
    void aLaterInvalidAccountReplacesAValidOne() {
        ValidationException e = invalid(ClientSettings.builder().account("acme").account("evil.com#").apiKey(KEY));
        assertEquals(List.of("account"), fields(e));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "http://127.0.0.1:8080, http://127.0.0.1:8080",
        "http://127.5.6.7, http://127.5.6.7",
        "http://localhost:9000/, http://localhost:9000",
        "http://LOCALHOST:9000, http://LOCALHOST:9000",
        "http://[::1]:8443, http://[::1]:8443",
        "https://example.com, https://example.com",
        "https://proxy.example.com/acquire/, https://proxy.example.com/acquire",
        "https://proxy.example.com/a/b//, https://proxy.example.com/a/b",
        "HTTPS://example.com:8443/, https://example.com:8443",
        "https://example.com/a%20b/, https://example.com/a%20b",
    })
    void acceptsHttpsAndLoopbackHttpAndRemovesTrailingSlashes(String given, String expected) {
        assertEquals(URI.create(expected), withBase(given).baseUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://10.0.0.1", "http://127.0.0.1.evil.com", "http://192.168.1.1:8080",
        "http://localhost.evil.com", "http://[::2]", "ftp://127.0.0.1",
        "ws://localhost"})
    void refusesPlainHttpExceptForLoopbackAndOtherSchemes(String uri) {
        ValidationException e = invalid(ClientSettings.builder().baseUri(URI.create(uri)).apiKey(KEY));
        assertEquals(List.of("baseUri"), fields(e));
        assertTrue(e.violations().get(0).rule().contains("https"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:s3cr3tpw@example.com", "https://s3cr3tpw@example.com/api",
        "http://user:s3cr3tpw@127.0.0.1:8080", "http://user:s3cr3tpw@example.com", "ftp://user:s3cr3tpw@example.com",
        "https://user:s3cr3tpw@exa_mple.com"})
    void refusesUserInfoWithoutEchoingIt(String uri) {
        ValidationException e = invalid(ClientSettings.builder().baseUri(URI.create(uri)).apiKey(KEY));
        assertEquals(List.of("baseUri"), fields(e));
        assertFalse(e.getMessage().contains("s3cr3tpw"), e.getMessage());
        assertFalse(e.violations().get(0).shownValue().contains("s3cr3tpw"), e.getMessage());
    }

    @Test
    void namesTheUserInfoRuleWhenTheRestIsFine() {
        ValidationException e = invalid(ClientSettings.builder().baseUri(URI.create("https://u:p@example.com")).apiKey(KEY));
        assertTrue(e.violations().get(0).rule().contains("user information"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/?a=1", "https://example.com/api#x", "http://127.0.0.1/?", "https://example.com#"})
    void refusesQueriesAndFragments(String uri) {
        ValidationException e = invalid(ClientSettings.builder().baseUri(URI.create(uri)).apiKey(KEY));
        assertEquals(List.of("baseUri"), fields(e));
        assertTrue(e.violations().get(0).rule().contains("query or a fragment"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "example.com", "mailto:ann@example.com", "https:///path", "https://exa_mple.com",
        "http://127.0.0.256", "http://127.1"})
    void refusesUrisWithoutSchemeOrHost(String uri) {
        ValidationException e = invalid(ClientSettings.builder().baseUri(URI.create(uri)).apiKey(KEY));
        assertEquals(List.of("baseUri"), fields(e));
    }

    @Test
    void refusesBothAccountAndBaseUri() {
        ValidationException e = invalid(ClientSettings.builder().account("acme")
                .baseUri(URI.create("https://example.com")).apiKey(KEY));
        assertEquals(List.of("baseUri"), fields(e));
        assertTrue(e.violations().get(0).rule().contains("not both"), e.getMessage());
    }

    @Test
    void refusesNeitherAccountNorBaseUri() {
        ValidationException e = invalid(ClientSettings.builder().apiKey(KEY));
        assertEquals(List.of("account"), fields(e));
        assertTrue(e.violations().get(0).rule().contains("is required"), e.getMessage());
    }

    @Test
    void refusesAMissingApiKey() {
        ValidationException e = invalid(ClientSettings.builder().account("acme"));
        assertEquals(List.of("apiKey"), fields(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT-1S", "-PT0.001S", "PT1H0.001S", "PT2H", "P1D"})
    void refusesTimeoutsThatAreNotPositiveOrOverAnHour(String iso) {
        Duration d = Duration.parse(iso);
        ValidationException connect = invalid(ClientSettings.builder().account("acme").apiKey(KEY).connectTimeout(d));
        assertEquals(List.of("connectTimeout"), fields(connect));
        assertEquals(d.toString(), connect.violations().get(0).shownValue());
        ValidationException request = invalid(ClientSettings.builder().account("acme").apiKey(KEY).requestTimeout(d));
        assertEquals(List.of("requestTimeout"), fields(request));
    }

    @Test
    void acceptsTimeoutsUpToOneHour() {
        ClientSettings s = ClientSettings.builder().account("acme").apiKey(KEY)
                .connectTimeout(Duration.ofNanos(1)).requestTimeout(Duration.ofHours(1)).build();
        assertEquals(Duration.ofNanos(1), s.connectTimeout());
        assertEquals(Duration.ofHours(1), s.requestTimeout());
    }

    @Test
    void refusesNullTimeoutsAndRole() {
        ValidationException e = invalid(ClientSettings.builder().account("acme").apiKey(KEY)
                .connectTimeout(null).requestTimeout(null).defaultSenderRole(null));
        assertEquals(List.of("connectTimeout", "requestTimeout", "defaultSenderRole"), fields(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing/2.3\r\nX-Evil: 1", "billing\n", "\rbilling", "", " billing", "billing ",
        "bïlling", "tab\there"})
    void refusesApplicationNamesThatAreNotOneLineOfVisibleAscii(String name) {
        ValidationException e = invalid(ClientSettings.builder().account("acme").apiKey(KEY).applicationName(name));
        assertEquals(List.of("applicationName"), fields(e));
        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void limitsTheApplicationNameTo100Characters() {
        String ok = "a".repeat(100);
        assertEquals(Optional.of(ok), ClientSettings.builder().account("acme").apiKey(KEY).applicationName(ok).build()
                .applicationName());
        assertEquals(Optional.of("billing/2.3 (ops team)"), ClientSettings.builder().account("acme").apiKey(KEY)
                .applicationName("billing/2.3 (ops team)").build().applicationName());
        assertEquals(List.of("applicationName"),
                fields(invalid(ClientSettings.builder().account("acme").apiKey(KEY).applicationName(ok + "a"))));
    }

    @Test
    void reportsEveryViolationTogether() {
        ValidationException e = invalid(ClientSettings.builder().account("evil.com#")
                .connectTimeout(Duration.ZERO).requestTimeout(Duration.ofHours(2)).applicationName("a\r\nb"));
        assertEquals(List.of("account", "apiKey", "connectTimeout", "requestTimeout", "applicationName"), fields(e));
        assertTrue(e.getMessage().startsWith("Invalid ClientSettings (nothing was sent): "), e.getMessage());
    }

    @Test
    void reportsAnInvalidBaseUriTogetherWithTheRest() {
        ValidationException e = invalid(ClientSettings.builder().baseUri(URI.create("http://example.com"))
                .connectTimeout(Duration.ZERO));
        assertEquals(List.of("baseUri", "apiKey", "connectTimeout"), fields(e));
    }

    @Test
    void keepsTheOtherSettings() {
        ClientSettings s = ClientSettings.builder().baseUri(URI.create("http://127.0.0.1:8080/")).apiKey(KEY)
                .defaultSenderRole(SenderRole.CONTACT).applicationName("billing/2.3").build();
        assertEquals(SenderRole.CONTACT, s.defaultSenderRole());
        assertEquals(Optional.of("billing/2.3"), s.applicationName());
    }

    @Test
    void toStringNeverShowsTheKey() {
        String s = ClientSettings.builder().account("acme").apiKey(KEY).applicationName("billing/2.3").build().toString();
        assertFalse(s.contains("9f8e7d"), s);
        assertTrue(s.contains("ApiKey[redacted]"), s);
        assertTrue(s.contains("https://acme.acquire.io"), s);
        assertTrue(s.contains("billing/2.3"), s);
    }
}
