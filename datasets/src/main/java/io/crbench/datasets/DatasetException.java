package io.crbench.datasets;

/**
 * A data set that cannot be used as declared: a file is missing, corrupt, unreachable, laid out
 * differently from what a loader expects, or the manifest itself is malformed. The message names
 * the data set, the file and every place that was tried.
 */
public final class DatasetException extends RuntimeException {
    /** What went wrong, for callers that react differently (e.g. skip a suite when data is missing). */
    public enum Reason {
        /** A file's SHA-256 differs from the manifest's. */
        CHECKSUM_MISMATCH,
        /** A file is in neither mirror nor cache, and its download URL says it does not exist. */
        MISSING_FILE,
        /** A file is in neither mirror nor cache, and its download URL could not be reached or read. */
        UNREACHABLE,
        /** The files do not have the layout a loader needs (unknown class folder, empty class, ...). */
        BAD_LAYOUT,
        /** A manifest or label file is malformed. */
        BAD_MANIFEST,
        /** A local file could not be read or written. */
        IO_ERROR
    }

    private final Reason reason;
    private final String dataset;

    public DatasetException(Reason reason, String dataset, String message, Throwable cause) {
        super(dataset + ": " + message, cause);
        this.reason = reason;
        this.dataset = dataset;
    }

    public DatasetException(Reason reason, String dataset, String message) {
        this(reason, dataset, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Name of the data set concerned. */
    public String dataset() {
        return dataset;
    }
}
