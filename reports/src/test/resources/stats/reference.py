#!/usr/bin/env python3
"""Independent reference values for the tests of io.lrpg.report.stats.

Rerun (from the repository root; numpy 2.4 and scipy 1.17 were used, nothing else is needed):

    python3 reports/src/test/resources/stats/reference.py

It rewrites, next to itself, `reference.txt` (data, point estimates, intervals) and `indices-<dataset>.txt`
(the bootstrap resample indices). The output is deterministic: every random draw comes from a seeded
`numpy.random.default_rng`. The Java tests read these files; they never run this script.

rliable (google-research/rliable) is not installed here, so the functions below re-implement its formulas in
numpy/scipy; each one names the rliable (or arch, which rliable's bootstrap delegates to) function it mirrors.
rliable works on rectangular (runs x tasks) arrays; where our data are ragged (a different number of runs per
task) the generalization used by the Java code is stated next to the function, and the `rect` dataset checks
that the generalization equals rliable's formula on rectangular data.

File formats
------------
reference.txt: one entry per line, `key value value ...` separated by single spaces; `#` starts a comment line.
Numbers are written with Python's repr (shortest round-trip form), so they parse back exactly.

indices-<dataset>.txt: one line per bootstrap resample b = 0..B-1. A line is the concatenation, over the
strata in order, of n_s indices in [0, n_s), each written as one character of ALPHABET (index k is
ALPHABET[k]; every stratum has at most 62 runs). This is exactly the order in which the Java `IndexSource`
is consumed: resample by resample, stratum by stratum, run by run. For the two-algorithm (`paired`) dataset
the strata are X's tasks followed by Y's tasks, as in rliable's StratifiedIndependentBootstrap (each input
resampled independently within each task).
"""

import os

import numpy as np
import scipy.integrate
import scipy.stats
from scipy.special import ndtr, ndtri

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
RESAMPLES = 2000
LEVELS = (0.95, 0.68)

lines = []
keys = set()


def put(key, *values):
    assert " " not in key
    flat = []
    for v in values:
        if isinstance(v, (list, tuple, np.ndarray)):
            flat.extend(np.asarray(v, dtype=float).ravel().tolist())
        else:
            flat.append(float(v))
    assert key not in keys, key
    keys.add(key)
    lines.append(key + " " + " ".join(repr(float(v)) for v in flat))


# ----------------------------------------------------------------------------------------------------------
# Statistics on ragged data: `tasks` is a list of 1-D arrays (one per task, runs may differ in number).
# ----------------------------------------------------------------------------------------------------------

def mean(tasks):
    """rliable.metrics.aggregate_mean: mean over tasks of the per-task mean (ragged: the same, task by task)."""
    return np.mean([np.mean(t) for t in tasks])


def task_mean_median(tasks):
    """rliable.metrics.aggregate_median: median over tasks of the per-task mean."""
    return np.median([np.mean(t) for t in tasks])


def median(tasks):
    """Median of the pooled scores (numpy linear). NOT rliable's aggregate_median (see task_mean_median)."""
    return np.median(np.concatenate(tasks))


def iqm(tasks):
    """rliable.metrics.aggregate_iqm: scipy.stats.trim_mean(pooled scores, 0.25)."""
    return scipy.stats.trim_mean(np.concatenate(tasks), proportiontocut=0.25, axis=None)


def optimality_gap(tasks, gamma):
    """rliable.metrics.aggregate_optimality_gap: gamma - mean(min(x, gamma)); ragged: mean over tasks of the
    per-task mean, i.e. every task weighs the same (equal to rliable's on rectangular data)."""
    return gamma - np.mean([np.mean(np.minimum(t, gamma)) for t in tasks])


def fraction_above(tasks, tau):
    """rliable.library.run_score_deviation (score distribution, `use_score_distribution=True`):
    mean(scores > tau); ragged: mean over tasks of the per-task fraction (equal to rliable's on rectangular data)."""
    return np.mean([np.mean(t > tau) for t in tasks])


