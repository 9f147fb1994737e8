package io.crbench.baselines.afd;

import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.reproduction.PublishedValue;
import io.crbench.result.CellKey;

/**
 * The top-1 gain seed 002 prints for an AFD-Module variant over DirectTest, (variant − DirectTest)
 * of two printed cells, as the value a measured gain is set beside. The paper's gains are ResNet-50's
 * on the 50,000 ImageNet validation images; measured here with a stand-in backbone on other images,
 * a gain can neither reproduce nor contradict them, so the AFD suites record it as
 * {@code substitute_measured} with the comparison's numbers for the reader.
 */
public final class PublishedAfdGain {
    private PublishedAfdGain() {
    }

    /**
     * The gain of {@code variant} over {@code directTest} (both in percent, from seed 002's tables).
     *
     * @param table the table the variant cell is printed in
     * @param variant the AFD-Module cell
     * @param directTest the DirectTest cell at the same quality (Table I prints none: Table V's)
     */
    public static PublishedValue of(PublishedTable table, PublishedCell variant, PublishedCell directTest) {
        PublishedTable directTable = PublishedTables.load(directTest.paper(), directTest.table());
        // A difference of two printed cells carries the rounding of both.
        double rounding = variant.unit().toFraction(table.rounding(variant))
                + directTest.unit().toFraction(directTable.rounding(directTest));
        double gain = variant.asFraction() - directTest.asFraction();
        CellKey cell = variant.key().atColumn(variant.column() + " − " + directTest.key().cell()
                + (directTest.table().equals(variant.table()) ? "" : " (Table " + directTest.table() + ")"));
        return new PublishedValue(cell, gain, rounding,
                "rounding of the two printed accuracies", null, table.sample());
    }
}
