package io.lrpg.cli;

import io.lrpg.experiment.Runner;
import io.lrpg.experiment.Shard;
import picocli.CommandLine.Option;

/** The options every training command shares: base seed, workers and shard ({@code train}, {@code reproduce}, {@code sweep}). */
final class RunOptions {

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Base seed, >= 0: run r of every variant has seed S + r (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--workers", paramLabel = "W", description = "Runs trained side by side (default: one per core).")
    Integer workers;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Run only shard I of N: run p (from 0, in the plan's order) belongs to shard (p mod N) + 1 "
                    + "(default: ${DEFAULT-VALUE}). Shards may share one folder; see cluster/README.md.")
    String shardText;

    /** The base seed, checked. */
    long seed() {
        if (seed < 0) {
            throw new UsageException("--seed must be >= 0, was " + seed);
        }
        return seed;
    }

    /** The number of workers, checked (default: one per core). */
    int workers() {
        int count = workers == null ? Runner.defaultWorkers() : workers;
        if (count <= 0) {
            throw new UsageException("--workers must be > 0, was " + count);
        }
        return count;
    }

    /** The shard, parsed. */
    Shard shard() {
        try {
            return Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--shard: " + e.getMessage(), e);
        }
    }

    /** Checks a number of runs. */
    static int runs(int runs) {
        if (runs <= 0) {
            throw new UsageException("--runs must be > 0, was " + runs);
        }
        return runs;
    }
}
