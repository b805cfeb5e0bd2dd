package io.lrpg.nn;

import io.lrpg.core.network.NetworkSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;

/**
 * Network fixtures of the three sizes the paper uses (2→512→1, 4→32→1, 3→128→1 with a sigmoid, clamped
 * mean). The paper's settings themselves live in lrpg-envs' {@code PaperPresets}, whose test checks
 * their parameter counts; these fixtures only give this module's tests realistic sizes.
 */
final class Shapes {

    static final NetworkSettings PENDULUM =
            new NetworkSettings(2, 512, 1e-3, 1e-3, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED);
    static final NetworkSettings ACROBOT =
            new NetworkSettings(4, 32, 1e-3, 1e-3, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED);
    static final NetworkSettings GODDARD =
            new NetworkSettings(3, 128, 1e-2, 1e-2, MeanTransform.SIGMOID, ActionBounds.UNIT);

    private Shapes() {
    }
}
