package io.crbench.degradation;

import io.crbench.image.Image8;

/** No degradation: the clean baseline of every grid. */
public record Identity() implements Degradation {
    @Override
    public String id() {
        return "identity";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "identity");
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        return clean;
    }

    @Override
    public String toString() {
        return id();
    }
}
