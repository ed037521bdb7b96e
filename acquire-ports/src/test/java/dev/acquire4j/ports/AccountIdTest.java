package dev.acquire4j.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acquire4j.domain.ValidationException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The account id builds the host that receives the bearer token: one DNS label, nothing else. */
class AccountIdTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"acme, https://acme.acquire.io", "AcMe, https://acme.acquire.io", "a, https://a.acquire.io",
        "0, https://0.acquire.io", "my-shop-2, https://my-shop-2.acquire.io", "a--b, https://a--b.acquire.io"})
    void acceptsDnsLabelsAndLowerCasesThem(String text, URI expected) {
        AccountId id = AccountId.of(text);
        assertEquals(expected, id.baseUri());
        assertEquals(expected.getHost().substring(0, expected.getHost().indexOf('.')), id.value());
        assertEquals(id.value(), id.toString());
    }

    @Test
    void acceptsSixtyThreeCharactersAndRefusesSixtyFour() {
        String ok = "a".repeat(62) + "1";
        assertEquals(ok, AccountId.of(ok).value());
        assertThrows(ValidationException.class, () -> AccountId.of("a".repeat(64)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"evil.com#", "a.b", "x@y", "%2e", "acme ", " acme", "ac me", "-acme", "acme-", "-",
        "evil.com/", "acme.acquire.io", "evil.com?", "acme\r\n", "acme\u0000", "ac_me", "äcme", "acme:443",
        "\u0130stanbul", "[::1]", "127.0.0.1"})
    void refusesEverythingThatIsNotOneDnsLabel(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> AccountId.of(text));
        assertEquals(1, e.violations().size());
        assertEquals("account", e.violations().get(0).field());
        assertEquals(false, e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theRecordConstructorRefusesUpperCase() {
        assertThrows(ValidationException.class, () -> new AccountId("Acme"));
        assertEquals("acme", new AccountId("acme").value());
    }
}
