package io.crbench.datasets.fashionmnist;

import io.crbench.datasets.DatasetException;
import io.crbench.image.Image8;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An unsigned-byte array in MNIST's IDX format: a big-endian header (two zero bytes, type code
 * {@code 0x08} for unsigned bytes, the number of dimensions, then each dimension as a 32-bit
 * integer) followed by the values in row-major order. Labels are 1-D, images 3-D (count, rows,
 * columns).
 */
public final class IdxFile {
    private static final int UNSIGNED_BYTE = 0x08;

    private final String name;
    private final int[] dimensions;
    private final byte[] data;
    private final int offset;

    private IdxFile(String name, int[] dimensions, byte[] data, int offset) {
        this.name = name;
        this.dimensions = dimensions;
        this.data = data;
        this.offset = offset;
    }

    /**
     * Parses {@code bytes}; a bad magic number, a type other than unsigned byte, or a size that
     * disagrees with the header is an error naming {@code name}.
     */
    public static IdxFile parse(String name, byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 0) {
            throw malformed(name, "does not start with the IDX magic number 0x0000");
        }
        if ((bytes[2] & 0xff) != UNSIGNED_BYTE) {
            throw malformed(name, "has IDX type code 0x" + Integer.toHexString(bytes[2] & 0xff)
                    + ", expected 0x08 (unsigned byte)");
        }
        int rank = bytes[3] & 0xff;
        int header = 4 + 4 * rank;
        if (rank == 0 || bytes.length < header) {
            throw malformed(name, "has a truncated header (" + rank + " dimensions, " + bytes.length + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 4, 4 * rank);
        int[] dims = new int[rank];
        long values = 1;
        for (int i = 0; i < rank; i++) {
            dims[i] = buffer.getInt();
            if (dims[i] <= 0) {
                throw malformed(name, "declares dimension " + i + " as " + dims[i]);
            }
            values *= dims[i];
        }
        if (bytes.length - header != values) {
            throw malformed(name, "declares " + Arrays.toString(dims) + " = " + values + " values but holds "
                    + (bytes.length - header));
        }
        return new IdxFile(name, dims, bytes, header);
    }

    /** The dimensions, outermost first. */
    public int[] dimensions() {
        return dimensions.clone();
    }

    /** The values of a 1-D file (labels). */
    public int[] labels() {
        if (dimensions.length != 1) {
            throw malformed(name, "is " + dimensions.length + "-D, labels are 1-D");
        }
        int[] out = new int[dimensions[0]];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[offset + i] & 0xff;
        }
        return out;
    }

    /** The gray images of a 3-D file (count, rows, columns). */
    public List<Image8> images() {
        if (dimensions.length != 3) {
            throw malformed(name, "is " + dimensions.length + "-D, images are 3-D");
        }
        int rows = dimensions[1];
        int columns = dimensions[2];
        int size = rows * columns;
        List<Image8> out = new ArrayList<>(dimensions[0]);
        for (int i = 0; i < dimensions[0]; i++) {
            int from = offset + i * size;
            out.add(Image8.of(columns, rows, 1, Arrays.copyOfRange(data, from, from + size)));
        }
        return out;
    }

    private static DatasetException malformed(String name, String what) {
        return new DatasetException(DatasetException.Reason.BAD_LAYOUT, FashionMnist.NAME, name + " " + what);
    }
}
