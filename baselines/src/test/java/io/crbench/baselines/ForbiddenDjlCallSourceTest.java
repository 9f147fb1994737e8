package io.crbench.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.crbench.nn.AlignedConv2d;
import io.crbench.numerics.Scalars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No crbench source uses the DJL calls that make its numbers wrong or machine-dependent: those whose
 * constant operand autograd can read after it was freed (see {@link Scalars}), i.e. the NDArray
 * arithmetic that saves a {@code Number} operand for the backward pass and DJL's {@code L2Loss},
 * which multiplies by its weight that way; and the plain {@code Conv2d} layer, whose outputs depend
 * on the caches the processor reports where its input or output channels are not a multiple of 8 (see
 * {@link AlignedConv2d}). The sources are compiled with javac's tree API, so the check sees the
 * resolved overload, not a text pattern.
 */
class ForbiddenDjlCallSourceTest {
    /** NDArray methods whose gradient needs the value of their {@code Number} operand. */
    private static final Set<String> SAVING_OPERAND = Set.of("mul", "muli", "div", "divi", "pow", "powi", "rdiv",
            "rdivi", "rpow", "rpowi", "maximum", "minimum");
    private static final Set<String> FORBIDDEN_TYPES = Set.of("ai.djl.training.loss.L2Loss");
    /** Builds the plain layer; {@link AlignedConv2d} takes the builder instead. */
    private static final String PLAIN_CONV2D_BUILDER = "ai.djl.nn.convolutional.Conv2d.Builder";
    /** An optimizer's update runs after the backward pass with autograd off: nothing it computes is saved. */
    private static final String OUTSIDE_AUTOGRAD = "Adamax.java";

    @Test
    void noSourceMakesAForbiddenCall() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("benchmark-core", "benchmark-dl", "datasets", "baselines")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java") && !f.endsWith(OUTSIDE_AUTOGRAD)).forEach(sources::add);
            }
        }
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(offenders(sources)).isEmpty();
    }

    @Test
    void theCheckFindsEachForbiddenCall(@TempDir Path scratch) throws IOException {
        Path source = scratch.resolve("Offender.java");
        Files.writeString(source, """
                import ai.djl.ndarray.NDArray;
                import ai.djl.ndarray.types.Shape;
                import ai.djl.nn.Block;
                import ai.djl.nn.convolutional.Conv2d;
                import ai.djl.training.loss.Loss;
                import io.crbench.nn.AlignedConv2d;
                class Offender {
                    NDArray a(NDArray x) { return x.mul(2f).div(3).pow(2).maximum(0f).add(1f); }
                    NDArray b(NDArray x) { return x.mul(x).add(x); }
                    Loss c() { return Loss.l2Loss(); }
                    Loss d() { return new ai.djl.training.loss.L2Loss("mse", 1f); }
                    Block e() { return Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(3).build(); }
                    Block f() { return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(3)); }
                }
                """, StandardCharsets.UTF_8);
        assertThat(offenders(List.of(source))).containsExactlyInAnyOrder(
                "Offender.java:8 mul(java.lang.Number)", "Offender.java:8 div(java.lang.Number)",
                "Offender.java:8 pow(java.lang.Number)", "Offender.java:8 maximum(java.lang.Number)",
                "Offender.java:10 l2Loss()", "Offender.java:11 L2Loss(java.lang.String,float)", "Offender.java:12 build()");
    }

    private static List<String> offenders(List<Path> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> found = new ArrayList<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostic -> { },
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
                    files.getJavaFileObjectsFromPaths(sources));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : units) {
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                        check(trees.getElement(getCurrentPath()));
                        return super.visitMethodInvocation(call, unused);
                    }

                    @Override
                    public Void visitNewClass(NewClassTree creation, Void unused) {
                        check(trees.getElement(getCurrentPath()));
                        return super.visitNewClass(creation, unused);
                    }

                    private void check(Element element) {
                        if (!(element instanceof ExecutableElement method)) {
                            return;
                        }
                        TypeElement owner = (TypeElement) method.getEnclosingElement();
                        String ownerName = owner.getQualifiedName().toString();
                        boolean savesNumber = ownerName.startsWith("ai.djl.ndarray.")
                                && SAVING_OPERAND.contains(method.getSimpleName().toString())
                                && method.getParameters().stream().map(VariableElement::asType)
                                        .anyMatch(t -> t.toString().equals("java.lang.Number"));
                        boolean l2 = FORBIDDEN_TYPES.contains(ownerName) && method.getKind() == ElementKind.CONSTRUCTOR
                                || ownerName.equals("ai.djl.training.loss.Loss")
                                        && method.getSimpleName().contentEquals("l2Loss");
                        boolean plainConv = ownerName.equals(PLAIN_CONV2D_BUILDER)
                                && method.getSimpleName().contentEquals("build");
                        if (savesNumber || l2 || plainConv) {
                            long line = unit.getLineMap().getLineNumber(
                                    trees.getSourcePositions().getStartPosition(unit, getCurrentPath().getLeaf()));
                            String name = method.getKind() == ElementKind.CONSTRUCTOR
                                    ? owner.getSimpleName().toString() : method.getSimpleName().toString();
                            found.add(Path.of(unit.getSourceFile().getName()).getFileName() + ":" + line + " " + name
                                    + "(" + String.join(",", method.getParameters().stream()
                                            .map(p -> p.asType().toString()).toList()) + ")");
                        }
                    }
                }.scan(new TreePath(unit), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
