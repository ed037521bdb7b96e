package dev.acquire4j.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link JsNumber}'s fast digits against a slow oracle that follows ECMAScript's definition
 * literally: for each length from 1 up, the decimals of that length next to the exact binary value,
 * keeping the closest that reads back.
 */
class JsNumberTest {

    @Test
    void agreesWithTheDefinitionOnRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(20210330);
        for (int i = 0; i < 10_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                check(value);
            }
        }
    }

    @Test
    void agreesWithTheDefinitionOnPowersOfTwoAndTheirNeighbours() {
        for (int exponent = -1074; exponent <= 1023; exponent += 3) {
            double power = Math.scalb(1.0, exponent);
            check(power);
            check(Math.nextUp(power));
            check(Math.nextDown(power));
        }
    }

    @Test
    void agreesWithTheDefinitionOnShortDecimals() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            check(Double.parseDouble(random.nextInt(1, 1_000_000) + "e" + random.nextInt(-330, 310)));
        }
    }

    @Test
    void comparesADecimalWithADoubleExactly() {
        assertEquals(0, JsNumber.compareExactly(new BigDecimal("0.5"), 0.5));
        assertEquals(-1, JsNumber.compareExactly(new BigDecimal("0.1"), 0.1), "the double nearest 0.1 is above it");
        assertEquals(-1, JsNumber.compareExactly(new BigDecimal("4.9E-324"), Double.MIN_VALUE));
        assertEquals(1, JsNumber.compareExactly(new BigDecimal("5E-324"), Double.MIN_VALUE));
        assertEquals(0, JsNumber.compareExactly(new BigDecimal("1E+22"), 1e22));
        assertEquals(1, JsNumber.compareExactly(new BigDecimal("1E+23"), 1e23), "the double nearest 1e23 is below it");
    }

    private static void check(double value) {
        double positive = Math.abs(value);
        if (!Double.isFinite(positive) || positive == 0 || positive == Math.rint(positive) && positive <= 9007199254740991d) {
            return; // written by the integer path
        }
        BigDecimal expected = oracle(positive);
        BigDecimal actual = JsNumber.shortest(positive);
        assertEquals(expected.unscaledValue() + "E" + -expected.scale(), actual.unscaledValue() + "E" + -actual.scale(),
                () -> "digits of " + positive);
    }

    /** The shortest decimal that reads back, closest to the exact value; from the definition. */
    private static BigDecimal oracle(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == value && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new AssertionError("17 digits always read back");
    }
}
