package dev.acquire4j.domain;

/**
 * What an SMS text costs on the air: its encoding, its length in encoding units and its segment
 * count. Immutable and thread-safe.
 *
 * <p>Segments are counted as handsets split them: a GSM-7 extension character (two septets) and a
 * UCS-2 surrogate pair (two units) are never split across two segments.
 *
 * @param encoding GSM-7 when every character fits the GSM alphabet, UCS-2 otherwise
 * @param units septets for GSM-7, UTF-16 code units for UCS-2
 * @param segments how many segments the text is sent in; 0 for an empty text
 */
public record SmsBody(SmsEncoding encoding, int units, int segments) {
    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    /**
     * Measures a text.
     *
     * @param text the SMS body
     * @return its encoding, units and segments
     */
    public static SmsBody of(String text) {
        boolean gsm = text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
        SmsEncoding encoding = gsm ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
        int units = 0;
        int[] costs = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cost;
            if (gsm) {
                cost = GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                cost = 2;
                i++;
            } else {
                cost = 1;
            }
            costs[n++] = cost;
            units += cost;
        }
        return new SmsBody(encoding, units, segments(encoding, units, costs, n));
    }

    private static int segments(SmsEncoding encoding, int units, int[] costs, int n) {
        if (units == 0) {
            return 0;
        }
        if (units <= encoding.singleSegmentUnits()) {
            return 1;
        }
        int limit = encoding.multipartSegmentUnits();
        int segments = 1;
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (used + costs[i] > limit) {
                segments++;
                used = 0;
            }
            used += costs[i];
        }
        return segments;
    }
}
