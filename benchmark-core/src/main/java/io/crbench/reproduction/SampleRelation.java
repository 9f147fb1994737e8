package io.crbench.reproduction;

/**
 * How the images behind a published number relate to the ones measured here, which decides whether
 * a comparison has a sampling term. When the paper measured the same fixed images (e.g. all 10,000
 * CIFAR-10 test images) and so do we, the two numbers differ only systematically, and the
 * measurement's confidence interval says nothing about that difference; when the paper measured a
 * different sample or population, or we measure a subset of its images, the interval of the
 * measurement is the sampling term.
 *
 * @param sameImages how many images the paper measured when they are the same fixed set available
 *     here, 0 when they are a different sample
 * @param why what the paper measured, in words (from the table's data file)
 */
public record SampleRelation(int sameImages, String why) {
    /** Checks the count and the text. */
    public SampleRelation {
        if (sameImages < 0 || why == null || why.isBlank()) {
            throw new IllegalArgumentException("a sample relation needs a count >= 0 and a reason, got " + sameImages
                    + ", '" + why + "'");
        }
    }

    /** The paper measured a different sample or population. */
    public static SampleRelation otherSample(String why) {
        return new SampleRelation(0, why);
    }

    /** The paper measured the same fixed {@code images}. */
    public static SampleRelation sameImages(int images, String why) {
        if (images < 1) {
            throw new IllegalArgumentException("same images needs a positive count, got " + images);
        }
        return new SampleRelation(images, why);
    }

    /** Whether a measurement over {@code n} images differs from the paper's number by sampling too. */
    public boolean hasSamplingTerm(int n) {
        return sameImages == 0 || n != sameImages;
    }
}
