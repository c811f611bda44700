package dev.launchdesk.insight.rca;

import java.util.List;
import java.util.Objects;

/**
 * Multi-dimensional root cause localisation by weighted risk: given a cube of leaves with real and
 * forecast values, finds the smallest set of dimension-value combinations (such as
 * {@code {market=ID, category=Refund}}) that explains the deviation of the total.
 *
 * <p>Implements RiskLoc as published in M. Kalander, "RiskLoc: Localization of Multi-dimensional
 * Root Causes by Weighted Risk", arXiv:2205.10004 (2022), following its reference implementation
 * (github.com/shaido987/riskloc, {@code algorithms/riskloc.py}):
 * <ol>
 *   <li>every leaf gets a deviation score and an explanatory power, and a 2-way partition into
 *       normal and abnormal leaves with a weight for how sure that is ({@link LeafScores});</li>
 *   <li>layer by layer (one fixed dimension, then two, ...), every cuboid's elements are summed;
 *       in each cuboid, the elements with abnormal leaves and more explanatory power than the
 *       best so far are tried, most explanatory first, and the first whose risk score (high risk
 *       minus low risk, {@link ElementTotals}) reaches the risk threshold is the cuboid's pick;
 *       the most explanatory pick of the lowest layer that has one is the root cause;</li>
 *   <li>its leaves are taken out and the search repeats while the abnormal leaves left explain at
 *       least the PEP threshold's share of the abnormal total.</li>
 * </ol>
 * Increases and decreases are handled alike: the side of the partition and the sign of the
 * explanatory power follow the direction of the abnormal leaves.
 *
 * <p>The answer is the set of root causes RiskLoc concludes on, in the order found (each the
 * strongest remaining explanation at the lowest layer that has one), never padded to a fixed
 * count; an empty list means no combination qualifies. A cube whose total real value equals its
 * total forecast has nothing to explain and yields an empty list.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RiskLoc {

    private final RiskLocSettings settings;

    public RiskLoc() {
        this(RiskLocSettings.defaults());
    }

    public RiskLoc(RiskLocSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public RiskLocSettings settings() {
        return settings;
    }

    /** The root causes of the cube's deviation, in the order found; empty when none qualifies. */
    public List<RootCause> localize(Cube cube) {
        if (cube.size() == 0) {
            return List.of();
        }
        LeafScores scores = LeafScores.of(cube, settings.extremesIgnored());
        return List.copyOf(new RootCauseSearch(cube, scores, settings).run());
    }
}
