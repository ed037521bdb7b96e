package dev.acquire4j.domain;

/**
 * How an SMS body is encoded on the air, which decides how many characters fit a segment.
 *
 * <p>{@link #GSM_7} when every character is in the GSM 03.38 default alphabet or its extension
 * table (extension characters such as {@code €} or {@code [} take two septets), {@link #UCS_2}
 * otherwise.
 */
public enum SmsEncoding {
    /** The GSM 03.38 7-bit alphabet: 160 septets in one segment, 153 per part when split. */
    GSM_7(160, 153),
    /** UCS-2 (UTF-16 code units): 70 in one segment, 67 per part when split. */
    UCS_2(70, 67);

    private final int singleSegmentUnits;
    private final int multipartSegmentUnits;

    SmsEncoding(int singleSegmentUnits, int multipartSegmentUnits) {
        this.singleSegmentUnits = singleSegmentUnits;
        this.multipartSegmentUnits = multipartSegmentUnits;
    }

    /** {@return how many units fit a message sent as one segment} */
    public int singleSegmentUnits() {
        return singleSegmentUnits;
    }

    /** {@return how many units fit each part of a message split into several segments} */
    public int multipartSegmentUnits() {
        return multipartSegmentUnits;
    }
}
