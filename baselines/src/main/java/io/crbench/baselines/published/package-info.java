/**
 * The tables the reproduced papers print, as data files with a typed API.
 *
 * <p>{@link io.crbench.baselines.published.PublishedTables#load(String, String)} returns a
 * {@link io.crbench.baselines.published.PublishedTable}; its values are exactly as printed, in the
 * table's {@link io.crbench.baselines.published.Unit} (accuracies convert to fractions with
 * {@link io.crbench.baselines.published.PublishedCell#asFraction()}). Each file also declares the
 * absolute {@link io.crbench.baselines.published.Margin} added to the confidence half-width when a
 * suite judges a cell "reproduced", the paper's definitions ({@code notes}) and every OCR repair with
 * the damaged text it replaces. Row and column keys are described on
 * {@link io.crbench.baselines.published.PublishedTable}.
 */
package io.crbench.baselines.published;
