package io.crbench.suites.replication;

import io.crbench.baselines.replication.EarlyStoppedModel;
import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.Memoized;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.reports.TrainingCurvePlot;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import io.crbench.train.TrainingJob;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The models a replication suite trains under {@link io.crbench.baselines.replication.CifarReplication}:
 * each trained (or loaded) once per suite instance by whichever case needs it first, which then
 * records its convergence row (best validation loss, and in words whether the run converged) and
 * attaches its loss curves; and, for restorers, the images each restores, restored once.
 */
public final class ConvergedModels implements AutoCloseable {
    private final Map<String, EarlyStoppedModel> trained = new ConcurrentHashMap<>();
    private final Map<String, TrainedRestorer> restorers = new ConcurrentHashMap<>();
    private final Map<String, Degradation> restored = new ConcurrentHashMap<>();
    private final TableKey table;
    private final String dataset;
    private final String setup;
    private final int plotWindow;

    /**
     * @param table the paper and table of the convergence rows
     * @param dataset the data set the models learn from, as rows name it
     * @param setup the rows' reason, before the convergence words
     * @param plotWindow iterations averaged per point of the plotted training loss
     */
    public ConvergedModels(TableKey table, String dataset, String setup, int plotWindow) {
        this.table = table;
        this.dataset = dataset;
        this.setup = setup;
        this.plotWindow = plotWindow;
    }

    /**
     * The model named {@code key} in this suite, trained or loaded from {@code job} on first use
     * (the job is built only then: its validation set is compressed when it is made).
     */
    public EarlyStoppedModel model(String key, Supplier<TrainingJob> job) {
        EarlyStoppedModel known = trained.get(key);
        if (known != null) {
            return known;
        }
        EarlyStoppedModel t = EarlyStoppedModel.of(job.get());
        trained.put(key, t);
        TrainingCurvePlot.attach(t.id(), t.training(), t.validation(), plotWindow,
                t.converged() ? "converged" : "NOT converged");
        CellRecorder.unpublished(Measurement.exact(MetricId.VALIDATION_LOSS, t.bestValidationLoss(),
                t.validation().size()), table.cell("CIFAR-10 replication: training"), dataset, t.id(),
                t.rule().validation().condition(), setup + "; " + t.convergence());
        return t;
    }

    /** {@link #model}, used as a restorer. */
    public TrainedRestorer restorer(String key, Supplier<TrainingJob> job) {
        return restorers.computeIfAbsent(key, k -> TrainedRestorer.of(model(key, job)));
    }

    /** {@code degradation}'s images restored by {@code r}, each restored once. */
    public Degradation restored(TrainedRestorer r, Degradation degradation) {
        return restored.computeIfAbsent(r.restorer().id() + "∘" + degradation.id(),
                k -> Memoized.of(new Restored(degradation, r.restorer())));
    }

    /** Closes every model (and so every restorer made of one). */
    @Override
    public void close() {
        trained.values().forEach(t -> t.trained().close());
    }
}