def probability_of_improvement(xs, ys):
    """rliable.metrics.probability_of_improvement, task by task (ragged allowed since tasks are separate)."""
    probabilities = []
    for x, y in zip(xs, ys):
        if np.array_equal(x, y):
            p = 0.5
        else:
            p, _ = scipy.stats.mannwhitneyu(x, y, alternative='greater')
            p /= (len(x) * len(y))
        probabilities.append(p)
    return np.mean(probabilities)


# rliable's formulas verbatim on a (runs x tasks) matrix, to check the ragged generalizations above.
def rliable_rect(scores, gamma, tau):
    return {
        "MEAN": np.mean(np.mean(scores, axis=0, keepdims=False), axis=0),
        "TASK_MEAN_MEDIAN": np.median(np.mean(scores, axis=0, keepdims=False), axis=0),
        "IQM": scipy.stats.trim_mean(scores, proportiontocut=0.25, axis=None),
        "OPTIMALITY_GAP": gamma - np.mean(np.minimum(scores, gamma)),
        "FRACTION_ABOVE": np.mean(scores > tau),
    }


# ----------------------------------------------------------------------------------------------------------
# Bootstrap from stored indices.
# ----------------------------------------------------------------------------------------------------------

def draw_indices(strata_sizes, rng):
    """B x N integer matrix; row b holds, stratum after stratum, n_s indices in [0, n_s)."""
    rows = np.concatenate([rng.integers(0, n, size=(RESAMPLES, n)) for n in strata_sizes], axis=1)
    assert max(strata_sizes) <= len(ALPHABET)
    return rows


def write_indices(name, rows):
    with open(os.path.join(HERE, "indices-" + name + ".txt"), "w") as f:
        for row in rows:
            f.write("".join(ALPHABET[k] for k in row) + "\n")


def split(row, strata_sizes):
    out, start = [], 0
    for n in strata_sizes:
        out.append(row[start:start + n])
        start += n
    return out


def replicates(strata, statistic, rows):
    sizes = [len(s) for s in strata]
    reps = []
    for row in rows:
        parts = split(row, sizes)
        reps.append(statistic([s[i] for s, i in zip(strata, parts)]))
    return np.array(reps)


def percentile_interval(reps, level):
    """arch IIDBootstrap.conf_int(method='percentile'), which rliable's get_interval_estimates calls."""
    alpha = (1.0 - level) / 2
    return np.percentile(reps, [100 * alpha, 100 * (1.0 - alpha)])


def bias_correction(reps, estimate):
    """z0 = Phi^-1(p), p = (#{reps < estimate} + #{reps <= estimate}) / (2B): scipy's `_percentile_of_score`
    (ties count one half). arch's `_bca_bias` counts only reps < estimate; the two agree without ties."""
    p = (np.count_nonzero(reps < estimate) + np.count_nonzero(reps <= estimate)) / (2 * len(reps))
    return ndtri(p)


def acceleration_across(strata, statistic):
    """arch `_loo_jackknife` + `_get_acceleration` on the (runs x tasks) matrix that rliable passes: jackknife
    sample i leaves out run i of every task at once. Ragged: a task with n_s <= i runs keeps all its runs.
    a = sum(u^3) / (6 (sum u^2)^(3/2)), u_i = mean(theta_(.)) - theta_(i)."""
    jack = []
    for i in range(max(len(s) for s in strata)):
        jack.append(statistic([np.delete(s, i) if len(s) > i else s for s in strata]))
    jack = np.array(jack)
    u = jack.mean() - jack
    return np.sum(u ** 3) / (6 * np.sum(u ** 2) ** 1.5)


def acceleration_within(strata, statistic):
    """scipy.stats.bootstrap `_bca_interval` for several samples (Efron & Tibshirani 1993, eq. 14.15): one
    jackknife per stratum, U_si = (n_s - 1)(mean_i theta_(s,i) - theta_(s,i)),
    a = (1/6) sum_s sum_i U_si^3 / n_s^3 / (sum_s sum_i U_si^2 / n_s^2)^(3/2)."""
    nums, dens = 0.0, 0.0
    for s in range(len(strata)):
        n = len(strata[s])
        jack = []
        for i in range(n):
            copy = list(strata)
            copy[s] = np.delete(strata[s], i)
            jack.append(statistic(copy))
        jack = np.array(jack)
        u = (n - 1) * (jack.mean() - jack)
        nums += np.sum(u ** 3) / n ** 3
        dens += np.sum(u ** 2) / n ** 2
    return nums / 6 / dens ** 1.5


