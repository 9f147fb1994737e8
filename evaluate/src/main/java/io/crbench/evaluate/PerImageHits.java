package io.crbench.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crbench.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a robustness run measured per image: for every condition, whether each image's label was
 * the top-1 and among the top-5 scores. Everything a result row says is computed from this, so a
 * run split into shards ({@code --shard i/n}, images {@code i, i+n, i+2n, …}) and merged gives the
 * same rows as an unsharded run. Stored as {@code hits.jsonl}: a header line (what was run), then
 * one line per measured image.
 */
public final class PerImageHits {
    /** File name inside a run's output folder. */
    public static final String FILE_NAME = "hits.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunIdentity identity;
    private final List<String> files;
    private final int[] labels;
    private final boolean[][] top1;
    private final boolean[][] top5;
    private final double[][] bitsPerPixel;
    private final boolean[] measured;

    /**
     * What a run is, apart from which images it measured: two shards merge only when these agree.
     *
     * @param model model id in rows
     * @param modelSha256 SHA-256 of the model file
     * @param dataset data set name in rows
     * @param labelRule how the images got their labels, in words
     * @param preprocessing preprocessing name
     * @param conditions the grid, clean first, in row order
     * @param images number of images of the whole data set
     */
    public record RunIdentity(String model, String modelSha256, String dataset, String labelRule, String preprocessing,
            List<Condition> conditions, int images) {
        public RunIdentity {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty() || !conditions.get(0).isClean()) {
                throw new IllegalArgumentException("a run's conditions start with clean, got " + conditions);
            }
        }
    }

    /** An empty record of {@code identity}'s images, to be filled by {@link #set}. */
    public PerImageHits(RunIdentity identity, List<String> files, int[] labels) {
        if (files.size() != identity.images() || labels.length != files.size()) {
            throw new IllegalArgumentException("need one file name and label per image of " + identity.dataset());
        }
        this.identity = identity;
        this.files = new ArrayList<>(files);
        this.labels = labels.clone();
        int c = identity.conditions().size();
        this.top1 = new boolean[c][files.size()];
        this.top5 = new boolean[c][files.size()];
        this.bitsPerPixel = new double[c][files.size()];
        this.measured = new boolean[files.size()];
    }

    /**
     * Records image {@code image}'s hits under every condition (in identity order), and the bits
     * per pixel its compressed stream took (NaN for a condition that does not compress).
     */
    public synchronized void set(int image, boolean[] top1ByCondition, boolean[] top5ByCondition,
            double[] bitsPerPixelByCondition) {
        for (int c = 0; c < top1.length; c++) {
            top1[c][image] = top1ByCondition[c];
            top5[c][image] = top5ByCondition[c];
            bitsPerPixel[c][image] = bitsPerPixelByCondition[c];
        }
        measured[image] = true;
    }

    public RunIdentity identity() {
        return identity;
    }

    /** The images' paths relative to the data folder, in index order. */
    public List<String> files() {
        return List.copyOf(files);
    }

    /** Whether every image was measured (an unsharded run, or all shards merged). */
    public boolean complete() {
        for (boolean m : measured) {
            if (!m) {
                return false;
            }
        }
        return true;
    }

    /** Top-1 hits per image under condition {@code c} (index in the identity's grid). */
    public boolean[] top1(int c) {
        return top1[c].clone();
    }

    /** Top-5 hits per image under condition {@code c}. */
    public boolean[] top5(int c) {
        return top5[c].clone();
    }

    /** Bits per pixel per image under condition {@code c}; NaN where the condition does not compress. */
    public double[] bitsPerPixel(int c) {
        return bitsPerPixel[c].clone();
    }

    /** Writes the header and the measured images' lines to {@code file}, through a temporary file. */
    public void write(Path file) {
        StringBuilder sb = new StringBuilder();
        ObjectNode header = JSON.createObjectNode();
        header.put("model", identity.model());
        header.put("model_sha256", identity.modelSha256());
        header.put("dataset", identity.dataset());
        header.put("label_rule", identity.labelRule());
        header.put("preprocessing", identity.preprocessing());
        ArrayNode grid = header.putArray("conditions");
        identity.conditions().forEach(c -> grid.add(c.label()));
        header.put("images", identity.images());
        sb.append(header).append('\n');
        for (int i = 0; i < files.size(); i++) {
            if (!measured[i]) {
                continue;
            }
            ObjectNode line = JSON.createObjectNode();
            line.put("index", i);
            line.put("file", files.get(i));
            line.put("label", labels[i]);
            StringBuilder t1 = new StringBuilder();
            StringBuilder t5 = new StringBuilder();
            for (int c = 0; c < top1.length; c++) {
                t1.append(top1[c][i] ? '1' : '0');
                t5.append(top5[c][i] ? '1' : '0');
            }
            line.put("top1", t1.toString());
            line.put("top5", t5.toString());
            ArrayNode rates = line.putArray("bpp");
            for (int c = 0; c < top1.length; c++) {
                if (Double.isNaN(bitsPerPixel[c][i])) {
                    rates.addNull();
                } else {
                    rates.add(bitsPerPixel[c][i]);
                }
            }
            sb.append(line).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /**
     * Reads a file written by {@link #write}; merging several is {@link #merge}.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public static PerImageHits read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; expected a " + FILE_NAME + " written by crbench evaluate");
        }
        try {
            JsonNode h = JSON.readTree(lines.get(0));
            List<Condition> conditions = new ArrayList<>();
            for (JsonNode c : h.withArray("conditions")) {
                conditions.addAll(Condition.parse(c.asText()));
            }
            int n = h.get("images").asInt();
            RunIdentity identity = new RunIdentity(h.get("model").asText(), h.get("model_sha256").asText(),
                    h.get("dataset").asText(), h.get("label_rule").asText(), h.get("preprocessing").asText(), conditions, n);
            String[] files = new String[n];
            int[] labels = new int[n];
            List<int[]> rows = new ArrayList<>();
            List<String[]> bits = new ArrayList<>();
            List<double[]> rates = new ArrayList<>();
            for (int l = 1; l < lines.size(); l++) {
                JsonNode e = JSON.readTree(lines.get(l));
                int i = e.get("index").asInt();
                String t1 = e.get("top1").asText();
                String t5 = e.get("top5").asText();
                if (i < 0 || i >= n || t1.length() != conditions.size() || t5.length() != conditions.size()) {
                    throw new IllegalArgumentException("line " + (l + 1) + ": image index or hit count out of range");
                }
                files[i] = e.get("file").asText();
                labels[i] = e.get("label").asInt();
                JsonNode r = e.get("bpp");
                if (r == null || r.size() != conditions.size()) {
                    throw new IllegalArgumentException("line " + (l + 1) + ": expected " + conditions.size() + " bpp values");
                }
                double[] b = new double[conditions.size()];
                for (int c = 0; c < b.length; c++) {
                    b[c] = r.get(c).isNull() ? Double.NaN : r.get(c).asDouble();
                }
                rows.add(new int[] {i});
                bits.add(new String[] {t1, t5});
                rates.add(b);
            }
            for (int i = 0; i < n; i++) {
                files[i] = Objects.requireNonNullElse(files[i], "");
            }
            PerImageHits hits = new PerImageHits(identity, Arrays.asList(files), labels);
            for (int r = 0; r < rows.size(); r++) {
                int i = rows.get(r)[0];
                if (hits.measured[i]) {
                    throw new IllegalArgumentException("image " + i + " appears twice");
                }
                boolean[] a = new boolean[conditions.size()];
                boolean[] b = new boolean[conditions.size()];
                for (int c = 0; c < a.length; c++) {
                    a[c] = bits.get(r)[0].charAt(c) == '1';
                    b[c] = bits.get(r)[1].charAt(c) == '1';
                }
                hits.set(i, a, b, rates.get(r));
            }
            return hits;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("malformed " + FILE_NAME + " " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The union of shards of one run: same identity, each image measured by exactly one shard, all
     * images covered.
     *
     * @throws IllegalArgumentException when the shards are of different runs, overlap or leave images out
     */
    public static PerImageHits merge(List<PerImageHits> shards) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        PerImageHits first = shards.get(0);
        PerImageHits out = new PerImageHits(first.identity, first.files, first.labels);
        for (PerImageHits s : shards) {
            if (!s.identity.equals(first.identity)) {
                throw new IllegalArgumentException("shards of different runs: " + s.identity + " vs " + first.identity);
            }
            for (int i = 0; i < s.measured.length; i++) {
                if (!s.measured[i]) {
                    continue;
                }
                if (out.measured[i]) {
                    throw new IllegalArgumentException("image " + i + " (" + s.files.get(i) + ") is in two shards");
                }
                boolean[] a = new boolean[s.top1.length];
                boolean[] b = new boolean[s.top1.length];
                double[] rate = new double[s.top1.length];
                for (int c = 0; c < a.length; c++) {
                    a[c] = s.top1[c][i];
                    b[c] = s.top5[c][i];
                    rate[c] = s.bitsPerPixel[c][i];
                }
                out.files.set(i, s.files.get(i));
                out.labels[i] = s.labels[i];
                out.set(i, a, b, rate);
            }
        }
        for (int i = 0; i < out.measured.length; i++) {
            if (!out.measured[i]) {
                throw new IllegalArgumentException("image " + i + " of " + first.identity.images()
                        + " is in no shard: merge every shard of the run");
            }
        }
        return out;
    }
}
