package dev.launchdesk.insight.rca;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of RiskLoc's search over one cube (Algorithm 1 of the paper): find the best root cause
 * layer by layer, take its leaves out, and search again until the abnormal leaves left explain
 * less than the PEP threshold of the abnormal total, or nothing qualifies any more.
 */
final class RootCauseSearch {

    /** Leaf-to-element entries kept between searches: 64 MB, all 31 cuboids of 100,000 leaves x 5 dimensions. */
    static final long CACHE_BUDGET = 1L << 24;

    private record Found(CuboidElements elements, int element, double risk, double power) {}

    private final Cube cube;
    private final LeafScores scores;
    private final RiskLocSettings settings;
    private final LeafScope scope;
    private final Map<Cuboid, CuboidElements> elementsByCuboid = new HashMap<>();
    private final long cacheBudget;
    private long cachedEntries;

    RootCauseSearch(Cube cube, LeafScores scores, RiskLocSettings settings) {
        this(cube, scores, settings, CACHE_BUDGET);
    }

    /** With a cache budget of its own, in leaf-to-element entries; cuboids beyond it are rebuilt when needed. */
    RootCauseSearch(Cube cube, LeafScores scores, RiskLocSettings settings, long cacheBudget) {
        this.cube = cube;
        this.scores = scores;
        this.settings = settings;
        this.scope = new LeafScope(cube);
        this.cacheBudget = cacheBudget;
    }

    List<RootCause> run() {
        double abnormalPower = scores.abnormalExplanatoryPower();
        List<RootCause> rootCauses = new ArrayList<>();
        if (abnormalPower <= 0.0) {
            return rootCauses;
        }
        double powerThreshold = abnormalPower * settings.pepThreshold();
        while (unexplainedAbnormalPower() >= powerThreshold) {
            Found found = searchLayers(powerThreshold);
            if (found == null) {
                break;
            }
            rootCauses.add(new RootCause(found.elements().describe(cube, found.element()), found.risk(),
                    found.power()));
            scope.markExplained(found.elements(), found.element());
        }
        return rootCauses;
    }

    /** The lowest layer's most explanatory element whose risk reaches the threshold. */
    private Found searchLayers(double powerThreshold) {
        for (int layer = 1; layer <= cube.dimensionCount(); layer++) {
            Found best = null;
            for (Cuboid cuboid : Cuboid.ofLayer(cube.dimensionCount(), layer)) {
                double minimumPower = best == null ? powerThreshold : best.power();
                Found found = searchCuboid(cuboid, powerThreshold, minimumPower);
                best = found == null ? best : found;
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private Found searchCuboid(Cuboid cuboid, double powerThreshold, double minimumPower) {
        CuboidElements elements = elements(cuboid);
        ElementTotals totals = ElementTotals.sum(cube, scores, elements, scope);
        if (settings.pruneElements() && cuboid.layer() == 1) {
            prune(cuboid.lastDimension(), totals, powerThreshold);
        }
        int[] candidates = totals.candidates(minimumPower);
        if (candidates.length == 0) {
            return null;
        }
        totals.sumRippleGaps(cube, elements, scope, candidates);
        for (int element : candidates) {
            double risk = totals.risk(element);
            if (risk >= settings.riskThreshold()) {
                return new Found(elements, element, risk, totals.explanatoryPower[element]);
            }
        }
        return null;
    }

    /** First-layer elements without abnormal leaves or enough positive power can't be root causes. */
    private void prune(int dimension, ElementTotals totals, double powerThreshold) {
        for (int code = 0; code < cube.cardinality(dimension); code++) {
            if (totals.isPrunable(code, powerThreshold)) {
                scope.prune(dimension, code);
            }
        }
        scope.applyPruning(dimension);
    }

    /** The leaves the search still looks at (explained and pruned ones are out); for the tests of pruning. */
    LeafScope scope() {
        return scope;
    }

    private double unexplainedAbnormalPower() {
        double sum = 0.0;
        for (int i = 0; i < cube.size(); i++) {
            if (scores.abnormal[i] && !scope.isExplained(i)) {
                sum += scores.explanatoryPower[i];
            }
        }
        return sum;
    }

    private CuboidElements elements(Cuboid cuboid) {
        CuboidElements known = elementsByCuboid.get(cuboid);
        if (known != null) {
            return known;
        }
        Cuboid parent = cuboid.parent();
        CuboidElements built = parent == null
                ? CuboidElements.firstLayer(cube, cuboid.lastDimension())
                : CuboidElements.refine(cube, elements(parent), cuboid);
        if (cachedEntries + cube.size() <= cacheBudget) {
            elementsByCuboid.put(cuboid, built);
            cachedEntries += cube.size();
        }
        return built;
    }
}