def bca_interval(reps, estimate, a, level):
    """arch IIDBootstrap.conf_int(method='bca') with the z0 above: the percentile levels
    100 Phi(z0 + (z0 + z)/(1 - a (z0 + z))) for z = Phi^-1(alpha), Phi^-1(1 - alpha), then np.percentile."""
    z0 = bias_correction(reps, estimate)
    alpha = (1.0 - level) / 2
    z = ndtri(np.array([alpha, 1.0 - alpha]))
    percentiles = ndtr(z0 + (z0 + z) / (1.0 - a * (z0 + z))) * 100
    return np.percentile(reps, percentiles), z0


def check_no_near_ties(name, reps, estimate):
    """Java and numpy sum in different orders, so a replicate that is mathematically equal to the estimate could
    fall on either side of it by an ulp and change z0. Either it is bit-equal on both sides (order statistics),
    or it must be far from the estimate; this asserts the data are chosen so."""
    gaps = np.abs(reps - estimate)
    close = (gaps > 0) & (gaps < 1e-9 * max(1.0, abs(estimate)))
    assert not close.any(), (name, gaps[close])


def intervals(name, strata, statistics, rows):
    for stat_name, statistic in statistics.items():
        reps = replicates(strata, statistic, rows)
        estimate = statistic(strata)
        check_no_near_ties(name + "." + stat_name, reps, estimate)
        put("point.%s.%s" % (name, stat_name), estimate)
        accelerations = {"ACROSS_STRATA": acceleration_across(strata, statistic),
                         "WITHIN_STRATA": acceleration_within(strata, statistic)}
        for jk, a in accelerations.items():
            put("bca.%s.%s.%s" % (name, stat_name, jk), bias_correction(reps, estimate), a)
        for level in LEVELS:
            put("interval.%s.%s.PERCENTILE.%s" % (name, stat_name, level), percentile_interval(reps, level))
            for jk, a in accelerations.items():
                interval, _ = bca_interval(reps, estimate, a, level)
                put("interval.%s.%s.BCA.%s.%s" % (name, stat_name, jk, level), interval)


# ----------------------------------------------------------------------------------------------------------
# Data.
# ----------------------------------------------------------------------------------------------------------

data_rng = np.random.default_rng(20240601)
index_rng = np.random.default_rng(7)

GAMMA = 1.5
TAUS = [-1.0, 0.0, 0.5, 1.0, 1.5, 2.5, 4.0]
put("param.gamma", GAMMA)
put("param.resamples", RESAMPLES)
put("param.levels", LEVELS)

# single: one task, 30 runs, skewed and continuous.
single = [data_rng.lognormal(0.3, 0.8, 30)]
# ragged: three tasks with 10, 13 and 17 runs on different scales.
ragged = [data_rng.normal(1.0, 0.6, 10), data_rng.gamma(2.0, 0.7, 13), data_rng.normal(0.2, 1.5, 17)]
# two thresholds equal to scores, where "> tau" and ">= tau" differ
TAUS = TAUS + [float(ragged[1][0]), float(ragged[2][3])]
put("param.taus", TAUS)
# paired: algorithms X and Y on two tasks, integer scores so that ties occur within and between X and Y.
paired_x = [data_rng.integers(0, 8, 12).astype(float), data_rng.integers(2, 9, 15).astype(float)]
paired_y = [data_rng.integers(0, 7, 14).astype(float), data_rng.integers(1, 9, 11).astype(float)]
# rect: 8 runs x 4 tasks (rliable's layout), for the verbatim rliable formulas.
rect = data_rng.normal(1.0, 1.0, (8, 4))

