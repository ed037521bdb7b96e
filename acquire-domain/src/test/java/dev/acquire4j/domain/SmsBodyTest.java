package dev.acquire4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsBodyTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void anEmptyTextHasNoSegments() {
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 0, 0), SmsBody.of(""));
    }

    @Test
    void segmentLimitsAreThoseOfGsm0338AndUcs2() {
        assertEquals(160, SmsEncoding.GSM_7.singleSegmentUnits());
        assertEquals(153, SmsEncoding.GSM_7.multipartSegmentUnits());
        assertEquals(70, SmsEncoding.UCS_2.singleSegmentUnits());
        assertEquals(67, SmsEncoding.UCS_2.multipartSegmentUnits());
    }

    @ParameterizedTest(name = "{0} GSM characters -> {1} segments")
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4", "1600, 11"})
    void countsGsmSegmentsOf160And153(int length, int segments) {
        assertEquals(new SmsBody(SmsEncoding.GSM_7, length, segments), SmsBody.of("a".repeat(length)));
    }

    @ParameterizedTest(name = "{0} UCS-2 characters -> {1} segments")
    @CsvSource({"1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4"})
    void countsUcs2SegmentsOf70And67(int length, int segments) {
        assertEquals(new SmsBody(SmsEncoding.UCS_2, length, segments), SmsBody.of("Ж".repeat(length)));
    }

    @Test
    void recognisesTheWholeGsmBasicAlphabetAsGsm7() {
        String basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
        SmsBody body = SmsBody.of(basic);
        assertEquals(SmsEncoding.GSM_7, body.encoding());
        assertEquals(basic.length(), body.units());
    }

    @ParameterizedTest
    @ValueSource(strings = {"€", "[", "]", "{", "}", "^", "~", "|", "\\", "\f"})
    void countsEachGsmExtensionCharacterTwice(String c) {
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 2, 1), SmsBody.of(c));
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 12, 1), SmsBody.of("ab" + c + "cdef" + c + "gh"));
    }

    @Test
    void eightyExtensionCharactersFillOneSegmentAndEightyOneNeedTwo() {
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 160, 1), SmsBody.of("€".repeat(80)));
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 162, 2), SmsBody.of("€".repeat(81)));
        // 76 per part: 153 septets hold 76 two-septet characters and leave one septet unused.
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 304, 2), SmsBody.of("€".repeat(152)));
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 306, 3), SmsBody.of("€".repeat(153)));
    }

    @Test
    void neverSplitsAnExtensionCharacterAcrossTwoSegments() {
        // 152 + 2 + 152 = 306 septets would fit 2 x 153 if the euro sign could be split.
        String text = "a".repeat(152) + "€" + "a".repeat(152);
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 306, 3), SmsBody.of(text));
        // The same length with the euro sign on the boundary side that fits stays at 2.
        assertEquals(new SmsBody(SmsEncoding.GSM_7, 306, 2), SmsBody.of("a".repeat(151) + "€" + "a".repeat(153)));
    }

    @Test
    void aNonGsmCharacterMakesTheWholeTextUcs2() {
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 101, 2), SmsBody.of("a".repeat(100) + "ç"));
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 3, 1), SmsBody.of("€[ж"), "extension characters cost one unit in UCS-2");
        assertEquals(SmsEncoding.UCS_2, SmsBody.of("Привет").encoding());
        assertEquals(SmsEncoding.UCS_2, SmsBody.of("naïve").encoding());
        assertEquals(SmsEncoding.UCS_2, SmsBody.of("\t").encoding());
    }

    @Test
    void countsASurrogatePairAsTwoUnits() {
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 2, 1), SmsBody.of(EMOJI));
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 70, 1), SmsBody.of(EMOJI.repeat(35)));
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 72, 2), SmsBody.of(EMOJI.repeat(36)));
    }

    @Test
    void neverSplitsASurrogatePairAcrossTwoSegments() {
        // 66 + 2 + 66 = 134 units would fit 2 x 67 if the emoji could be split.
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 134, 3), SmsBody.of("Ж".repeat(66) + EMOJI + "Ж".repeat(66)));
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 134, 2), SmsBody.of("Ж".repeat(65) + EMOJI + "Ж".repeat(67)));
        // 33 emoji per part: 67 units hold 33 pairs and leave one unit unused.
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 132, 2), SmsBody.of(EMOJI.repeat(66)));
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 134, 3), SmsBody.of(EMOJI.repeat(67)));
    }

    @Test
    void countsALoneSurrogateAsOneUnit() {
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 1, 1), SmsBody.of("\uD83D"));
        assertEquals(new SmsBody(SmsEncoding.UCS_2, 2, 1), SmsBody.of("\uDE00\uD83D"));
    }
}
