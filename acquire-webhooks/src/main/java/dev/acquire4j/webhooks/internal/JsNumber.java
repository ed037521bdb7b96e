package dev.acquire4j.webhooks.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double as JavaScript's {@code Number.prototype.toString} does (ECMAScript, Number::toString
 * with radix 10), which is what {@code JSON.stringify} writes for a finite number.
 *
 * <p>The digits are the shortest that read back as the same double; among candidates of that
 * length, the closest to the exact value. {@code Double.toString} is not used: on Java 17 it
 * sometimes gives more digits than needed, and its layout differs ({@code 1.0E21} against
 * {@code 1e+21}).
 */
public final class JsNumber {
    private static final double MAX_SAFE_INTEGER = 9007199254740991d;

    private JsNumber() {}

    /**
     * {@return the number as JavaScript prints it; {@code "null"} for NaN and infinities, as
     * {@code JSON.stringify} writes them}
     *
     * @param value any double
     */
    public static String toJs(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return "0"; // also -0, which JavaScript prints without its sign
        }
        if (value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER) {
            return Long.toString((long) value);
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = digits * 10^(n - k)
        return sign + layout(digits, k, n);
    }

    /** The shortest decimal that reads back as {@code value}; for a positive finite double. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            // The nearest candidate may miss while the one across d hits: at a power of two the gap
            // below d is half the gap above. So try the nearest, then both neighbours.
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
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros(); // unreachable: 17 digits always read back
    }

    /** The layout rules of ECMAScript Number::toString, steps 6 to 10. */
    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String exponent = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
    }
}
