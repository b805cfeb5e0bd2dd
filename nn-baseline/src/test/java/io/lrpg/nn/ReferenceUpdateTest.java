package io.lrpg.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.lrpg.core.network.NetworkSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.Returns;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every reference case in src/test/resources/reference/nn-updates ({@code nn_update_*.json}, see
 * PROVENANCE.md and README.md there) through the baseline's update and compares, after each of the three
 * consecutive updates of a file, the values, advantages, means, both losses, every gradient and every
 * parameter after the Adam steps with the independent float64 implementation:
 * <pre>
 *   |got − ref| ≤ 1e-9 · max(1, |ref|)   for every entry.
 * </pre>
 * The update is the trainer's ({@code PolicyGradientTrainer}): G_t from the rewards, V(s_t) before the
 * update, A_t = G_t − V(s_t), then the actor's update (DL4J Adam on the mean network, core Adam on log σ)
 * and the critic's. It runs on the fused actor–critic network that {@link NeuralBaseline#create} builds for
 * these (equal) learning rates, and again on the two separate networks that unequal rates would get; the
 * Adam moments of either carry over from update to update, so the second and third steps check them.
 *
 * <p>The gradients and losses come from the heads' test helpers ({@code gradient}), which run DL4J's
 * {@code computeGradientAndScore} on the same labels as {@code fit}; that a {@code fit} applies exactly that
 * gradient is checked with an SGD updater in {@code MlpTest} and {@code FusedActorCriticTest}, and here
 * through the parameters after each Adam step.
 */
class ReferenceUpdateTest {

    /** Bound on |got − ref| / max(1, |ref|): the implementations differ only in summation order. */
    static final double TOLERANCE = 1e-9;

    static final String FOLDER = "/reference/nn-updates/";

    /** The two ways the baseline holds its networks. */
    enum Form {
        /** One block-diagonal DL4J network, as {@link NeuralBaseline#create} builds it for equal rates. */
        FUSED,
        /** Two DL4J networks of their own, as for unequal rates. */
        SEPARATE
    }

