package io.lrpg.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.lowrank.LowRankGradient;
import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.LowRankGaussianPolicy;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.Returns;
import io.lrpg.core.value.LowRankValueFunction;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the three reference updates of each paper environment (src/test/resources/reference/updates,
 * see PROVENANCE.md there) and compares every intermediate and the parameters after each Adam step with
 * the independent float64 implementation.
 */
class ReferenceUpdateTest {

    /** Relative tolerance: the two implementations differ only in summation order. */
    static final double TOLERANCE = 1e-10;

    @ParameterizedTest
    @ValueSource(strings = {"pendulum", "acrobot", "goddard"})
    void replaysReferenceUpdates(String environment) throws IOException {
        ReferenceCase reference = ReferenceCase.load(environment);
        assertTrue(reference.maxRelativeDeviation() <= TOLERANCE,
                () -> environment + ": largest relative deviation " + reference.maxRelativeDeviation() + " at "
                        + reference.worst());
        assertEquals(3, reference.updates());
    }

    /** One replayed reference file; the comparison is done on load and summarized. */
    static final class ReferenceCase {
        private double maxDeviation;
        private String worst = "nothing";
        private int updates;

        static ReferenceCase load(String environment) throws IOException {
            String resource = "/reference/updates/update_" + environment + ".json";
            try (InputStream in = ReferenceUpdateTest.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                ReferenceCase c = new ReferenceCase();
                c.replay(new ObjectMapper().readTree(in));
                return c;
            }
        }

        double maxRelativeDeviation() {
            return maxDeviation;
        }

        String worst() {
            return worst;
        }

        int updates() {
            return updates;
        }

        private void replay(JsonNode root) {
            JsonNode settings = root.get("settings");
            LowRankSettings lowRank = LowRankSettings.paper(grid(settings.get("actor_grid")),
                    grid(settings.get("critic_grid")), settings.get("rank").asInt(),
                    settings.get("lr_actor").asDouble(), settings.get("lr_critic").asDouble(),
                    MeanTransform.valueOf(settings.get("mean_transform").asText().toUpperCase(java.util.Locale.ROOT)),
                    bounds(settings.get("actions_clamped_to")));
            JsonNode adam = settings.get("adam");
            assertEquals(0.9, adam.get("beta1").asDouble());
            assertEquals(0.999, adam.get("beta2").asDouble());
            assertEquals(1e-8, adam.get("eps").asDouble());
            double gamma = settings.get("gamma").asDouble();

            JsonNode initial = root.get("initial");
            LowRankGaussianPolicy actor = LowRankGaussianPolicy.withParameters(lowRank.actorSettings(),
                    LowRankMatrix.of(matrix(initial.get("actor_L")), matrix(initial.get("actor_R"))),
                    initial.get("log_std").asDouble());
            LowRankValueFunction critic = LowRankValueFunction.withParameters(lowRank.criticSettings(),
                    LowRankMatrix.of(matrix(initial.get("critic_L")), matrix(initial.get("critic_R"))));
            int dimension = lowRank.actorGrid().stateDimension();
            EpisodeBuffer episode = new EpisodeBuffer(dimension, 8);

            int u = 0;
            for (JsonNode update : root.get("updates")) {
                String at = "update " + u + " ";
                JsonNode recorded = update.get("episode");
                double[][] states = matrix(recorded.get("states"));
                double[] actions = vector(recorded.get("actions"));
                double[] rewards = vector(recorded.get("rewards"));
                episode.clear();
                for (int t = 0; t < actions.length; t++) {
                    episode.add(states[t], actions[t], rewards[t]);
                }
                int length = episode.length();
                JsonNode expected = update.get("intermediates");

                double[] returns = new double[length];
                double[] values = new double[length];
                double[] advantages = new double[length];
                double[] means = new double[length];
                int[][] actorCells = new int[length][];
                int[][] criticCells = new int[length][];
                Returns.discounted(episode.rewards(), length, gamma, returns);
                critic.values(episode, values);
                Returns.advantages(returns, values, length, advantages);
                for (int t = 0; t < length; t++) {
                    means[t] = actor.mean(states[t]);
                    actorCells[t] = new int[] {actor.indexer().row(states[t]), actor.indexer().column(states[t])};
                    criticCells[t] = new int[] {critic.indexer().row(states[t]), critic.indexer().column(states[t])};
                }
                compare(at + "returns", vector(expected.get("returns")), returns);
                compare(at + "values", vector(expected.get("values")), values);
                compare(at + "advantages", vector(expected.get("advantages")), advantages);
                compare(at + "means", vector(expected.get("means")), means);
                compareCells(at + "actor_cells", expected.get("actor_cells"), actorCells);
                compareCells(at + "critic_cells", expected.get("critic_cells"), criticCells);

                actor.update(episode, advantages);
                critic.update(episode, returns);

                compare(at + "grad_actor_L", matrix(expected.get("grad_actor_L")), leftOf(actor.meanGradient(),
                        actor.meanMatrix().rows()));
                compare(at + "grad_actor_R", matrix(expected.get("grad_actor_R")), rightOf(actor.meanGradient(),
                        actor.meanMatrix().columns()));
                compare(at + "grad_log_std", new double[] {expected.get("grad_log_std").asDouble()},
                        new double[] {actor.logStdGradient()});
                compare(at + "grad_critic_L", matrix(expected.get("grad_critic_L")), leftOf(critic.gradient(),
                        critic.matrix().rows()));
                compare(at + "grad_critic_R", matrix(expected.get("grad_critic_R")), rightOf(critic.gradient(),
                        critic.matrix().columns()));

                JsonNode after = update.get("after");
                compare(at + "after actor_L", matrix(after.get("actor_L")), rows(actor.meanMatrix().left()));
                compare(at + "after actor_R", matrix(after.get("actor_R")), rows(actor.meanMatrix().right()));
                compare(at + "after log_std", new double[] {after.get("log_std").asDouble()},
                        new double[] {actor.logStd()});
                compare(at + "after critic_L", matrix(after.get("critic_L")), rows(critic.matrix().left()));
                compare(at + "after critic_R", matrix(after.get("critic_R")), rows(critic.matrix().right()));
                u++;
            }
            updates = u;
        }

