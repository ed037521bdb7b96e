package dev.acquire4j.webhooks.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double as JavaScript's {@code Number.prototype.toString} does (ECMAScript, Number::toString
 * with radix 10), which is what {@code JSON.stringify} writes for a finite number.
 *
 * <p>The digits are the shortest that read back as the same double; among candidates of that
 * length, the closest to the exact value. {@code Double.toString} alone would not do: on Java 17
 * it sometimes gives a digit more than needed, and its layout differs ({@code 1.0E21} against
 * {@code 1e+21}); its digits are only the starting point.
 *
 * <p>Cost matters: this runs on unauthenticated bodies whose bytes did not match. Each number costs
 * a few operations on numbers of at most 18 digits; never the exact decimal expansion of a double.
 */
public final class JsNumber {
    private static final double MAX_SAFE_INTEGER = 9007199254740991d;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

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

    /**
     * The shortest decimal that reads back as {@code value} (positive, finite), the closest to it
     * among those. Starts from {@code Double.toString}, which reads back but may carry one digit too
     * many, and works on its at most 17 digits; a tie between two candidates is settled by
     * {@link #compareExactly}, never by the hundreds of digits of a tiny double's decimal expansion.
     */
    static BigDecimal shortest(double value) {
        BigDecimal start = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        BigDecimal best = closest(value, start, start.precision());
        for (int precision = start.precision() - 1; precision >= 1; precision--) {
            BigDecimal shorter = closest(value, start, precision);
            if (shorter == null) {
                break; // none this short, so none shorter either
            }
            best = shorter;
        }
        return best;
    }

    /**
     * Of the decimals with {@code precision} digits next to {@code start} (the two around it, and one
     * step further out on each side, as the exact value may lie across a grid point from
     * {@code start}), the one closest to {@code value} that reads back as it; {@code null} if none.
     */
    private static BigDecimal closest(double value, BigDecimal start, int precision) {
        BigDecimal down = start.round(new MathContext(precision, RoundingMode.FLOOR));
        BigDecimal up = start.round(new MathContext(precision, RoundingMode.CEILING));
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(down.precision() - down.scale() - precision);
        BigDecimal best = null;
        // Ascending, so each candidate that reads back is compared with the best below it.
        for (BigDecimal candidate : new BigDecimal[] {down.subtract(step), down, up, up.add(step)}) {
            if (candidate.signum() <= 0 || candidate.doubleValue() != value) {
                continue;
            }
            candidate = candidate.stripTrailingZeros();
            if (candidate.precision() > precision || best != null && candidate.compareTo(best) == 0) {
                continue;
            }
            if (best == null) {
                best = candidate;
            } else {
                // Closer to the exact value: which side of the midpoint it lies on; a tie goes to the even digit.
                int side = compareExactly(best.add(candidate).divide(TWO), value);
                if (side < 0 || side == 0 && !candidate.unscaledValue().testBit(0)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * {@return the sign of {@code decimal - value}, exactly} Works in binary: the double is
     * {@code m * 2^b} and the decimal {@code u * 5^a * 2^a}, so only a power of five of the decimal's
     * own exponent is needed, not the hundreds of digits of a tiny double's decimal expansion.
     */
    static int compareExactly(BigDecimal decimal, double value) {
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) (bits >>> 52 & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        if (biased == 0) {
            biased = 1; // subnormal: no hidden bit
        } else {
            m |= 1L << 52;
        }
        int b = biased - 1075;
        int a = -decimal.scale();
        BigInteger left = decimal.unscaledValue();
        BigInteger right = BigInteger.valueOf(m);
        if (a >= 0) {
            left = left.multiply(FIVE.pow(a));
        } else {
            right = right.multiply(FIVE.pow(-a));
        }
        return a >= b ? left.shiftLeft(a - b).compareTo(right) : left.compareTo(right.shiftLeft(b - a));
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