    /** Every {@code nn_update_*.json} in the folder, by file name. */
    static Stream<String> referenceFiles() throws IOException, URISyntaxException {
        URL folder = ReferenceUpdateTest.class.getResource(FOLDER);
        assertNotNull(folder, FOLDER);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("nn_update_") && n.endsWith(".json")).sorted().toList();
            return names.stream();
        }
    }

    @Test
    void folderHoldsACaseForEveryPaperEnvironment() throws IOException, URISyntaxException {
        List<String> names = referenceFiles().toList();
        for (Preset preset : PaperPresets.all()) {
            assertTrue(names.contains("nn_update_" + preset.environment().id() + ".json"),
                    () -> preset.environment().id() + " missing from " + names);
        }
    }

    /** The reference cases were computed with the paper's network settings, so they pin what the runs use. */
    @ParameterizedTest
    @MethodSource("referenceFiles")
    void casesUseThePapersSettings(String file) throws IOException {
        JsonNode root = load(file);
        Preset preset = PaperPresets.all().stream()
                .filter(p -> p.environment().id().equals(root.get("environment").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(file + ": no paper preset for " + root.get("environment")));
        assertEquals(preset.network(), settings(root.get("settings")), file);
        assertEquals(preset.trainer().discount(), root.get("settings").get("gamma").asDouble(), 0.0, file);
    }

    /** Every file through each form of the networks. */
    static Stream<Arguments> filesAndForms() throws IOException, URISyntaxException {
        return referenceFiles().flatMap(file -> Arrays.stream(Form.values()).map(form -> Arguments.of(file, form)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("filesAndForms")
    void replaysReferenceUpdates(String file, Form form) throws IOException {
        Replay replay = Replay.run(load(file), form);
        String what = file + " (" + form.name().toLowerCase(Locale.ROOT) + "): ";
        System.out.println(what + replay.summary());
        assertTrue(replay.largest() <= TOLERANCE, () -> what + replay.report());
        assertEquals(3, replay.updates(), file);
    }

    /**
     * The replay detects a change of one reference parameter by 1e-8 of its value: the first entry of
     * magnitude above 0.1 in the actor's W₁ after the first update, on every file.
     */
    @ParameterizedTest
    @MethodSource("referenceFiles")
    void perturbedReferenceFails(String file) throws IOException {
        JsonNode root = load(file);
        ArrayNode w1 = (ArrayNode) root.get("updates").get(0).get("after").get("actor").get("W1");
        int inputs = w1.get(0).size();
        int first = 0;
        while (Math.abs(w1.get(first / inputs).get(first % inputs).asDouble()) <= 0.1) {
            first++;
        }
        String entry = "W1[" + first / inputs + "][" + first % inputs + "]";
        ArrayNode row = (ArrayNode) w1.get(first / inputs);
        double p = row.get(first % inputs).asDouble();
        row.set(first % inputs, p * (1.0 + 1e-8));
        Replay replay = Replay.run(root, Form.FUSED);
        assertTrue(replay.largest() > TOLERANCE,
                () -> file + ": the perturbation of " + entry + " = " + p + " went unnoticed: " + replay.report());
        assertTrue(replay.worst().startsWith("update 0 after.actor." + entry), () -> file + ": " + replay.report());
    }

    /**
     * Unequal rates give each network its own: with the reference's actor rate and three times its critic
     * rate, the first update moves the actor (and log σ) exactly as the reference does, and the critic by
     * three times the reference's step (Adam's first step is −α g/(|g| + ε), linear in α).
     */
    @ParameterizedTest
    @MethodSource("referenceFiles")
    void unequalRatesStepEachNetworkAtItsOwnRate(String file) throws IOException {
        JsonNode root = load(file);
        NetworkSettings reference = settings(root.get("settings"));
        NetworkSettings unequal = new NetworkSettings(reference.inputs(), reference.hidden(),
                reference.actorLearningRate(), 3.0 * reference.criticLearningRate(), reference.meanTransform(),
                reference.actionBounds());
        NeuralBaseline baseline = NeuralBaseline.create(unequal, RandomStreams.fromSeed(0).initialization());
        assertTrue(baseline.actor().network() instanceof Mlp && baseline.critic().network() instanceof Mlp);
        JsonNode initial = root.get("initial");
        load(baseline, initial);
        JsonNode update = root.get("updates").get(0);
        EpisodeBuffer episode = episode(update.get("episode"), reference.inputs());
        step(baseline, episode, root.get("settings").get("gamma").asDouble());

        Replay check = new Replay();
        JsonNode after = update.get("after");
        check.compare("update 0 ", "after.actor", actor(after), baseline.actor().parameters(), reference.hidden(),
                reference.inputs(), "after.log_std");
        double[] start = network(initial.get("critic"));
        double[] referenceStep = network(after.get("critic"));
        double[] got = baseline.critic().network().parameters();
        double[] expected = new double[start.length];
        for (int k = 0; k < start.length; k++) {
            referenceStep[k] -= start[k];
            expected[k] = start[k] + 3.0 * referenceStep[k];
        }
        check.compare("update 0 ", "after.critic (3 × the reference's step)", expected, got, reference.hidden(),
                reference.inputs(), null);
        assertTrue(check.largest() <= TOLERANCE, () -> file + ": " + check.report());
        double moved = 0.0;
        for (double d : referenceStep) {
            moved = Math.max(moved, Math.abs(d));
        }
        assertTrue(moved > 100 * TOLERANCE, file + ": the reference's critic step is too small to tell, " + moved);
    }

    /**
     * The comparisons of one replay ({@link #run}) or check: per quantity (update index left out) the largest
     * |got − ref| / max(1, |ref|), and the single worst entry.
     */
    static final class Replay {
        private final Map<String, Double> perQuantity = new LinkedHashMap<>();
        private double largest;
        private String worst = "nothing";
        private int updates;

        static Replay run(JsonNode root, Form form) {
            Replay replay = new Replay();
            replay.replay(root, form);
            return replay;
        }

        double largest() {
            return largest;
        }

        String worst() {
            return worst;
        }

        int updates() {
            return updates;
        }

        /** One line: the largest deviation and where. */
        String summary() {
            String replayed = updates > 0 ? updates + " updates, " : "";
            return String.format(Locale.ROOT, "%slargest deviation %.3g at %s", replayed, largest, worst);
        }

        /** The summary, then the largest deviation of every quantity. */
        String report() {
            StringBuilder out = new StringBuilder(summary()).append("; per quantity:");
            perQuantity.forEach((what, deviation) -> out.append(String.format(Locale.ROOT, "%n  %-22s %.3g",
                    what, deviation)));
            return out.toString();
        }

        private void replay(JsonNode root, Form form) {
            JsonNode settingsNode = root.get("settings");
            JsonNode adam = settingsNode.get("adam");
            assertEquals(Dl4jNetwork.BETA1, adam.get("beta1").asDouble());
            assertEquals(Dl4jNetwork.BETA2, adam.get("beta2").asDouble());
            assertEquals(Dl4jNetwork.EPSILON, adam.get("eps").asDouble());
            assertEquals("relu", settingsNode.get("activation").asText());
            NetworkSettings settings = settings(settingsNode);
            int inputs = settings.inputs();
            int hidden = settings.hidden();
            double gamma = settingsNode.get("gamma").asDouble();

            NeuralBaseline baseline = switch (form) {
                case FUSED -> NeuralBaseline.create(settings, RandomStreams.fromSeed(0).initialization());
                case SEPARATE -> NeuralBaseline.separate(settings, RandomStreams.fromSeed(0).initialization());
            };
            assertEquals(form == Form.SEPARATE, baseline.actor().network() instanceof Mlp, form::toString);
            load(baseline, root.get("initial"));

            int u = 0;
            for (JsonNode update : root.get("updates")) {
                String at = "update " + u + " ";
                EpisodeBuffer episode = episode(update.get("episode"), inputs);
                int length = episode.length();
                JsonNode expected = update.get("intermediates");

                // the trainer's step (PolicyGradientTrainer), with the test helpers' gradients in between
                Signals signals = Signals.of(baseline, episode, gamma);
                double[] returns = signals.returns();
                double[] advantages = signals.advantages();
                double[] means = new double[length];
                double[] state = new double[inputs];
                for (int t = 0; t < length; t++) {
                    episode.observation(t, state);
                    means[t] = baseline.actor().mean(state);
                }
                double[] actorGradient = new double[baseline.actor().parameterCount()];
                double[] criticGradient = new double[baseline.critic().parameterCount()];
                double actorLoss = baseline.actor().gradient(episode, advantages, actorGradient);
                double criticLoss = baseline.critic().gradient(episode, returns, criticGradient);
                baseline.actor().update(episode, advantages);
                baseline.critic().update(episode, returns);

                compare(at, "returns", vector(expected.get("returns")), returns);
                compare(at, "values", vector(expected.get("values")), signals.values());
                compare(at, "advantages", vector(expected.get("advantages")), advantages);
                compare(at, "means", vector(expected.get("means")), means);
                compare(at, "loss_actor", new double[] {expected.get("loss_actor").asDouble()},
                        new double[] {actorLoss});
                compare(at, "loss_critic", new double[] {expected.get("loss_critic").asDouble()},
                        new double[] {criticLoss});
                double[] referenceActorGradient = Arrays.copyOf(network(expected.get("grad_actor")),
                        actorGradient.length);
                referenceActorGradient[actorGradient.length - 1] = expected.get("grad_log_std").asDouble();
                compare(at, "grad_actor", referenceActorGradient, actorGradient, hidden, inputs, "grad_log_std");
                compare(at, "grad_critic", network(expected.get("grad_critic")), criticGradient, hidden, inputs,
                        null);

                JsonNode after = update.get("after");
                compare(at, "after.actor", actor(after), baseline.actor().parameters(), hidden, inputs,
                        "after.log_std");
                compare(at, "after.critic", network(after.get("critic")), baseline.critic().network().parameters(),
                        hidden, inputs, null);
                u++;
            }
            updates = u;
        }

        /**
         * Compares a network's flat θ or gradient (separate-network layout: W₁ row by row, b₁, W₂, b₂) and,
         * if {@code last} is not null, one more entry after it (log σ or its gradient), naming every entry by
         * its block as the reference file does.
         */
        void compare(String at, String quantity, double[] expected, double[] actual, int hidden, int inputs,
                String last) {
            assertEquals(expected.length, actual.length, at + quantity + " length");
            int b1 = hidden * inputs;
            int w2 = b1 + hidden;
            int b2 = w2 + hidden;
            for (int k = 0; k < expected.length; k++) {
                if (k < b1) {
                    record(at, quantity + ".W1", "[" + k / inputs + "][" + k % inputs + "]", expected[k], actual[k]);
                } else if (k < w2) {
                    record(at, quantity + ".b1", "[" + (k - b1) + "]", expected[k], actual[k]);
                } else if (k < b2) {
                    record(at, quantity + ".W2", "[0][" + (k - w2) + "]", expected[k], actual[k]);
                } else if (k == b2) {
                    record(at, quantity + ".b2", "[0]", expected[k], actual[k]);
                } else {
                    assertNotNull(last, at + quantity + ": an entry after b2");
                    record(at, last, "", expected[k], actual[k]);
                }
            }
        }

        private void compare(String at, String quantity, double[] expected, double[] actual) {
            assertEquals(expected.length, actual.length, at + quantity + " length");
            for (int k = 0; k < expected.length; k++) {
                record(at, quantity, expected.length == 1 ? "" : "[" + k + "]", expected[k], actual[k]);
            }
        }

        /** |got − ref| / max(1, |ref|); NaN counts as the worst. */
        private void record(String at, String quantity, String entry, double expected, double actual) {
            double deviation = Math.abs(actual - expected) / Math.max(1.0, Math.abs(expected));
            if (Double.isNaN(deviation)) {
                deviation = Double.POSITIVE_INFINITY;
            }
            perQuantity.merge(quantity, deviation, Math::max);
            if (deviation > largest || worst.equals("nothing")) {
                largest = deviation;
                worst = at + quantity + entry + ": expected " + expected + ", was " + actual;
            }
        }
    }

    /**
     * What the trainer computes before an update: G_t (γ-discounted, no bootstrap), V(s_t) with the
     * critic as it is, and A_t = G_t − V(s_t).
     */
    record Signals(double[] returns, double[] values, double[] advantages) {

        static Signals of(NeuralBaseline baseline, EpisodeBuffer episode, double gamma) {
            int length = episode.length();
            Signals signals = new Signals(new double[length], new double[length], new double[length]);
            Returns.discounted(episode.rewards(), length, gamma, signals.returns());
            baseline.critic().values(episode, signals.values());
            Returns.advantages(signals.returns(), signals.values(), length, signals.advantages());
            return signals;
        }
    }

    /** The trainer's step for one recorded episode: {@link Signals}, then the actor's and the critic's update. */
    private static void step(NeuralBaseline baseline, EpisodeBuffer episode, double gamma) {
        Signals signals = Signals.of(baseline, episode, gamma);
        baseline.actor().update(episode, signals.advantages());
        baseline.critic().update(episode, signals.returns());
    }

    static JsonNode load(String file) throws IOException {
        try (InputStream in = ReferenceUpdateTest.class.getResourceAsStream(FOLDER + file)) {
            assertNotNull(in, FOLDER + file);
            return new ObjectMapper().readTree(in);
        }
    }

    /** The baseline's settings as the file states them. */
    static NetworkSettings settings(JsonNode settings) {
        double lrActor = settings.get("lr_actor").asDouble();
        double lrCritic = settings.get("lr_critic").asDouble();
        JsonNode clamp = settings.get("actions_clamped_to");
        ActionBounds bounds = clamp == null || clamp.isNull() ? ActionBounds.UNBOUNDED
                : new ActionBounds(clamp.get(0).asDouble(), clamp.get(1).asDouble());
        return new NetworkSettings(settings.get("observation_dimension").asInt(), settings.get("hidden").asInt(),
                lrActor, lrCritic, MeanTransform.valueOf(settings.get("mean_transform").asText().toUpperCase(Locale.ROOT)),
                bounds);
    }

    /** Writes the file's {@code initial} parameters into the baseline (no Adam step). */
    static void load(NeuralBaseline baseline, JsonNode initial) {
        baseline.actor().setParameters(actor(initial));
        baseline.critic().network().setParameters(network(initial.get("critic")));
        assertEquals(Math.exp(initial.get("log_std").asDouble()), baseline.actor().standardDeviation(), 0.0);
    }

    /** A recorded episode, as the trainer stores it (actions as stored, clamped for Goddard). */
    static EpisodeBuffer episode(JsonNode recorded, int inputs) {
        double[][] states = matrix(recorded.get("states"));
        double[] actions = vector(recorded.get("actions"));
        double[] rewards = vector(recorded.get("rewards"));
        EpisodeBuffer episode = new EpisodeBuffer(inputs, actions.length);
        for (int t = 0; t < actions.length; t++) {
            assertEquals(inputs, states[t].length, "state dimension");
            episode.add(states[t], actions[t], rewards[t]);
        }
        return episode;
    }

    /** The actor's (θ, log σ) in {@link NeuralGaussianPolicy}'s layout. */
    static double[] actor(JsonNode parameters) {
        double[] theta = network(parameters.get("actor"));
        double[] all = Arrays.copyOf(theta, theta.length + 1);
        all[theta.length] = parameters.get("log_std").asDouble();
        return all;
    }

    /**
     * {W1: H×D, b1: H, W2: 1×H, b2: 1} in PyTorch's {@code nn.Linear} layout, flattened to {@link Mlp}'s
     * θ (W₁ row by row, b₁, w₂, b₂), which is the same order.
     */
    static double[] network(JsonNode layers) {
        List<Double> theta = new ArrayList<>();
        for (double[] row : matrix(layers.get("W1"))) {
            for (double x : row) {
                theta.add(x);
            }
        }
        for (double x : vector(layers.get("b1"))) {
            theta.add(x);
        }
        double[][] w2 = matrix(layers.get("W2"));
        assertEquals(1, w2.length, "W2 rows");
        for (double x : w2[0]) {
            theta.add(x);
        }
        double[] b2 = vector(layers.get("b2"));
        assertEquals(1, b2.length, "b2 length");
        theta.add(b2[0]);
        return theta.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int n = 0; n < v.length; n++) {
            v[n] = node.get(n).asDouble();
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
}
