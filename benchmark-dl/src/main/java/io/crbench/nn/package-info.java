/**
 * Network building math that is not tied to one method: the kernel algebra of structural
 * re-parameterisation ({@link io.crbench.nn.ConvKernel}) and JPEG's 8×8 block DCT
 * ({@link io.crbench.nn.BlockDct}).
 */
package io.crbench.nn;