for name, strata in (("single", single), ("ragged", ragged)):
    for s, values in enumerate(strata):
        put("data.%s.%d" % (name, s), values)
for s, values in enumerate(paired_x):
    put("data.paired.x.%d" % s, values)
for s, values in enumerate(paired_y):
    put("data.paired.y.%d" % s, values)
for t in range(rect.shape[1]):
    put("data.rect.%d" % t, rect[:, t])

# ----------------------------------------------------------------------------------------------------------
# Point estimates.
# ----------------------------------------------------------------------------------------------------------

rect_tasks = [rect[:, t] for t in range(rect.shape[1])]
verbatim = rliable_rect(rect, GAMMA, 0.5)
ours = {"MEAN": mean(rect_tasks), "TASK_MEAN_MEDIAN": task_mean_median(rect_tasks), "IQM": iqm(rect_tasks),
        "OPTIMALITY_GAP": optimality_gap(rect_tasks, GAMMA), "FRACTION_ABOVE": fraction_above(rect_tasks, 0.5)}
for key, value in verbatim.items():
    assert abs(value - ours[key]) <= 1e-14, (key, value, ours[key])
    put("point.rect.%s" % key, value)
put("point.rect.MEDIAN", median(rect_tasks))
put("profile.ragged", [fraction_above(ragged, tau) for tau in TAUS])

# Min-max normalization per task, (x - min) / (max - min), then the aggregates on the normalized strata
# (optimality gap at rliable's default gamma = 1).
NORMALIZATION = [(0.0, 2.0), (0.5, 3.5), (-3.0, 6.0)]
put("param.normalization", NORMALIZATION)
normalized = [(t - lo) / (hi - lo) for t, (lo, hi) in zip(ragged, NORMALIZATION)]
for s, values in enumerate(normalized):
    put("normalized.ragged.%d" % s, values)
put("point.normalized.MEAN", mean(normalized))
put("point.normalized.IQM", iqm(normalized))
put("point.normalized.MEDIAN", median(normalized))
put("point.normalized.OPTIMALITY_GAP", optimality_gap(normalized, 1.0))

# numpy 'linear' percentiles, including the two branches of numpy's _lerp (gamma < 0.5 and >= 0.5).
percentile_data = np.concatenate([ragged[0], ragged[1][:5]])
percentile_qs = [0.0, 1.0, 2.5, 10.0, 25.0, 33.3, 50.0, 66.6, 75.0, 90.0, 97.5, 99.0, 100.0]
put("percentile.data", percentile_data)
put("percentile.q", percentile_qs)
put("percentile.result", np.percentile(percentile_data, percentile_qs))
# A second set where numpy's two-branch _lerp differs from the one-branch a + (b - a) g in the last bit for some
# q (asserted), so that the Java test can tell the two apart.
lerp_data = np.sort(data_rng.normal(0.0, 3.0, 7))
lerp_qs = np.arange(0.5, 100.0, 1.0)
lerp_result = np.percentile(lerp_data, lerp_qs)
h = (len(lerp_data) - 1) * (lerp_qs / 100)
j = np.floor(h).astype(int)
one_branch = lerp_data[j] + (lerp_data[np.minimum(j + 1, 6)] - lerp_data[j]) * (h - j)
assert np.count_nonzero(one_branch != lerp_result) > 0
put("percentile.lerp.data", lerp_data)
put("percentile.lerp.q", lerp_qs)
put("percentile.lerp.result", lerp_result)

# scipy.stats.trim_mean for every n from 1 to 12 (the cut int(0.25 n) changes with n).
for n in range(1, 13):
    put("trim_mean.%d" % n, scipy.stats.trim_mean(percentile_data[:n], 0.25))

# Mann-Whitney U of X over Y per task (scipy: the statistic is U for the first sample; ties count one half).
for t, (x, y) in enumerate(zip(paired_x, paired_y)):
    put("mannwhitney.u.%d" % t, scipy.stats.mannwhitneyu(x, y, alternative='greater').statistic)
put("poi.paired", probability_of_improvement(paired_x, paired_y))

