package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random checks of {@link EmailAddress}. A failure prints the seed and the input; put the
 * seed in {@link #seeds()} to replay it.
 */
class EmailAddressPropertyTest {
    private static final int CASES_PER_SEED = 2_500;
    private static final String LETTERS_DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";
    /** Refused anywhere in an address: whitespace, controls, quotes, brackets, a second @, non-ASCII. */
    private static final String FORBIDDEN = " \t\r\n\u0000\u007f\"<>()[],;:\\@é\u00a0\u2028ä";

    static LongStream seeds() {
        return LongStream.of(7L, 1234L, 99991L, 0xE3A1L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomValidAddressesAreAcceptedAndRoundTrip(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            String local = local(random);
            String domain = domain(random);
            String text = local + "@" + domain;
            Supplier<String> shown = () -> "seed " + seed + ", input \"" + text + "\"";
            EmailAddress parsed;
            try {
                parsed = EmailAddress.parse(text);
            } catch (ValidationException e) {
                throw new AssertionError(shown.get() + " was refused: " + e.getMessage(), e);
            }
            String expected = local + "@" + domain.toLowerCase(Locale.ROOT);
            assertEquals(expected, parsed.value(), shown);
            assertEquals(domain.toLowerCase(Locale.ROOT), parsed.domain(), shown);
            assertEquals(parsed, EmailAddress.parse(parsed.value()), shown);
            assertEquals(parsed, new EmailAddress(text), shown);
            assertTrue(parsed.toString().endsWith("***@" + parsed.domain()), shown);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void insertingAForbiddenCharacterAnywhereIsRefused(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            String valid = local(random) + "@" + domain(random);
            int at = random.nextInt(valid.length() + 1);
            char bad = FORBIDDEN.charAt(random.nextInt(FORBIDDEN.length()));
            String text = valid.substring(0, at) + bad + valid.substring(at);
            Supplier<String> shown = () -> "seed " + seed + ", input \"" + text.replace("\r", "\\r").replace("\n", "\\n") + "\"";
            ValidationException e = assertThrows(ValidationException.class, () -> EmailAddress.parse(text), shown);
            assertEquals("emailAddress", e.violations().get(0).field(), shown);
            assertTrue(e.getMessage().indexOf('\r') < 0 && e.getMessage().indexOf('\n') < 0, shown);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void misplacedDotsAreRefused(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            String local = local(random);
            String domain = domain(random);
            String text;
            switch (random.nextInt(5)) {
                case 0: text = "." + local + "@" + domain; break;
                case 1: text = local + ".@" + domain; break;
                case 2: text = local + "@." + domain; break;
                case 3: text = local + "@" + domain + "."; break;
                default:
                    int cut = 1 + random.nextInt(local.length());
                    text = local.substring(0, cut) + ".." + local.substring(cut) + "@" + domain;
            }
            String input = text;
            Supplier<String> shown = () -> "seed " + seed + ", input \"" + input + "\"";
            assertThrows(ValidationException.class, () -> EmailAddress.parse(input), shown);
        }
    }

    /** A dot-atom of 1 to 64 characters: atoms of allowed characters joined by single dots. */
    private static String local(Random random) {
        int length = 1 + random.nextInt(random.nextInt(8) == 0 ? 64 : 16);
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            boolean dotAllowed = s.length() > 0 && s.length() < length - 1 && s.charAt(s.length() - 1) != '.';
            int pick = random.nextInt(10);
            if (dotAllowed && pick == 0) {
                s.append('.');
            } else if (pick == 1) {
                s.append(LOCAL_SPECIALS.charAt(random.nextInt(LOCAL_SPECIALS.length())));
            } else {
                s.append(LETTERS_DIGITS.charAt(random.nextInt(LETTERS_DIGITS.length())));
            }
        }
        return s.toString();
    }

    /** 2 to 4 DNS labels in mixed case; the last one has a letter, so it is not numeric. */
    private static String domain(Random random) {
        int labels = 2 + random.nextInt(3);
        StringBuilder s = new StringBuilder();
        for (int l = 0; l < labels; l++) {
            if (l > 0) {
                s.append('.');
            }
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 62 : 12); // the last label gets one more letter
            for (int i = 0; i < length; i++) {
                boolean edge = i == 0 || i == length - 1;
                if (!edge && random.nextInt(8) == 0) {
                    s.append('-');
                } else {
                    s.append(LETTERS_DIGITS.charAt(random.nextInt(LETTERS_DIGITS.length())));
                }
            }
            if (l == labels - 1) {
                s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }
}