        private void compare(String what, double[][] expected, double[][] actual) {
            assertEquals(expected.length, actual.length, what + " rows");
            for (int r = 0; r < expected.length; r++) {
                compare(what + "[" + r + "]", expected[r], actual[r]);
            }
        }

        /**
         * Element-wise relative deviation |x − y| / |y|; an expected exact zero must be matched to within
         * the tolerance in absolute terms.
         */
        private void compare(String what, double[] expected, double[] actual) {
            assertEquals(expected.length, actual.length, what + " length");
            for (int n = 0; n < expected.length; n++) {
                double difference = Math.abs(actual[n] - expected[n]);
                double deviation = expected[n] == 0.0 ? difference : difference / Math.abs(expected[n]);
                if (!(deviation <= maxDeviation)) { // NaN counts as the worst
                    maxDeviation = Double.isNaN(deviation) ? Double.POSITIVE_INFINITY : deviation;
                    worst = what + "[" + n + "]: expected " + expected[n] + ", was " + actual[n];
                }
            }
        }

        private static void compareCells(String what, JsonNode expected, int[][] actual) {
            assertEquals(expected.size(), actual.length, what);
            for (int t = 0; t < actual.length; t++) {
                assertEquals(expected.get(t).get(0).asInt(), actual[t][0], what + " row at t = " + t);
                assertEquals(expected.get(t).get(1).asInt(), actual[t][1], what + " column at t = " + t);
            }
        }
    }

    static GridLayout grid(JsonNode node) {
        double[] low = vector(node.get("low"));
        double[] high = vector(node.get("high"));
        double[] buckets = vector(node.get("buckets"));
        List<Axis> axes = new ArrayList<>();
        for (int d = 0; d < low.length; d++) {
            axes.add(new Axis(low[d], high[d], (int) buckets[d]));
        }
        return new GridLayout(axes, ints(node.get("row_dims")), ints(node.get("col_dims")));
    }

    static ActionBounds bounds(JsonNode node) {
        return node == null || node.isNull() ? ActionBounds.UNBOUNDED
                : new ActionBounds(node.get(0).asDouble(), node.get(1).asDouble());
    }

    static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int n = 0; n < v.length; n++) {
            v[n] = node.get(n).asDouble();
        }
        return v;
    }

    static int[] ints(JsonNode node) {
        int[] v = new int[node.size()];
        for (int n = 0; n < v.length; n++) {
            v[n] = node.get(n).asInt();
        }
        return v;
    }

    static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = vector(node.get(r));
        }
        return m;
    }

    static double[][] rows(org.ejml.data.DMatrixRMaj x) {
        double[][] m = new double[x.numRows][x.numCols];
        for (int r = 0; r < x.numRows; r++) {
            for (int c = 0; c < x.numCols; c++) {
                m[r][c] = x.get(r, c);
            }
        }
        return m;
    }

    static double[][] leftOf(LowRankGradient g, int rows) {
        double[][] m = new double[rows][g.rank()];
        for (int r = 0; r < rows; r++) {
            for (int q = 0; q < g.rank(); q++) {
                m[r][q] = g.left(r, q);
            }
        }
        return m;
    }

    static double[][] rightOf(LowRankGradient g, int columns) {
        double[][] m = new double[columns][g.rank()];
        for (int c = 0; c < columns; c++) {
            for (int q = 0; q < g.rank(); q++) {
                m[c][q] = g.right(c, q);
            }
        }
        return m;
    }
}
