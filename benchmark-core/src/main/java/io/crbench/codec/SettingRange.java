package io.crbench.codec;

/**
 * The integer settings a codec family accepts and which way its rate moves with them: quality
 * settings spend more bits as they rise, a JPEG 2000 compression ratio fewer.
 *
 * @param lowest smallest accepted setting
 * @param highest largest accepted setting
 * @param rateRises whether a larger setting gives a larger file
 */
public record SettingRange(int lowest, int highest, boolean rateRises) {
    public SettingRange {
        if (lowest > highest) {
            throw new IllegalArgumentException("empty setting range " + lowest + ".." + highest);
        }
    }

    /** Number of settings. */
    public int size() {
        return highest - lowest + 1;
    }

    /** The setting of rank {@code k} in order of rising rate, 0 being the smallest file. */
    public int byRate(int k) {
        if (k < 0 || k >= size()) {
            throw new IllegalArgumentException("rate rank " + k + " outside 0.." + (size() - 1));
        }
        return rateRises ? lowest + k : highest - k;
    }
}
