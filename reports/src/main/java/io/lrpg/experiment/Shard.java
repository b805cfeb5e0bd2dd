package io.lrpg.experiment;

/**
 * The part {@code index} of {@code count} of an experiment grid: spec number s (in the grid's fixed order)
 * belongs to shard {@code (s mod count) + 1}. Shards 1 … count partition the grid, so a cluster job array
 * can run one shard per machine and merge the result folders with {@code lrpg report}.
 *
 * @param index this shard, 1 ≤ index ≤ count
 * @param count the number of shards, ≥ 1
 */
public record Shard(int index, int count) {

    /** The whole grid. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be I/N with 1 <= I <= N, was " + index + "/" + count);
        }
    }

    /**
     * Parses {@code I/N}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("shard must be I/N, was '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard must be I/N with whole numbers, was '" + text + "'");
        }
    }

    /** Whether grid position {@code position} (from 0) belongs to this shard. */
    public boolean contains(int position) {
        return position % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
