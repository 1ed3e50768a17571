"""Monte Carlo of the random 1/R**3 energy shift of a probe TLS (Burin & Polishchuk, Eq. (32)).

Flipping neighbours at Poisson positions of density n shift the probe energy by
S = sum_i g_i*U/r_i**3, with g_i = +-1 (random sign) or the dipolar factor 1 - 3*cos(theta_i)**2
(random orientation). The paper claims S is set by the nearest term, of size U/R**3 ~ n*U.

Exact results the Monte Carlo is compared with (infinite Poisson system): the characteristic
function is exp(-gamma*|k|), i.e. S is Cauchy with scale gamma = (2*pi**2/3)*n*U*<|g|> (<|g|> = 1
for random signs, 4/(3*sqrt(3)) for the dipolar factor), so median|S| = gamma; the nearest term
|g|*U/r_nn**3 has, for |g| = 1, median (4*pi/(3*log 2))*n*U.

Engine: float64 numpy, seeded ``numpy.random.Generator(PCG64(seed))``; ``points`` neighbours per
sample uniformly in the sphere of volume points/n (the cutoff). The neglected shell r > R_max adds
a nearly Gaussian part of variance (16*pi**2/9)*(n*U)**2/points, which moves the median by a
relative O(1/points); tests/numeric/test_two_level.py measures the cutoff convergence. Error bars:
the standard error of each median from ``batches`` independent batch medians.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

__all__ = ["ShiftStatistics", "shift_statistics", "CAUCHY_SCALE", "NEAREST_MEDIAN"]

#: gamma/(n*U) of the exact Cauchy law, per angular factor
CAUCHY_SCALE = {"sign": 2 * math.pi**2 / 3, "dipolar": (2 * math.pi**2 / 3) * 4 / (3 * math.sqrt(3))}
#: median of the nearest term |U|/r_nn**3 over n*U (random signs)
NEAREST_MEDIAN = 4 * math.pi / (3 * math.log(2))


@dataclass(frozen=True)
class ShiftStatistics:
    """Medians (in units of n*U) with standard errors from batch medians."""

    sum_median: float
    sum_error: float
    nearest_median: float
    nearest_error: float
    ratio: float  # sum_median/nearest_median
    ratio_error: float
    samples: int
    points: int


def _batch_error(values: np.ndarray, batches: int) -> tuple[float, float]:
    med = float(np.median(values))
    per = np.array([np.median(b) for b in np.array_split(values, batches)])
    return med, float(per.std(ddof=1) / math.sqrt(batches))


@lru_cache(maxsize=32)
def shift_statistics(samples: int = 40000, points: int = 400, seed: int = 2005, angular: str = "sign",
                     batches: int = 40) -> ShiftStatistics:
    """Sample S and the nearest term at n = U = 1 (the results are in units of n*U; the problem has
    no other scale) and return their medians with error bars. Deterministic for a given seed."""
    if angular not in CAUCHY_SCALE:
        raise ValueError(f"angular must be one of {sorted(CAUCHY_SCALE)}, got {angular!r}")
    rng = np.random.Generator(np.random.PCG64(seed))
    r_max3 = 3 * points / (4 * math.pi)  # n = 1: sphere of volume `points`
    sums = np.empty(samples)
    nearest = np.empty(samples)
    chunk = max(1, 2_000_000 // points)
    for start in range(0, samples, chunk):
        m = min(chunk, samples - start)
        r3 = r_max3 * rng.random((m, points))  # r**3 is uniform in the ball
        if angular == "sign":
            g = rng.choice(np.array([-1.0, 1.0]), size=(m, points))
        else:
            mu = rng.uniform(-1.0, 1.0, size=(m, points))
            g = 1.0 - 3.0 * mu * mu
        terms = g / r3
        sums[start:start + m] = terms.sum(axis=1)
        nearest[start:start + m] = np.abs(terms[np.arange(m), np.argmin(r3, axis=1)])
    s_med, s_err = _batch_error(np.abs(sums), batches)
    n_med, n_err = _batch_error(nearest, batches)
    ratio = s_med / n_med
    ratio_err = ratio * math.hypot(s_err / s_med, n_err / n_med)
    return ShiftStatistics(s_med, s_err, n_med, n_err, ratio, ratio_err, samples, points)
