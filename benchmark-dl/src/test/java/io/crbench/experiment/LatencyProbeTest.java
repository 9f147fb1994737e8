package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import io.crbench.model.Classifier;
import io.crbench.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LatencyProbe} on a test double of {@link Classifier}; no timing thresholds, by design. */
class LatencyProbeTest {
    private static final List<Image8> BATCH = List.of(image(1), image(2), image(3));

    @Test
    void warmsUpThenTimesEachRepetitionPerImage() {
        SummingClassifier classifier = new SummingClassifier();

        LatencyMeasurement m = LatencyProbe.measure(classifier, BATCH, 4, 80);

        assertThat(classifier.batchSizes).hasSize(84).containsOnly(3);
        assertThat(m.classifierId()).isEqualTo("summing");
        assertThat(m.batchSize()).isEqualTo(3);
        assertThat(m.warmup()).isEqualTo(4);
        assertThat(m.repetitions()).isEqualTo(80);
        assertThat(m.perImageMillis()).allSatisfy(ms -> assertThat(ms).isPositive().isFinite());
        Interval p50 = m.p50();
        Interval p95 = m.p95();
        assertThat(p50.level()).isEqualTo(StatisticalConventions.LEVEL);
        assertThat(p50.estimate()).isPositive().isLessThanOrEqualTo(p95.estimate());
        assertThat(p50.low()).isLessThanOrEqualTo(p50.estimate());
        double slowest = m.perImageMillis().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(p95.high()).as("at 80 repetitions the p95 interval reaches the slowest one").isEqualTo(slowest);
    }

    @Test
    void tooFewRepetitionsForP95SaysHowManyAreNeeded() {
        LatencyMeasurement m = LatencyProbe.measure(new SummingClassifier(), BATCH, 0, 10);

        assertThat(m.p50().estimate()).isPositive();
        assertThatThrownBy(m::p95).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 72 samples, got 10");
    }

    @Test
    void rejectsBadArgumentsAndBrokenClassifiers() {
        SummingClassifier classifier = new SummingClassifier();
        assertThatThrownBy(() -> LatencyProbe.measure(classifier, List.of(), 0, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty batch");
        assertThatThrownBy(() -> LatencyProbe.measure(classifier, BATCH, -1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warmup");
        assertThatThrownBy(() -> LatencyProbe.measure(classifier, BATCH, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repetitions");
        classifier.dropLastRow = true;
        assertThatThrownBy(() -> LatencyProbe.measure(classifier, BATCH, 0, 5))
                .isInstanceOf(IllegalStateException.class).hasMessage("summing returned 2 logit rows for 3 images");
    }

    private static Image8 image(int seed) {
        return Image8.generate(32, 32, 3, (x, y, c) -> (x * 7 + y * 13 + c * 29 + seed) % 256);
    }

    /**
     * A test double, not a model: its two "class scores" are the sum of each image's samples and the
     * number of samples, computed a few times over so that a call takes measurable time.
     */
    private static final class SummingClassifier implements Classifier {
        final List<Integer> batchSizes = new ArrayList<>();
        boolean dropLastRow;

        @Override
        public String id() {
            return "summing";
        }

        @Override
        public int numClasses() {
            return 2;
        }

        @Override
        public int inputSize() {
            return 32;
        }

        @Override
        public float[][] logits(List<Image8> images) {
            batchSizes.add(images.size());
            int rows = dropLastRow ? images.size() - 1 : images.size();
            float[][] out = new float[rows][];
            for (int i = 0; i < rows; i++) {
                Image8 image = images.get(i);
                int samples = image.width() * image.height() * image.channels();
                long sum = 0;
                for (int pass = 0; pass < 20; pass++) {
                    for (int s = 0; s < samples; s++) {
                        sum += image.sampleAt(s);
                    }
                }
                out[i] = new float[] {sum, samples};
            }
            return out;
        }

        @Override
        public void close() {
        }
    }
}
