package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random checks of {@link SmsBody}. A failure prints the seed and the text (escaped); put
 * the seed in {@link #seeds()} to replay it.
 */
class SmsBodyPropertyTest {
    private static final int CASES_PER_SEED = 1_500;
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";
    private static final String[] EMOJI = {"\uD83D\uDE00", "\uD83D\uDC4D", "\uD83C\uDF89", "\uD83E\uDD14"};

    static LongStream seeds() {
        return LongStream.of(3L, 160L, 153L, 0x5E6L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gsmTextsWithoutExtensionCharactersSplitIn160Or153(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            int n = length(random);
            StringBuilder s = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                s.append(GSM_BASIC.charAt(random.nextInt(GSM_BASIC.length())));
            }
            SmsBody body = SmsBody.of(s.toString());
            Supplier<String> shown = () -> "seed " + seed + ", length " + n + ", text \"" + escape(s) + "\"";
            int expected = n == 0 ? 0 : n <= 160 ? 1 : (n + 152) / 153;
            assertEquals(new SmsBody(SmsEncoding.GSM_7, n, expected), body, shown);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bmpUcs2TextsSplitIn70Or67(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            int n = 1 + length(random);
            StringBuilder s = new StringBuilder(n);
            s.append(nonGsmBmp(random));
            for (int k = 1; k < n; k++) {
                s.append(random.nextInt(3) == 0 ? GSM_BASIC.charAt(random.nextInt(GSM_BASIC.length())) : nonGsmBmp(random));
            }
            shuffle(random, s);
            SmsBody body = SmsBody.of(s.toString());
            Supplier<String> shown = () -> "seed " + seed + ", length " + n + ", text \"" + escape(s) + "\"";
            int expected = n <= 70 ? 1 : (n + 66) / 67;
            assertEquals(new SmsBody(SmsEncoding.UCS_2, n, expected), body, shown);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void extensionCharactersAndEmojiKeepTheInvariants(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            boolean gsmOnly = random.nextBoolean();
            StringBuilder s = new StringBuilder();
            int n = length(random);
            for (int k = 0; k < n; k++) {
                s.append(piece(random, gsmOnly));
            }
            String text = s.toString();
            Supplier<String> shown = () -> "seed " + seed + ", text \"" + escape(text) + "\"";
            SmsBody body = SmsBody.of(text);

            assertEquals(reference(text), body, shown);
            SmsEncoding e = body.encoding();
            int limit = body.segments() <= 1 ? e.singleSegmentUnits() : e.multipartSegmentUnits();
            assertTrue(body.segments() * limit >= body.units(), () -> shown.get() + " -> " + body);
            assertTrue(body.units() == 0 || body.segments() >= 1, () -> shown.get() + " -> " + body);
            if (body.segments() > 1) {
                assertTrue(body.units() > e.singleSegmentUnits(), () -> shown.get() + " -> " + body);
            }

            String longer = text + piece(random, random.nextInt(4) != 0);
            SmsBody more = SmsBody.of(longer);
            assertTrue(more.segments() >= body.segments(),
                    () -> shown.get() + " -> " + body + ", but one character more gave " + more);
        }
    }

    /**
     * An independent model: split the text greedily into parts, code point by code point, where a
     * code point costs what it takes on the air; the text's segment count is the number of parts.
     */
    private static SmsBody reference(String text) {
        boolean gsm = text.codePoints().allMatch(cp -> cp < 0x10000
                && (GSM_BASIC.indexOf(cp) >= 0 || GSM_EXTENSION.indexOf(cp) >= 0));
        SmsEncoding encoding = gsm ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
        int[] costs = text.codePoints()
                .map(cp -> gsm ? (GSM_EXTENSION.indexOf(cp) >= 0 ? 2 : 1) : Character.charCount(cp))
                .toArray();
        int units = java.util.Arrays.stream(costs).sum();
        if (units == 0) {
            return new SmsBody(encoding, 0, 0);
        }
        if (units <= encoding.singleSegmentUnits()) {
            return new SmsBody(encoding, units, 1);
        }
        int parts = 0;
        int room = 0;
        for (int cost : costs) {
            if (cost > room) {
                parts++;
                room = encoding.multipartSegmentUnits();
            }
            room -= cost;
        }
        return new SmsBody(encoding, units, parts);
    }

    /** Mostly short texts, often near the segment boundaries, sometimes long. */
    private static int length(Random random) {
        switch (random.nextInt(4)) {
            case 0: return random.nextInt(80);
            case 1: return 60 + random.nextInt(120);
            case 2: return 130 + random.nextInt(350);
            default: return random.nextInt(1000);
        }
    }

    private static String piece(Random random, boolean gsmOnly) {
        int pick = random.nextInt(gsmOnly ? 4 : 8);
        if (pick < 3) {
            return String.valueOf(GSM_BASIC.charAt(random.nextInt(GSM_BASIC.length())));
        } else if (pick < 5) {
            return String.valueOf(GSM_EXTENSION.charAt(random.nextInt(GSM_EXTENSION.length())));
        } else if (pick < 7) {
            return EMOJI[random.nextInt(EMOJI.length)];
        }
        return String.valueOf(nonGsmBmp(random));
    }

    /** A BMP character outside the GSM alphabet: Cyrillic, CJK or Arabic; never a surrogate. */
    private static char nonGsmBmp(Random random) {
        switch (random.nextInt(3)) {
            case 0: return (char) (0x0410 + random.nextInt(0x40));
            case 1: return (char) (0x4E00 + random.nextInt(0x5000));
            default: return (char) (0x0627 + random.nextInt(0x20));
        }
    }

    private static void shuffle(Random random, StringBuilder s) {
        for (int i = s.length() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = s.charAt(i);
            s.setCharAt(i, s.charAt(j));
            s.setCharAt(j, c);
        }
    }

    private static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e) {
                out.append(String.format("\\u{%x}", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
