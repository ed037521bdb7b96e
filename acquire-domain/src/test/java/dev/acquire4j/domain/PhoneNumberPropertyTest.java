package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random checks of {@link PhoneNumber#parse(String)}. Each seed drives thousands of inputs;
 * a failure prints the seed and the input, so it can be replayed by putting the seed in
 * {@link #seeds()}.
 */
class PhoneNumberPropertyTest {
    private static final int CASES_PER_SEED = 3_000;
    private static final String[] DECORATIONS = {" ", "-", ".", "(", ")", "  ", " - ", ") ", " (", "\u00a0"};
    /** Not digits and not separators; whitespace is left out because strip() may remove it at the ends. */
    private static final String FORBIDDEN = "abcxyzABCXYZ/#*,;:_+=!?&\u0661\uff11";

    static LongStream seeds() {
        return LongStream.of(1L, 42L, 20240611L, 0xACC0DEL);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decoratedValidNumbersParseBackToTheSameNumber(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            String digits = digits(random, 7 + random.nextInt(9));
            String text = decorate(random, digits);
            Supplier<String> shown = () -> "seed " + seed + ", input \"" + text + "\"";
            PhoneNumber parsed = parseOrFail(text, shown);
            assertEquals("+" + digits, parsed.e164(), shown);
            assertEquals(parsed, PhoneNumber.parse(parsed.e164()), shown);
            String masked = "+" + digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
            assertEquals(masked, parsed.toString(), shown);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aForbiddenCharacterAnywhereIsRefused(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            String valid = decorate(random, digits(random, 7 + random.nextInt(9)));
            int at = random.nextInt(valid.length() + 1);
            char junk = FORBIDDEN.charAt(random.nextInt(FORBIDDEN.length()));
            String text = valid.substring(0, at) + junk + valid.substring(at);
            Supplier<String> shown = () -> "seed " + seed + ", input \"" + text + "\"";
            ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumber.parse(text), shown);
            assertEquals("phoneNumber", e.violations().get(0).field(), shown);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void digitCountsOutsideSevenToFifteenAreRefused(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            boolean tooShort = random.nextBoolean();
            int count = tooShort ? 1 + random.nextInt(6) : 16 + random.nextInt(15);
            String text = decorate(random, digits(random, count));
            Supplier<String> shown = () -> "seed " + seed + ", " + count + " digits, input \"" + text + "\"";
            ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumber.parse(text), shown);
            String rule = e.violations().get(0).rule();
            assertTrue(rule.contains(tooShort ? "at least 7" : "at most 15"), () -> shown.get() + ": " + rule);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void numbersWithoutThePlusAreRefusedWhateverTheirLength(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            String text = decorate(random, digits(random, 7 + random.nextInt(9))).replace("+", "");
            Supplier<String> shown = () -> "seed " + seed + ", input \"" + text + "\"";
            ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumber.parse(text), shown);
            assertTrue(e.violations().get(0).rule().contains("country code"), shown);
        }
    }

    /** Digits of a number whose country code does not start with 0. */
    private static String digits(Random random, int count) {
        StringBuilder s = new StringBuilder(count);
        s.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    /** Writes the number as people do: "+", then the digits with random separators between them. */
    private static String decorate(Random random, String digits) {
        StringBuilder s = new StringBuilder();
        if (random.nextInt(4) == 0) {
            s.append(' ');
        }
        s.append('+');
        for (int i = 0; i < digits.length(); i++) {
            if (random.nextInt(3) == 0) {
                s.append(DECORATIONS[random.nextInt(DECORATIONS.length)]);
            }
            s.append(digits.charAt(i));
        }
        if (random.nextInt(4) == 0) {
            s.append(random.nextBoolean() ? " " : ")");
        }
        return s.toString();
    }

    private static PhoneNumber parseOrFail(String text, Supplier<String> shown) {
        try {
            return PhoneNumber.parse(text);
        } catch (ValidationException e) {
            throw new AssertionError(shown.get() + " was refused: " + e.getMessage(), e);
        }
    }
}
