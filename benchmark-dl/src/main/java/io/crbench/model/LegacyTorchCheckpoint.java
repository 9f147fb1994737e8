package io.crbench.model;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * A checkpoint in PyTorch's legacy (pre-1.6, non-zip) serialisation, read with Pyrolite's
 * unpickler ({@code net.razorvine:pickle}): five pickles (magic number, protocol 1001, system
 * information, the saved object whose tensors name their storages by persistent id, the storage
 * keys in file order), then each storage's element count (int64) and raw little-endian elements.
 * Tensors become {@link Tensor}s (float32 storages only: what trained weights are); dicts become
 * maps, lists lists, numbers Java numbers. A file in another format, a truncated file or an
 * unsupported element type is a {@link ModelLoadException} naming the file.
 */
public final class LegacyTorchCheckpoint {
    private static final BigInteger MAGIC = new BigInteger("1950a86a20f9469cfc6c", 16);
    private static final int PROTOCOL = 1001;

    static {
        for (String type : List.of("FloatStorage", "DoubleStorage", "HalfStorage", "BFloat16Storage",
                "LongStorage", "IntStorage", "ShortStorage", "CharStorage", "ByteStorage", "BoolStorage")) {
            Unpickler.registerConstructor("torch", type, new StorageType(type));
        }
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor_v2", TensorView::of);
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor", TensorView::of);
        Unpickler.registerConstructor("collections", "OrderedDict", args -> new OrderedDict());
    }

    private final Path file;
    private final Object root;

    /**
     * A float32 tensor.
     *
     * @param shape its sizes, outermost first
     * @param values its elements in row-major (C) order
     */
    public record Tensor(long[] shape, float[] values) {
        @Override
        public String toString() {
            return "tensor " + Arrays.toString(shape);
        }
    }

    private LegacyTorchCheckpoint(Path file, Object root) {
        this.file = file;
        this.root = root;
    }

