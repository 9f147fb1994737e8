package io.crbench.reports;

import io.crbench.train.LossCurve;
import io.crbench.train.ValidationCurve;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained model's loss curves as a plot in the report: the training loss averaged over windows
 * of iterations (single batches are too noisy to read) and, for an early-stopped run, the
 * validation loss at every check, so a reader sees whether training converged.
 */
public final class TrainingCurvePlot {
    private TrainingCurvePlot() {
    }

    /**
     * Attaches the plot of {@code training} and {@code validation} as {@code loss curve: <methodId>}.
     *
     * @param window iterations averaged per point of the training curve
     * @param verdict one line saying whether and when training converged, shown in the title
     */
    public static void attach(String methodId, LossCurve training, ValidationCurve validation, int window,
            String verdict) {
        List<PlotPoint> trainingPoints = new ArrayList<>();
        for (int from = 1; from <= training.size(); from += window) {
            int to = Math.min(training.size(), from + window - 1);
            trainingPoints.add(PlotPoint.of(to, training.mean(from, to)));
        }
        List<PlotPoint> validationPoints = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            validationPoints.add(PlotPoint.of(validation.iteration(i), validation.loss(i)));
        }
        LinePlot plot = LinePlot.titled(methodId + " — " + verdict).xLabel("iteration").yLabel("loss")
                .series(new Series("training (mean of " + window + " iterations)", trainingPoints));
        if (!validationPoints.isEmpty()) {
            plot.series(new Series("validation", validationPoints));
        }
        AllureReport.attachPng("loss curve: " + methodId, plot.render());
    }
}
