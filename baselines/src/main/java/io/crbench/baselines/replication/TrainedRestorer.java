package io.crbench.baselines.replication;

import io.crbench.restore.BlockRestorer;
import io.crbench.train.EarlyStopping;
import io.crbench.train.LossCurve;
import io.crbench.train.RestorerTrainer;
import io.crbench.train.TrainedModel;
import io.crbench.train.TrainingJob;
import io.crbench.train.ValidationCurve;
import java.util.Locale;

/**
 * A restorer trained under an {@link EarlyStopping} rule, with the curves that show how: the
 * report plots them and states whether the run converged.
 *
 * @param restorer the restorer, named by its job's method id (closing it closes the model)
 * @param training the training loss of every iteration run
 * @param validation the validation loss of every check
 * @param rule the stopping rule it was trained under
 * @param iterationCap the most iterations the run could take
 */
public record TrainedRestorer(BlockRestorer restorer, LossCurve training, ValidationCurve validation,
        EarlyStopping rule, int iterationCap) {
    /** The cached or freshly trained restorer of {@code job}, which must have a stopping rule. */
    public static TrainedRestorer of(TrainingJob job) {
        if (job.stopping() == null) {
            throw new IllegalArgumentException(job.methodId() + " has no early-stopping rule, so its convergence"
                    + " cannot be stated");
        }
        TrainedModel model = RestorerTrainer.fromEnvironment().loadOrTrain(job);
        return new TrainedRestorer(new BlockRestorer(job.methodId(), model.model()), model.lossCurve(),
                model.validationCurve(), job.stopping(), job.recipe().iterations());
    }

    /** Whether the validation loss stopped improving before the cap. */
    public boolean converged() {
        return rule.converged(validation);
    }

    /** The best validation loss, that of the weights kept. */
    public float bestValidationLoss() {
        return validation.loss(rule.bestCheck(validation));
    }

    /** How training ended, in words. */
    public String convergence() {
        int best = validation.iteration(rule.bestCheck(validation));
        return converged()
                ? String.format(Locale.ROOT, "converged: best validation loss %.5g after %d iterations, no %.1f %%"
                        + " improvement in the %d checks after it; stopped at %d of at most %d", bestValidationLoss(),
                        best, 100 * rule.minImprovement(), rule.patience(), training.size(), iterationCap)
                : String.format(Locale.ROOT, "NOT converged: the cap of %d iterations came first (best validation"
                        + " loss %.5g after %d iterations)", iterationCap, bestValidationLoss(), best);
    }
}
