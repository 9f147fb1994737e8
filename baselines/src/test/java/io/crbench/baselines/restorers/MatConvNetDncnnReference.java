package io.crbench.baselines.restorers;

import io.crbench.image.Image8;
import io.crbench.model.MatConvNetLayers;
import java.util.List;

/** An independent evaluation of a released DnCNN, for the loaders' known-answer tests. */
final class MatConvNetDncnnReference {
    private MatConvNetDncnnReference() {
    }

    /**
     * The network as MatConvNet computes it (correlation, zero padding, ReLU between convolutions,
     * output = input − residual) in double precision from the layers as read, on {@code image}'s
     * samples / 255; interleaved like {@link Image8#sampleAt}. {@code transposed} swaps each
     * kernel's rows and columns, to show that a wrongly read kernel fails the comparison.
     */
    static double[] restore(List<MatConvNetLayers.Layer> layers, Image8 image, boolean transposed) {
        int w = image.width();
        int h = image.height();
        int channels = image.channels();
        double[][] planes = new double[channels][w * h];
        for (int i = 0; i < w * h; i++) {
            for (int c = 0; c < channels; c++) {
                planes[c][i] = image.sampleAt(i * channels + c) / 255.0;
            }
        }
        double[][] input = new double[channels][];
        for (int c = 0; c < channels; c++) {
            input[c] = planes[c].clone();
        }
        for (MatConvNetLayers.Layer l : layers) {
            if (l.type().equals("relu")) {
                for (double[] p : planes) {
                    for (int i = 0; i < p.length; i++) {
                        p[i] = Math.max(0, p[i]);
                    }
                }
                continue;
            }
            planes = convolve(l, planes, w, h, transposed);
        }
        double[] restored = new double[w * h * channels];
        for (int i = 0; i < w * h; i++) {
            for (int c = 0; c < channels; c++) {
                restored[i * channels + c] = input[c][i] - planes[c][i];
            }
        }
        return restored;
    }

    private static double[][] convolve(MatConvNetLayers.Layer l, double[][] planes, int w, int h, boolean transposed) {
        int out = l.kernelShape()[0];
        int in = l.kernelShape()[1];
        int k = l.kernelShape()[2];
        double[][] next = new double[out][w * h];
        for (int o = 0; o < out; o++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double s = l.bias()[o];
                    for (int i = 0; i < in; i++) {
                        for (int r = 0; r < k; r++) {
                            for (int c = 0; c < k; c++) {
                                int yy = y + r - l.pad();
                                int xx = x + c - l.pad();
                                if (yy >= 0 && yy < h && xx >= 0 && xx < w) {
                                    int kr = transposed ? c : r;
                                    int kc = transposed ? r : c;
                                    s += l.kernel()[((o * in + i) * k + kr) * k + kc] * planes[i][yy * w + xx];
                                }
                            }
                        }
                    }
                    next[o][y * w + x] = s;
                }
            }
        }
        return next;
    }
}
