/**
 * Training restoration networks on DJL's PyTorch engine. A method describes a {@link
 * io.crbench.train.TrainingJob} (network, {@link io.crbench.train.Recipe}, loss, degradation,
 * clean images); {@link io.crbench.train.RestorerTrainer} loads its weights from the {@link
 * io.crbench.train.CheckpointCache} or trains them with {@link io.crbench.train.TrainingRun} on
 * batches from a {@link io.crbench.train.PatchSampler}; {@link io.crbench.restore.BlockRestorer}
 * then runs the network on whole images.
 */
package io.crbench.train;