# ----------------------------------------------------------------------------------------------------------
# Intervals from stored indices.
# ----------------------------------------------------------------------------------------------------------

single_rows = draw_indices([len(s) for s in single], index_rng)
write_indices("single", single_rows)
intervals("single", single, {"MEAN": mean, "MEDIAN": median, "IQM": iqm}, single_rows)

ragged_rows = draw_indices([len(s) for s in ragged], index_rng)
write_indices("ragged", ragged_rows)
intervals("ragged", ragged, {
    "MEAN": mean, "MEDIAN": median, "IQM": iqm, "TASK_MEAN_MEDIAN": task_mean_median,
    "OPTIMALITY_GAP": lambda t: optimality_gap(t, GAMMA)}, ragged_rows)
# The performance profile's band: percentile intervals per tau from the same resamples.
for level in LEVELS:
    bands = []
    for tau in TAUS:
        reps = replicates(ragged, lambda t: fraction_above(t, tau), ragged_rows)
        bands.extend(percentile_interval(reps, level))
    put("profile.ragged.PERCENTILE.%s" % level, bands)

paired_strata = paired_x + paired_y
paired_rows = draw_indices([len(s) for s in paired_strata], index_rng)
write_indices("paired", paired_rows)
half = len(paired_x)
intervals("paired", paired_strata,
          {"POI": lambda strata: probability_of_improvement(strata[:half], strata[half:])}, paired_rows)

# ----------------------------------------------------------------------------------------------------------
# scipy's own BCa on the single-task data (a different random stream from Java's, so the tests compare within
# Monte-Carlo error): mean and standard deviation of the ends over SCIPY_SEEDS seeds of SCIPY_RESAMPLES each.
# ----------------------------------------------------------------------------------------------------------

SCIPY_RESAMPLES = 20000
SCIPY_SEEDS = 20
put("scipy_bca.param", SCIPY_RESAMPLES, SCIPY_SEEDS)
scipy_statistics = {
    "MEDIAN": lambda x, axis: np.median(x, axis=axis),
    "IQM": lambda x, axis: scipy.stats.trim_mean(x, 0.25, axis=axis),
    "MEAN": lambda x, axis: np.mean(x, axis=axis),
}
for stat_name, statistic in scipy_statistics.items():
    ends = []
    for seed in range(SCIPY_SEEDS):
        result = scipy.stats.bootstrap((single[0],), statistic, n_resamples=SCIPY_RESAMPLES, vectorized=True,
                                       confidence_level=0.95, method='BCa', rng=np.random.default_rng(seed))
        ends.append([result.confidence_interval.low, result.confidence_interval.high])
    ends = np.array(ends)
    put("scipy_bca.single.%s" % stat_name, ends.mean(axis=0), ends.std(axis=0, ddof=1))

# ----------------------------------------------------------------------------------------------------------
# Population values for the coverage test.
# ----------------------------------------------------------------------------------------------------------

# Lognormal(mu = 0, sigma = 1): median e^0 = 1. Population IQM = E[X | q25 <= X <= q75]
#   = 2 e^(1/2) (Phi(z75 - 1) - Phi(z25 - 1))  (analytic), checked here by numerical integration.
lognormal = scipy.stats.lognorm(s=1.0)
q25, q75 = lognormal.ppf(0.25), lognormal.ppf(0.75)
integral, _ = scipy.integrate.quad(lambda x: x * lognormal.pdf(x), q25, q75, epsabs=1e-14, epsrel=1e-14)
analytic = 2 * np.exp(0.5) * (ndtr(ndtri(0.75) - 1) - ndtr(ndtri(0.25) - 1))
assert abs(integral / 0.5 - analytic) < 1e-12
put("population.lognormal.iqm", analytic)
put("population.lognormal.median", lognormal.median())

with open(os.path.join(HERE, "reference.txt"), "w") as f:
    f.write("# Written by reference.py (numpy %s, scipy %s); do not edit, rerun the script.\n"
            % (np.__version__, scipy.__version__))
    f.write("\n".join(lines) + "\n")
