package io.crbench.numerics;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import ai.onnxruntime.OrtEnvironment;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything that decides which floating-point kernels a run executes: the engine and its version,
 * the device, the instruction-set caps given to oneDNN ({@code DNNL_MAX_CPU_ISA}), ATen
 * ({@code ATEN_CPU_CAPABILITY}) and MKL's reproducibility mode ({@code MKL_CBWR}), the intra-op thread
 * count, the ONNX Runtime that runs the int8 classifiers (it picks its kernels by processor, with no
 * cap) and the processor. Written into every result row, so two runs can be told apart.
 *
 * @param engine engine name and version, e.g. {@code PyTorch 2.5.1}
 * @param device default device, e.g. {@code cpu()}
 * @param onednnIsa oneDNN's cap, or {@code unset}
 * @param atenCapability ATen's dispatch cap, or {@code unset}
 * @param mklCbwr MKL's conditional-reproducibility branch, or {@code unset}
 * @param threads PyTorch intra-op threads
 * @param onnxRuntime DJL's ONNX Runtime engine and the version of the ONNX Runtime library on the class
 *     path, e.g. {@code OnnxRuntime 1.20.0}, or {@code absent} where the engine is not on the class path
 * @param cpu the processor
 */
public record NumericEnvironment(String engine, String device, String onednnIsa, String atenCapability,
        String mklCbwr, int threads, String onnxRuntime, CpuFeatures cpu) {
    /** Environment variable capping oneDNN's instruction set. */
    public static final String ONEDNN_ISA = "DNNL_MAX_CPU_ISA";
    /** Environment variable capping ATen's kernel dispatch. */
    public static final String ATEN_CAPABILITY = "ATEN_CPU_CAPABILITY";
    /** Environment variable fixing MKL's code branch (conditional numerical reproducibility). */
    public static final String MKL_CBWR = "MKL_CBWR";
    /** Value of an environment variable that is not set. */
    public static final String UNSET = "unset";
    /** DJL's name of the ONNX Runtime engine. */
    public static final String ONNX_RUNTIME = "OnnxRuntime";

    /**
     * The settings that decide which kernels run, read from this process's environment without
     * loading the engine, e.g. {@code djl=0.32.0 DNNL_MAX_CPU_ISA=SSE41 ATEN_CPU_CAPABILITY=avx2 MKL_CBWR=AVX2}:
     * what a cached trained model must have been trained under to be reused.
     */
    public static String kernelSettings() {
        return "djl=" + Engine.getDjlVersion() + " " + ONEDNN_ISA + "=" + env(ONEDNN_ISA) + " " + ATEN_CAPABILITY + "="
                + env(ATEN_CAPABILITY) + " " + MKL_CBWR + "=" + env(MKL_CBWR);
    }

    /**
     * Where and how the engine executes a training, e.g. {@code PyTorch 2.5.1 on cpu(), 2 threads, CPU
     * family 26 model 2 stepping 1, caches L1d 48K L1i 32K L2 1024K L3 32768K}: beside
     * {@link #kernelSettings()}, what else decides a trained model's weights bit for bit (the engine's
     * version and device pick the kernels, the intra-op thread count their summation orders; two
     * processors with the same flags and settings that reported different caches trained different
     * weights, see README "Numerics", so the processor is named too). Read when called, so a key made
     * inside {@code TorchThreads.singleThreaded}, where the AFD-Module trains, says {@code 1 thread}.
     * Loads the engine after its self-check.
     */
    public static String execution() {
        Engine engine = PyTorchEngine.checked();
        int threads = JniUtils.getNumThreads();
        return nameAndVersion(engine) + " on " + engine.defaultDevice() + ", " + threads
                + (threads == 1 ? " thread" : " threads") + ", CPU " + CpuFeatures.current().identityAndCaches();
    }

    /** This JVM's environment (loads the PyTorch engine; ONNX Runtime is named, not started). */
    public static NumericEnvironment current() {
        Engine engine = Engine.getEngine(PyTorchEngine.NAME);
        return new NumericEnvironment(nameAndVersion(engine), engine.defaultDevice().toString(), env(ONEDNN_ISA),
                env(ATEN_CAPABILITY), env(MKL_CBWR), JniUtils.getNumThreads(), onnxRuntimeOnClassPath(),
                CpuFeatures.current());
    }

    /**
     * E.g. {@code OnnxRuntime 1.20.0}: the version the ONNX Runtime jar declares in its manifest, which
     * is the native library it carries. Read without starting the engine, which extracts and loads that
     * library: a run that executes no ONNX model (e.g. {@code crbench evaluate} on a TorchScript file)
     * must not pay for it. A class literal loads {@link OrtEnvironment} without running its static
     * initialiser, which is where the native library is loaded.
     */
    private static String onnxRuntimeOnClassPath() {
        if (!Engine.hasEngine(ONNX_RUNTIME)) {
            return "absent";
        }
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        return ONNX_RUNTIME + " " + (version == null ? "(its jar declares no version)" : version);
    }

    /** E.g. {@code PyTorch 2.5.1}. */
    private static String nameAndVersion(Engine engine) {
        return engine.getEngineName() + " " + engine.getVersion();
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? UNSET : v;
    }

    /** The fields a result row carries, in a fixed order. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", engine);
        m.put("device", device);
        m.put("onednn_isa", onednnIsa);
        m.put("aten_capability", atenCapability);
        m.put("mkl_cbwr", mklCbwr);
        m.put("threads", threads);
        m.put("onnx_runtime", onnxRuntime);
        m.put("cpu", cpu.model());
        m.put("cpu_id", cpu.identity());
        m.put("caches", cpu.caches());
        m.put("avx512", cpu.hasAvx512());
        return m;
    }

    /** One line, e.g. for logs and error messages. */
    public String describe() {
        return String.format(Locale.ROOT, "%s on %s, %s=%s, %s=%s, %s=%s, %d intra-op threads, %s, CPU %s, %s (%s)",
                engine, device, ONEDNN_ISA, onednnIsa, ATEN_CAPABILITY, atenCapability, MKL_CBWR, mklCbwr, threads,
                onnxRuntime, cpu.model(), cpu.identityAndCaches(), String.join(" ", cpu.vectorFlags()));
    }
}
