package io.lrpg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.env.Environment;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.envs.Environments;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression pin of whole low-rank trainings: the SHA-256 of every run's per-episode returns, lengths and
 * end flags must stay bit for bit what it was. It guards performance work on the training loop (cached
 * grid cells, fused update passes, kernel rewrites), which must not change a single bit of any result.
 *
 * <p><b>How the constants were produced.</b> They are the checksums this test computed on commit
 * {@code 0539e08} (before the hot-path rewrite of the training loop), run once with the constants left
 * empty and copied from the failure messages. They are therefore not evidence that the training is
 * correct, only that it has not changed; correctness is checked independently by {@code ReferenceUpdateTest}
 * (three updates per environment against a float64 reference), the finite-difference gradient tests and
 * the Adam closed-form tests in {@code lrpg-core}.
 *
 * <p>Each case trains {@code runs} independent runs of the paper preset of {@code environment}, run r with
 * seed {@code 1000 + r}, with the given Adam and σ modes and the first {@code episodes} episodes. The
 * streams are built here, explicitly (a root {@code L64X128MixRandom} seeded with the run's seed, split
 * into the initialization, environment and action-noise streams in that order), and the models, the
 * environment and the {@link PolicyGradientTrainer} directly, so the pin depends on neither the command
 * line nor its seeding rule. The paper presets are covered with 20 runs (Goddard shortened); the
 * non-reference options (row-sparse Adam, per-state σ) with fewer, shorter runs.
 *
 * <p>The digest covers, per run in order: the run index, whether it diverged, the number of episodes, then
 * per episode the raw bits of the return, the length and the two end flags.
 */
class TrainingChecksumTest {

    @ParameterizedTest(name = "{0} {1} {2}: {3} runs × {4} episodes")
    @CsvSource({
        "pendulum, DENSE, SCALAR, 20, 1000, b1bfb6fcc896abe30633481b3c008ecc9950d848be8d562ca0fe081b73cc3879",
        "acrobot, DENSE, SCALAR, 20, 1000, 092292ea5274c47754f864fec57e7c61dec28675bfe685dc2d296b2c405ff22d",
        "goddard, DENSE, SCALAR, 20, 300, 5a0506bfa156c319fb80285b884f05155a1f007c8cbc7a8f8db174d2b8eca246",
        "pendulum, SPARSE, SCALAR, 5, 300, 094b2ac79b9c50e048f06db4608303a8c0e5e14aac638c094f495cc9b6b65ad2",
        "pendulum, DENSE, PER_STATE, 5, 300, aca3a555d0b8c69a7bf57133eeaf081eaafb18d980647333f5851fd200f679c5",
        "goddard, SPARSE, PER_STATE, 5, 200, cedc5a176759fb431695bce0d18d3fb13291ce4acf337f0bff13b7a9f145de26",
        "acrobot, SPARSE, PER_STATE, 5, 100, df18a79f004f1f0a0e238babe8411a49ec7a41d3e6c66928c8c744bf19c2a7ff",
    })
    void trainingsAreBitIdenticalToThePinnedChecksum(String environment, AdamMode adam, StdMode std, int runs,
            int episodes, String expected) {
        Preset preset = PaperPresets.of(PaperShape.parse(environment).environment());
        LowRankSettings settings = preset.lowRank().withAdamMode(adam).withStdMode(std);
        TrainerSettings trainer = preset.trainer().withEpisodes(episodes);
        MessageDigest digest = sha256();
        for (int r = 0; r < runs; r++) {
            LearningCurve curve = train(preset, settings, trainer, 1000 + r);
            update(digest, r, curve);
        }
        assertEquals(expected, HexFormat.of().formatHex(digest.digest()),
                environment + " " + adam + " " + std);
    }

    /** One run with explicitly built streams: root generator seeded with {@code seed}, split three times. */
    private static LearningCurve train(Preset preset, LowRankSettings settings, TrainerSettings trainer,
            long seed) {
        SplittableGenerator root = RandomGeneratorFactory.<SplittableGenerator>of("L64X128MixRandom").create(seed);
        RandomGenerator initialization = root.split();
        RandomGenerator environmentStream = root.split();
        RandomGenerator policy = root.split();
        Environment environment = Environments.create(preset.environment(), environmentStream);
        LowRankAgent agent = LowRankAgent.create(settings, initialization);
        return new PolicyGradientTrainer(trainer, environment.observationSpace().dimension())
                .train(environment, agent.actor(), agent.critic(), policy, record -> { });
    }

    private static void update(MessageDigest digest, int run, LearningCurve curve) {
        ByteBuffer bytes = ByteBuffer.allocate(12 + curve.episodes() * 14);
        bytes.putInt(run).putInt(curve.diverged() ? 1 : 0).putInt(curve.episodes());
        double[] returns = curve.returns();
        for (int e = 0; e < curve.episodes(); e++) {
            bytes.putLong(Double.doubleToRawLongBits(returns[e]));
            bytes.putInt(curve.episode(e).length());
            bytes.put((byte) (curve.episode(e).terminated() ? 1 : 0));
            bytes.put((byte) (curve.episode(e).truncated() ? 1 : 0));
        }
        digest.update(bytes.array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
