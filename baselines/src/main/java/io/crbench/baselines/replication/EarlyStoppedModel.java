package io.crbench.baselines.replication;

import io.crbench.train.EarlyStopping;
import io.crbench.train.LossCurve;
import io.crbench.train.RestorerTrainer;
import io.crbench.train.TrainedModel;
import io.crbench.train.TrainingJob;
import io.crbench.train.ValidationCurve;
import java.util.Locale;

/**
 * A model trained under an {@link EarlyStopping} rule, with the curves that show how: the report
 * plots them and states whether the run converged. Whatever the model is used as (a restorer, a
 * feature enhancer), its convergence is stated the same way.
 *
 * @param id the job's method id
 * @param trained the trained model and its curves (closing it closes the model)
 * @param rule the stopping rule it was trained under
 * @param iterationCap the most iterations the run could take
 */
public record EarlyStoppedModel(String id, TrainedModel trained, EarlyStopping rule, int iterationCap) {
    /**
     * The cached or freshly trained model of {@code job}, which must have a stopping rule. A job
     * whose cap is above the full form's ({@link CifarReplication#withFullFormCap}) reuses a run of
     * the same job that converged under the full form's cap ({@link RestorerTrainer#loadOrTrain(TrainingJob,
     * int)}), so raising the cap retrains only the runs that hit it.
     */
    public static EarlyStoppedModel of(TrainingJob job) {
        if (job.stopping() == null) {
            throw new IllegalArgumentException(job.methodId() + " has no early-stopping rule, so its convergence"
                    + " cannot be stated");
        }
        RestorerTrainer trainer = RestorerTrainer.fromEnvironment();
        int fullFormCap = CifarReplication.FULL.iterationCap();
        TrainedModel trained = job.recipe().iterations() > fullFormCap ? trainer.loadOrTrain(job, fullFormCap)
                : trainer.loadOrTrain(job);
        return new EarlyStoppedModel(job.methodId(), trained, job.stopping(), job.recipe().iterations());
    }

    /** The training loss of every iteration run. */
    public LossCurve training() {
        return trained.lossCurve();
    }

    /** The validation loss of every check. */
    public ValidationCurve validation() {
        return trained.validationCurve();
    }

    /** Whether the validation loss stopped improving before the cap. */
    public boolean converged() {
        return rule.converged(validation());
    }

    /** The best validation loss, that of the weights kept. */
    public float bestValidationLoss() {
        return validation().loss(rule.bestCheck(validation()));
    }

    /** How training ended, in words. */
    public String convergence() {
        int check = rule.bestCheck(validation());
        int best = validation().iteration(check);
        String window = rule.window() == 1 ? "" : String.format(Locale.ROOT, " (mean of the %d checks ending there"
                + " %.5g)", rule.window(), rule.smoothedLoss(validation(), check));
        return converged()
                ? String.format(Locale.ROOT, "converged: best validation loss %.5g after %d iterations%s, no %.1f %%"
                        + " improvement in the %d checks after it; stopped at %d of at most %d", bestValidationLoss(),
                        best, window, 100 * rule.minImprovement(), rule.patience(), training().size(), iterationCap)
                : String.format(Locale.ROOT, "NOT converged: the cap of %d iterations came first (best validation"
                        + " loss %.5g after %d iterations%s)", iterationCap, bestValidationLoss(), best, window);
    }
}
