package io.lrpg.results;

/**
 * The trainable parameters of a run's models.
 *
 * @param actor  the policy mean's parameters (low-rank factors, or network weights and biases)
 * @param critic the value baseline's parameters
 * @param std    the policy's σ parameters (1 for the scalar log σ of every paper setting)
 */
public record ParameterCount(long actor, long critic, long std) {

    public ParameterCount {
        if (actor < 0 || critic < 0 || std < 0) {
            throw new IllegalArgumentException("negative parameter count: " + actor + ", " + critic + ", " + std);
        }
    }

    /** Actor plus critic, σ excluded: how the paper's figure legends count. */
    public long withoutStd() {
        return actor + critic;
    }

    /** Every trainable parameter. */
    public long total() {
        return actor + critic + std;
    }
}