    /** Reads {@code file} whole. */
    public static LegacyTorchCheckpoint read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(2);
            if (in.read() == 'P' && in.read() == 'K') {
                throw new ModelLoadException(file + " is a zip archive (PyTorch 1.6+ serialisation), not the legacy"
                        + " format this reader takes");
            }
            in.reset();
            StorageUnpickler unpickler = new StorageUnpickler();
            Object magic = unpickler.load(in);
            if (!MAGIC.toString().equals(String.valueOf(magic))) {
                throw new ModelLoadException(file + " does not start with PyTorch's legacy magic number (got " + magic
                        + ")");
            }
            Object protocol = unpickler.load(in);
            if (!(protocol instanceof Number p) || p.intValue() != PROTOCOL) {
                throw new ModelLoadException(file + ": legacy protocol " + protocol + ", expected " + PROTOCOL);
            }
            Object sysInfo = unpickler.load(in);
            if (sysInfo instanceof Map<?, ?> info && Boolean.FALSE.equals(info.get("little_endian"))) {
                throw new ModelLoadException(file + " was written on a big-endian machine");
            }
            Object saved = unpickler.load(in);
            Object keys = unpickler.load(in);
            if (!(keys instanceof List<?> order)) {
                throw new ModelLoadException(file + ": the storage key list is missing (got " + keys + ")");
            }
            DataInputStream data = new DataInputStream(in);
            Map<String, float[]> storages = new HashMap<>();
            for (Object key : order) {
                StorageRef ref = unpickler.storages.get(String.valueOf(key));
                if (ref == null) {
                    throw new ModelLoadException(file + ": storage " + key + " is listed but no tensor uses it");
                }
                storages.put(ref.key(), readStorage(file, data, ref));
            }
            return new LegacyTorchCheckpoint(file, materialise(file, saved, storages));
        } catch (EOFException e) {
            throw new ModelLoadException(file + " is truncated: it ended inside " + e.getMessage(), e);
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Pyrolite reports malformed pickles as assorted runtime exceptions, not only PickleException.
            throw new ModelLoadException("cannot read " + file + " as a legacy PyTorch checkpoint: " + e, e);
        }
    }

    /** The saved object: maps, lists, numbers, strings and {@link Tensor}s. */
    public Object root() {
        return root;
    }

    /**
     * The map at {@code key} of the saved dict (e.g. {@code state_dict}): parameter name → tensor.
     *
     * @throws ModelLoadException when the saved object is no dict or holds no such entry
     */
    public Map<String, Tensor> tensors(String key) {
        if (!(root instanceof Map<?, ?> dict) || !(dict.get(key) instanceof Map<?, ?> entries)) {
            throw new ModelLoadException(file + " holds no dict entry '" + key + "'");
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (v instanceof Tensor t) {
                out.put(String.valueOf(k), t);
            }
        });
        return out;
    }

    private static float[] readStorage(Path file, DataInputStream data, StorageRef ref) throws IOException {
        byte[] header = new byte[8];
        readFully(data, header, "the element count of storage " + ref.key());
        long count = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (count != ref.elements()) {
            throw new ModelLoadException(file + ": storage " + ref.key() + " holds " + count + " elements, its tensors"
                    + " declare " + ref.elements());
        }
        if (!ref.type().name().equals("FloatStorage")) {
            throw new ModelLoadException(file + ": storage " + ref.key() + " is a " + ref.type().name()
                    + "; only float32 storages are read");
        }
        byte[] raw = new byte[Math.toIntExact(count * Float.BYTES)];
        readFully(data, raw, "storage " + ref.key());
        float[] values = new float[(int) count];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    private static void readFully(DataInputStream in, byte[] into, String what) throws IOException {
        try {
            in.readFully(into);
        } catch (EOFException e) {
            throw new EOFException(what);
        }
    }

    /** The saved object with every tensor view resolved against the storages read after it. */
    private static Object materialise(Path file, Object o, Map<String, float[]> storages) {
        if (o instanceof TensorView v) {
            float[] storage = storages.get(v.storage().key());
            if (storage == null) {
                throw new ModelLoadException(file + ": storage " + v.storage().key() + " is not in the key list");
            }
            return v.gather(file, storage);
        }
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, materialise(file, v, storages)));
            return out;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(v -> materialise(file, v, storages)).toList();
        }
        return o;
    }

    /** The element type a persistent id names ({@code torch.FloatStorage}, …). */
    private record StorageType(String name) implements IObjectConstructor {
        @Override
        public Object construct(Object[] args) {
            throw new PickleException("torch." + name + " is only expected inside a storage's persistent id");
        }
    }

    /** A storage as its persistent id describes it. */
    private record StorageRef(String key, StorageType type, long elements) {
    }

    /** A tensor as {@code _rebuild_tensor(_v2)} describes it: a strided view of a storage. */
    private record TensorView(StorageRef storage, long offset, long[] shape, long[] stride) {
        static TensorView of(Object[] args) {
            if (args.length < 4 || !(args[0] instanceof StorageRef s)) {
                throw new PickleException("unexpected tensor arguments " + Arrays.toString(args));
            }
            return new TensorView(s, ((Number) args[1]).longValue(), longs(args[2]), longs(args[3]));
        }

        private static long[] longs(Object tuple) {
            Object[] items = tuple instanceof Object[] a ? a : ((List<?>) tuple).toArray();
            return Arrays.stream(items).mapToLong(x -> ((Number) x).longValue()).toArray();
        }

        Tensor gather(Path file, float[] storage) {
            float[] out = new float[Math.toIntExact(Arrays.stream(shape).reduce(1, (a, b) -> a * b))];
            long[] index = new long[shape.length];
            for (int i = 0; i < out.length; i++) {
                long at = offset;
                for (int d = 0; d < shape.length; d++) {
                    at += index[d] * stride[d];
                }
                if (at < 0 || at >= storage.length) {
                    throw new ModelLoadException(file + ": a tensor of shape " + Arrays.toString(shape)
                            + " reaches past the end of storage " + storage().key());
                }
                out[i] = storage[(int) at];
                for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) {
                    index[d] = 0;
                }
            }
            return new Tensor(shape.clone(), out);
        }
    }

    /** collections.OrderedDict; the state BUILD gives it (the state dict's {@code _metadata}) is dropped. */
    public static final class OrderedDict extends LinkedHashMap<Object, Object> {
        private static final long serialVersionUID = 1L;

        /** Called by the unpickler's BUILD. */
        public void __setstate__(HashMap<?, ?> state) {
            // _metadata only records module versions; nothing to keep.
        }
    }

    /** Resolves persistent ids ('storage', type, key, location, size, view) to storage references. */
    private static final class StorageUnpickler extends Unpickler {
        final Map<String, StorageRef> storages = new HashMap<>();

        @Override
        protected Object persistentLoad(Object pid) {
            Object[] id = pid instanceof Object[] a ? a : pid instanceof List<?> l ? l.toArray() : null;
            if (id == null || id.length < 5 || !"storage".equals(id[0]) || !(id[1] instanceof StorageType type)) {
                throw new PickleException("unsupported persistent id " + pid);
            }
            if (id.length > 5 && id[5] != null) {
                throw new PickleException("storage views (persistent id " + Arrays.toString(id) + ") are not supported");
            }
            String key = String.valueOf(id[2]);
            return storages.computeIfAbsent(key, k -> new StorageRef(k, type, ((Number) id[4]).longValue()));
        }
    }
}
