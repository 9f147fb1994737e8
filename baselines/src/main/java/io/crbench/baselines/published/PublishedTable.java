package io.crbench.baselines.published;

import io.crbench.reproduction.PublishedValue;
import io.crbench.reproduction.SampleRelation;
import io.crbench.result.TableKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One table of a paper, with the values exactly as printed, loaded by {@link PublishedTables}.
 *
 * <p>Keys are strings chosen to be convenient for suites; each file documents its scheme in
 * {@link #keyScheme()}:
 * <ul>
 *   <li>003 Tables 2 and 5: rows {@code JPEG} / {@code Gaussian} and {@code Restoration}; columns the
 *       quality factor or noise level as printed ({@code 10}, {@code 30}, …).</li>
 *   <li>003 Tables 3, 4 and 6: rows the interval as printed without spaces ({@code (1,20)}, …,
 *       {@code (1,100)}; {@code (0,10)}, …, {@code (0,50)}); columns the network name as printed, joined
 *       into one token ({@code Cla(org)}, {@code Cla(jpg)} or {@code Cla(Gauss)}, {@code Seq(org)},
 *       {@code Seq(res)}, {@code Ens(Cla)}, {@code Proposed}).</li>
 *   <li>000 Table II: rows {@code Original}, {@code Compressed/10} … {@code Compressed/40},
 *       {@code Restored/10} … {@code Restored/40}; columns {@code top1}, {@code top5} (percent),
 *       {@code psnr_rgb}, {@code psnr_ycbcr} (dB), {@code ssim_rgb}, {@code ssim_ycbcr} (ssim).</li>
 *   <li>002 Tables I, IV, V, IX and X: rows {@code <model>/<QF>} ({@code ResNet-50/25}, …,
 *       {@code RepVGG-A2/7}), plus {@code <model>/mean} for the printed {@code Avg} row (IV, V, IX) and
 *       {@code ResNet-50/clean} for the clean images (X); columns the layer depth ({@code D1} … {@code D4},
 *       I), the backbone ({@code DCNN} … {@code UNet}, IV) or the method ({@code DirectTest},
 *       {@code ARCNN}, …, {@code DDP}, {@code Ours}; {@code TransferLearning} in X).</li>
 *   <li>002 Table VI: rows {@code <model>/T=1} … {@code <model>/T=5} (number of compressions) and
 *       {@code <model>/mean}; columns the methods of Table V.</li>
 *   <li>002 Tables II, III and VIII: rows {@code ResNet-50/<variant>} ({@code ResNet-50/DirectTest},
 *       {@code ResNet-50/FE-Net+ImageBlock}, {@code ResNet-50/ShuffledDCT}, {@code ResNet-50/URIE}, …);
 *       columns the JPEG quality factor ({@code 25}, {@code 18}, {@code 10}, {@code 7}; VIII also {@code 15}).</li>
 *   <li>002 Table VII: rows the method ({@code ResNet-50}, …, {@code Ours}); columns {@code params}
 *       (millions), {@code flops} (GFLOPs), {@code cpu_ms} and {@code gpu_ms} (ms).</li>
 *   <li>004 prints its tables unnumbered under plain headings; the ids are this project's.
 *       {@code MeanQF10to90}: rows {@code BSD500}, {@code LIVE1}, {@code Urban100}, {@code OverallMean};
 *       {@code InitialTestRun}: rows {@code BSD500/40}, {@code Urban100/40}, {@code LIVE1/Q-Sweep}; both with
 *       columns {@code psnr} (dB) and {@code ssim}. {@code BikesDemoY}: rows the quality factor
 *       ({@code 10}, {@code 40}, {@code 70}); columns {@code psnr_y} (dB) and {@code ssim_y}.</li>
 * </ul>
 *
 * <p>Every row × column cell either has a value or is explicitly absent (printed {@code -} in the
 * paper); {@link #value} returns an empty result for absent cells, {@link #cell} refuses them.
 */
public final class PublishedTable {

    private final String resource;
    private final String source;
    private final String paper;
    private final String table;
    private final String title;
    private final String dataset;
    private final Unit unit;
    private final String keyScheme;
    private final Map<String, Heading> rows;
    private final Map<String, Heading> columns;
    private final List<String> rowKeys;
    private final List<String> columnKeys;
    private final Map<String, Map<String, OptionalDouble>> values;
    private final Map<String, Map<String, Integer>> decimals;
    private final Map<Unit, Margin> margins;
    private final SampleRelation sample;
    private final Map<String, SampleRelation> rowSamples;
    private final List<String> notes;
    private final List<OcrFix> ocrFixes;
    private final List<String> transcriptionNotes;
    private final List<String> findings;
    private final List<KnownDeviation> knownDeviations;

    /** Built by {@link PublishedTableReader}, which has already checked that everything is consistent. */
    PublishedTable(String resource, String source, String paper, String table, String title, String dataset,
            Unit unit, String keyScheme, List<Heading> rows, List<Heading> columns,
            Map<String, Map<String, OptionalDouble>> values, Map<String, Map<String, Integer>> decimals,
            Map<Unit, Margin> margins, SampleRelation sample, Map<String, SampleRelation> rowSamples,
            List<String> notes,
            List<OcrFix> ocrFixes, List<String> transcriptionNotes, List<String> findings,
            List<KnownDeviation> knownDeviations) {
        this.resource = resource;
        this.source = source;
        this.paper = paper;
        this.table = table;
        this.title = title;
        this.dataset = dataset;
        this.unit = unit;
        this.keyScheme = keyScheme;
        this.rows = byKey(rows);
        this.columns = byKey(columns);
        this.rowKeys = List.copyOf(this.rows.keySet());
        this.columnKeys = List.copyOf(this.columns.keySet());
        Map<String, Map<String, OptionalDouble>> copy = new LinkedHashMap<>();
        values.forEach((row, cells) -> copy.put(row, Collections.unmodifiableMap(new LinkedHashMap<>(cells))));
        this.values = Collections.unmodifiableMap(copy);
        Map<String, Map<String, Integer>> decimalsCopy = new LinkedHashMap<>();
        decimals.forEach((row, cells) -> decimalsCopy.put(row, Map.copyOf(cells)));
        this.decimals = Collections.unmodifiableMap(decimalsCopy);
        this.margins = Map.copyOf(margins);
        this.sample = sample;
        this.rowSamples = Map.copyOf(rowSamples);
        this.notes = List.copyOf(notes);
        this.ocrFixes = List.copyOf(ocrFixes);
        this.transcriptionNotes = List.copyOf(transcriptionNotes);
        this.findings = List.copyOf(findings);
        this.knownDeviations = List.copyOf(knownDeviations);
    }

    private static Map<String, Heading> byKey(List<Heading> headings) {
        Map<String, Heading> map = new LinkedHashMap<>();
        headings.forEach(h -> map.put(h.key(), h));
        return Collections.unmodifiableMap(map);
    }

    /** Seed file prefix of the paper, e.g. {@code 003}. */
    public String paper() {
        return paper;
    }

    /**
     * Table id as printed, e.g. {@code 2}, {@code II}; for a paper that numbers no tables, an id chosen
     * here (e.g. 004 {@code MeanQF10to90}), whose title quotes the printed heading.
     */
    public String table() {
        return table;
    }

    /** Paper and table as rows name them. */
    public TableKey key() {
        return TableKey.of(paper, table);
    }

    /** Where the numbers come from, e.g. {@code 003_10bfd13e9a9117df.txt, Table 2}. */
    public String source() {
        return source;
    }

    /** Classpath resource the table was loaded from. */
    public String resource() {
        return resource;
    }

    /** Title and caption as printed. */
    public String title() {
        return title;
    }

    /** The data set the table refers to, e.g. {@code CIFAR-10-test}. */
    public String dataset() {
        return dataset;
    }

    /** The table's unit: the unit of every column that does not declare its own (see {@link #unit(String)}). */
    public Unit unit() {
        return unit;
    }

    /** The unit of one column's values. */
    public Unit unit(String column) {
        return column(column).unit();
    }

    /** How rows and columns are keyed, as written in the table file. */
    public String keyScheme() {
        return keyScheme;
    }

    /** Row keys in printed order. */
    public List<String> rowKeys() {
        return rowKeys;
    }

    /** Column keys in printed order. */
    public List<String> columnKeys() {
        return columnKeys;
    }

    /** A row's heading as printed in the paper. */
    public String rowLabel(String row) {
        return row(row).printed();
    }

    /** A column's heading as printed in the paper. */
    public String columnLabel(String column) {
        return column(column).printed();
    }

    /**
     * The printed value of a cell, in the column's unit; empty when the paper prints the cell as absent.
     *
     * @throws PublishedTableException listing the valid keys when {@code row} or {@code column} does not exist
     */
    public OptionalDouble value(String row, String column) {
        row(row);
        column(column);
        return values.get(row).get(column);
    }

    /**
     * The cell, if the paper prints a value for it.
     *
     * @throws PublishedTableException listing the valid keys when {@code row} or {@code column} does not exist
     */
    public Optional<PublishedCell> findCell(String row, String column) {
        OptionalDouble v = value(row, column);
        return v.isPresent()
                ? Optional.of(new PublishedCell(paper, table, row, column, v.getAsDouble(), unit(column)))
                : Optional.empty();
    }

    /**
     * The cell, which must have a printed value.
     *
     * @throws PublishedTableException when a key does not exist (listing the valid keys) or the cell is absent
     */
    public PublishedCell cell(String row, String column) {
        return findCell(row, column).orElseThrow(() -> new PublishedTableException(
                this + " prints no value for row '" + row + "', column '" + column
                        + "' (absent, '-'); use value() or findCell() for cells that may be absent"));
    }

    /** Every cell with a printed value, row by row in printed order. */
    public List<PublishedCell> cells() {
        List<PublishedCell> out = new ArrayList<>();
        for (String row : rowKeys) {
            for (String column : columnKeys) {
                findCell(row, column).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** Whether the paper measured the same fixed images as can be measured here, which decides the sampling term. */
    public SampleRelation sample() {
        return sample;
    }

    /**
     * The sample relation of one row: the table's, unless the file gives the row its own image
     * count (tables whose rows are different data sets, such as FBCNN's Classic5 / LIVE1 / BSDS500).
     */
    public SampleRelation sample(String row) {
        row(row);
        return rowSamples.getOrDefault(row, sample);
    }

    /** Half the last printed place of a cell, in the cell's unit: how far the printed value may be from the paper's. */
    public double rounding(PublishedCell cell) {
        return 0.5 * Math.pow(10, -decimals.get(cell.row()).get(cell.column()));
    }

    /**
     * The declared margin beyond rounding for a column's cells (a measured nuisance; zero where none
     * has been measured), in the column's unit, with what it covers.
     */
    public Margin margin(String column) {
        return margins.get(unit(column));
    }

    /** Definitions the paper gives for this table (metric, aggregation, methods), as written in the file. */
    public List<String> notes() {
        return notes;
    }

    /** Cells whose stored value repairs OCR damage in the paper's text, each with the damaged text. */
    public List<OcrFix> ocrFixes() {
        return ocrFixes;
    }

    /** Remarks on how the printed table was transcribed where no value had to change. */
    public List<String> transcriptionNotes() {
        return transcriptionNotes;
    }

    /**
     * What this project's measurements established about the table (e.g. which aggregation or noise
     * model reproduces the printed values), as written in the file; empty when nothing is settled.
     */
    public List<String> findings() {
        return findings;
    }

    /** The declared reason why a cell does not reproduce here, if the file declares one. */
    public Optional<KnownDeviation> knownDeviation(String row, String column) {
        row(row);
        column(column);
        return knownDeviations.stream().filter(d -> d.row().equals(row) && d.column().equals(column)).findFirst();
    }

    /**
     * The cell as the value a measurement is held to: on the scale results are written in (see
     * {@link Unit#toResultScale}), with its rounding plus the column's margin as the margin, the
     * row's sample relation ({@link #sample(String)}), and the cell's known deviation, if any.
     */
    public PublishedValue publishedValue(String row, String column) {
        PublishedCell c = cell(row, column);
        Margin m = margin(column);
        double rounding = rounding(c);
        String why = String.format(Locale.ROOT, "rounding of the printed %s (±%s %s)",
                c.unit() == Unit.PERCENT || c.unit() == Unit.FRACTION ? "accuracy" : "value",
                BigDecimal.valueOf(rounding).stripTrailingZeros().toPlainString(), c.unit().wire())
                + (m.value() > 0 ? " + " + m.value() + " " + m.unit().wire() + " for " + m.justification() : "");
        return new PublishedValue(c.key(), c.unit().toResultScale(c.value()),
                c.unit().toResultScale(rounding + m.value()), why,
                knownDeviation(row, column).map(KnownDeviation::reason).orElse(null), sample(row));
    }

    private Heading row(String key) {
        Heading h = rows.get(key);
        if (h == null) {
            throw new PublishedTableException(
                    this + " has no row '" + key + "'; valid rows: " + String.join(", ", rows.keySet()));
        }
        return h;
    }

    private Heading column(String key) {
        Heading h = columns.get(key);
        if (h == null) {
            throw new PublishedTableException(
                    this + " has no column '" + key + "'; valid columns: " + String.join(", ", columns.keySet()));
        }
        return h;
    }

    /** E.g. {@code paper 003 Table 2 (io/crbench/baselines/published/003-table-2.json)}. */
    @Override
    public String toString() {
        return "paper " + paper + " Table " + table + " (" + resource + ")";
    }
}
