package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.Condition;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegCompression;
import io.crbench.image.Image8;
import io.crbench.model.Classifier;
import io.crbench.stats.HolmCorrection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassifierPanel} and {@link Top1ChangeFamily} on generated images with real JPEG and two
 * test-double classifiers (their classes are brightness bands, not a model).
 */
class ClassifierPanelTest {
    private static final List<Image8> IMAGES = IntStream.range(0, 40)
            .mapToObj(i -> Image8.generate(32, 32, 3, (x, y, c) -> (i * 6 + ((x * 5 + y * 3) % 17) * (i % 5)) % 256))
            .toList();
    private static final int[] LABELS = IntStream.range(0, 40).map(i -> i % 4).toArray();

    @Test
    void degradesEachImageOnceAndGivesEveryClassifierItsOwnScores() {
        AtomicInteger applied = new AtomicInteger();
        Degradation counted = counting(JpegCompression.at(10), applied);
        BrightnessClassifier coarse = new BrightnessClassifier("coarse", 64);
        BrightnessClassifier fine = new BrightnessClassifier("fine", 48);
        ClassifierPanel panel = new ClassifierPanel(List.of(coarse, fine), "generated", IMAGES, LABELS);

        ClassificationScores a = panel.scores("coarse", counted);
        ClassificationScores b = panel.scores("fine", counted);

        assertThat(applied.get()).as("one degradation per image for both classifiers").isEqualTo(IMAGES.size());
        assertThat(a.top1Hits()).containsExactly(ClassificationScores.evaluate(coarse, IMAGES, LABELS,
                JpegCompression.at(10)).top1Hits());
        assertThat(b.top1Hits()).containsExactly(ClassificationScores.evaluate(fine, IMAGES, LABELS,
                JpegCompression.at(10)).top1Hits());
        assertThat(panel.ids()).containsExactly("coarse", "fine");
        assertThatThrownBy(() -> panel.scores("other", counted)).hasMessageContaining("no classifier 'other'")
                .hasMessageContaining("[coarse, fine]");
        assertThatThrownBy(() -> new ClassifierPanel(List.of(coarse, coarse), "generated", IMAGES, LABELS))
                .hasMessageContaining("share the id coarse");
    }

    @Test
    void aFamilyHolmCorrectsTheSignTestsOfItsCells() {
        ClassifierPanel panel = new ClassifierPanel(List.of(new BrightnessClassifier("coarse", 64),
                new BrightnessClassifier("fine", 48)), "generated", IMAGES, LABELS);
        List<Degradation> family = List.of(JpegCompression.at(90), JpegCompression.at(10));
        Top1ChangeFamily f = new Top1ChangeFamily(panel, "coarse", "fine", family);

        double[] raw = family.stream().mapToDouble(d -> panel.scores("fine", d)
                .top1ChangeFrom(panel.scores("coarse", d)).signTestP()).toArray();
        double[] holm = HolmCorrection.adjust(raw);

        assertThat(f.outcome(JpegCompression.at(90)).holmP()).isEqualTo(holm[0]);
        assertThat(f.outcome(JpegCompression.at(10)).holmP()).isEqualTo(holm[1]);
        PairedComparison c = f.outcome(JpegCompression.at(10)).comparison();
        assertThat(c.difference().value()).isEqualTo((c.improved() - c.worsened()) / (double) IMAGES.size(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(f.outcome(family.get(1)).describe()).contains("fine > coarse under jpeg(q=10)");
        assertThatThrownBy(() -> f.outcome(JpegCompression.at(50))).hasMessageContaining("not in the family");
    }

    private static Degradation counting(Degradation d, AtomicInteger calls) {
        return new Degradation() {
            @Override
            public String id() {
                return d.id();
            }

            @Override
            public Condition condition() {
                return d.condition();
            }

            @Override
            public Image8 apply(Image8 clean, long imageSeed) {
                calls.incrementAndGet();
                return d.apply(clean, imageSeed);
            }

            @Override
            public String toString() {
                return d.id();
            }
        };
    }

    /** A test double: class = mean brightness divided by a band width, modulo 4. */
    private record BrightnessClassifier(String id, int band) implements Classifier {
        @Override
        public int numClasses() {
            return 4;
        }

        @Override
        public int inputSize() {
            return 32;
        }

        @Override
        public float[][] logits(List<Image8> images) {
            return images.stream().map(img -> {
                double mean = 0;
                for (int i = 0; i < img.pixelCount() * img.channels(); i++) {
                    mean += img.sampleAt(i) / (double) (img.pixelCount() * img.channels());
                }
                float[] scores = new float[4];
                scores[(int) (mean / band) % 4] = 1;
                return scores;
            }).toArray(float[][]::new);
        }

        @Override
        public void close() {
        }
    }
}
