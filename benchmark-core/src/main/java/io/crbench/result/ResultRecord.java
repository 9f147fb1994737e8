package io.crbench.result;

/**
 * One measured (or unmeasurable) cell of an experiment: the line a suite case writes to
 * {@code results.jsonl}. Field names and vocabulary are stable so CI and reviewers can query them.
 *
 * @param paper seed file prefix ({@code 000} … {@code 004}) or {@code none}
 * @param table table as printed in the paper ({@code 2}, {@code II}) or {@code none}
 * @param cell the cell inside the table, e.g. {@code JPEG/QF10}
 * @param dataset mirror folder name, e.g. {@code CIFAR-10-test}
 * @param n sample size the measurement rests on (images)
 * @param method method under test, e.g. {@code jpeg-only}, {@code arcnn}
 * @param degradation degradation id, e.g. {@code jpeg(q=10)}
 * @param metric metric id, e.g. {@code psnr_y}, {@code top1}
 * @param measured measured value (NaN when not measured)
 * @param ciLow lower confidence bound (NaN when not measured)
 * @param ciHigh upper confidence bound (NaN when not measured)
 * @param published the paper's value, or null when it prints none
 * @param verdict comparison outcome
 * @param reason why this verdict, in words (tolerance used, or what is missing)
 */
public record ResultRecord(
        String paper,
        String table,
        String cell,
        String dataset,
        int n,
        String method,
        String degradation,
        String metric,
        double measured,
        double ciLow,
        double ciHigh,
        Double published,
        Verdict verdict,
        String reason) {
}
