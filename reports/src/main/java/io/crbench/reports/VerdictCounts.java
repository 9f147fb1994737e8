package io.crbench.reports;

import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How many records carry each verdict. */
final class VerdictCounts {
    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    private final long total;

    private VerdictCounts(Collection<ResultRecord> records) {
        counts.putAll(records.stream().collect(Collectors.groupingBy(ResultRecord::verdict, Collectors.counting())));
        total = records.size();
    }

    static VerdictCounts of(Collection<ResultRecord> records) {
        return new VerdictCounts(records);
    }

    long get(Verdict v) {
        return counts.getOrDefault(v, 0L);
    }

    /** E.g. {@code 12 cells: 9 reproduced, 1 out_of_tolerance, 0 no_published_value, 2 cannot_run_here}. */
    String describe() {
        StringBuilder sb = new StringBuilder().append(total).append(total == 1 ? " cell: " : " cells: ");
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < verdicts.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(get(verdicts[i])).append(' ').append(verdicts[i].wire());
        }
        return sb.toString();
    }
}
