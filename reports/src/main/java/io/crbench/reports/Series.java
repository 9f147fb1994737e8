package io.crbench.reports;

import java.util.List;
import java.util.Objects;

/**
 * A named line of a {@link LinePlot}: measured points and, optionally, the paper's published
 * values at the same (or other) x positions.
 *
 * @param name legend label, e.g. {@code ARCNN}
 * @param points measured points
 * @param published published values, drawn as hollow markers on a dashed line; may be empty
 */
public record Series(String name, List<PlotPoint> points, List<PlotPoint> published) {

    public Series {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        published = List.copyOf(published);
    }

    /** A series without published values. */
    public Series(String name, List<PlotPoint> points) {
        this(name, points, List.of());
    }
}
