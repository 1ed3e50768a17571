"""Numeric definitions of the ``interacting_tls`` model (Burin & Polishchuk, claims bp2005.*).

Each public ``*_eval(ctx, values)`` is the evaluate function of one quantity of
:mod:`vitrum.models.interacting_tls`, named there as ``"vitrum.numeric.interacting_tls_defs:<name>"``
(models never import the numeric layer). ``values`` maps parameter names to numbers of the mpmath
context ``ctx``. The mpmath definitions are precision-generic (the reference evaluator certifies their
digits by repeating them at a higher precision); the float64 ones (Floquet, Landau-Zener, Monte Carlo)
return the same float at every precision, and their accuracy is stated in their engines' docstrings
and by the rtol of the claims that use them.

Engines: :mod:`vitrum.numeric.two_level`, :mod:`vitrum.numeric.floquet`,
:mod:`vitrum.numeric.resonant_pairs`, :mod:`vitrum.numeric.shift_statistics`.
"""

from __future__ import annotations

from vitrum.numeric import floquet as fq
from vitrum.numeric import resonant_pairs as rp
from vitrum.numeric import shift_statistics as ss
from vitrum.numeric import two_level as tl

# --- Sect. 2 -------------------------------------------------------------------------------------


def flipflop_eval(ctx, v):
    """<e,g| U/R**3 S1^z S2^z |g,e> (S = sigma/2), 4x4 route."""
    return tl.flipflop_matrix_element(ctx, v["Delta"], v["Delta0"], v["Delta_2"], v["Delta0_2"], v["U"] / v["R"] ** 3)


def rabi_eval(ctx, v):
    return tl.rabi_probability(ctx, v["Delta"], v["Delta0"], v["t"])


def n_resonant_eval(ctx, v):
    return rp.n_resonant(ctx, v["u"], v["E"], v["P"], v["U"], v["L"], v["r_min"], delta_real=False)


def n_resonant_real_eval(ctx, v):
    return rp.n_resonant(ctx, v["u"], v["E"], v["P"], v["U"], v["L"], v["r_min"], delta_real=True)


# --- Sect. 3 and Appendix ------------------------------------------------------------------------


def bessel_rms_eval(ctx, v):
    return fq.bessel_statistics(ctx, v["x"], "rms")


def bessel_median_eval(ctx, v):
    return fq.bessel_statistics(ctx, v["x"], "median")


def bessel_sum_eval(ctx, v):
    return fq.bessel_statistics(ctx, v["x"], "sum")


def graf_eval(ctx, v):
    return fq.graf_sum(ctx, int(ctx.floor(v["nu"])), v["x_i"], v["x_j"])


def r_a_count_eval(ctx, v):
    """R_a from the count (4*pi/3)*R**3*P*a = 1, solved numerically (findroot on log R)."""
    p, a = v["P"], v["a"]
    return ctx.exp(ctx.findroot(lambda lr: 4 * ctx.pi / 3 * ctx.exp(3 * lr) * p * a - 1, -ctx.log(p * a) / 3))


def _floquet_mismatch(ctx, v, route):
    omega, a, coupling = float(v["omega"]), float(v["a"]), float(v["V"])
    e, amp, u = fq.reference_system(omega, a, coupling)
    ref = fq.quasienergies_propagator(e, amp, u, omega)
    m_max = 12
    if route == "60":
        got = fq.quasienergies_extended(e, amp, u, omega, m_max)
    else:
        got = fq.quasienergies_dressed(e, amp, u, omega, m_max, argument="difference" if route == "64" else "printed")
    return ctx.mpf(fq.spectrum_mismatch(got, ref, omega))


def mismatch_60_eval(ctx, v):
    return _floquet_mismatch(ctx, v, "60")


def mismatch_64_eval(ctx, v):
    return _floquet_mismatch(ctx, v, "64")


def mismatch_13_printed_eval(ctx, v):
    return _floquet_mismatch(ctx, v, "13")


def floquet_gap_eval(ctx, v):
    """Minimal two-site quasi-energy splitting over 2*|U*J_n(x)| (omega = 1, U = V)."""
    coupling, x, n = float(v["V"]), float(v["x"]), int(v["n_ph"])
    gap, _ = fq.two_site_min_gap(coupling, x, n, omega=1.0)
    return ctx.mpf(gap) / (2 * ctx.mpf(coupling) * abs(ctx.besselj(n, ctx.mpf(x))))


# --- Sect. 4 -------------------------------------------------------------------------------------


def p2_eval(ctx, v):
    return rp.pair_distribution(ctx, v["Delta_p"], v["Delta0_p"], v["T"], v["P"], v["U"])


def p2_general_eval(ctx, v):
    return rp.pair_distribution(ctx, v["Delta_p"], v["Delta0_p"], v["T"], v["P"], v["U"], alpha=v["alpha"], s=v["s_dist"])


def strip_eval(ctx, v):
    return rp.strip_density(ctx, v["k"], v["T"], v["P"], v["U"])


def _mc(ctx, field, angular="sign"):
    st = ss.shift_statistics(samples=40000, points=400, seed=2005, angular=angular)
    if field == "sum_z":
        return ctx.mpf((st.sum_median - ss.CAUCHY_SCALE[angular]) / st.sum_error)
    if field == "nearest_z":
        return ctx.mpf((st.nearest_median - ss.NEAREST_MEDIAN) / st.nearest_error)
    if field == "ratio_z":
        return ctx.mpf((st.ratio - ss.CAUCHY_SCALE[angular] / ss.NEAREST_MEDIAN) / st.ratio_error)
    return ctx.mpf(getattr(st, field))


def mc_sum_median_eval(ctx, v):
    return _mc(ctx, "sum_median")


def mc_sum_z_eval(ctx, v):
    return _mc(ctx, "sum_z")


def mc_sum_z_dipolar_eval(ctx, v):
    return _mc(ctx, "sum_z", "dipolar")


def mc_nearest_z_eval(ctx, v):
    return _mc(ctx, "nearest_z")


def mc_ratio_eval(ctx, v):
    return _mc(ctx, "ratio")


def mc_ratio_z_eval(ctx, v):
    return _mc(ctx, "ratio_z")


def mc_sum_scaled_eval(ctx, v):
    """median|S| in absolute units at density n and coupling U: an independent Monte Carlo run per
    density (seed from log10(n)), done at n = U = 1 and rescaled (the problem has no other scale)."""
    n, coupling = v["n_density"], v["U"]
    seed = int(round(float(ctx.log10(n)) * 1000)) % (2**31)
    st = ss.shift_statistics(samples=20000, points=200, seed=seed, angular="sign")
    return ctx.mpf(st.sum_median) * n * coupling


# --- Sect. 5 and 6 -------------------------------------------------------------------------------


def lz_linear_eval(ctx, v):
    return ctx.mpf(tl.lz_linear(float(v["delta_LZ"])))


def lz_cosine_eval(ctx, v):
    """Cosine drive with a = 30*V (V = 1), omega from delta_LZ = V**2/(a*omega), Delta_p = 0."""
    a = 30.0
    return ctx.mpf(tl.lz_cosine(1.0, a, 1.0 / (float(v["delta_LZ"]) * a)))


def _crossover(ctx, v, row):
    """Crossover temperature of a Table-1 row: the root of 1/tau1_row(T) = A_ph*T**3, by the secant
    method in log T (the equation is monotone in log T in every row)."""
    a, w, chi, aph = v["a"], v["omega"], v["chi"], v["A_ph"]
    rate = {
        1: lambda T: chi**3 * T,
        2: lambda T: chi * ctx.sqrt(a * w),
        3: lambda T: a * chi**2,
        4: lambda T: (a / w) * chi**3 * T,
        5: lambda T: chi**3 * T,
    }[row]

    def f(lt):
        return ctx.log(aph) + 3 * lt - ctx.log(rate(ctx.exp(lt)))

    return ctx.exp(ctx.findroot(f, (ctx.mpf(-4), ctx.mpf(-2)), solver="secant"))


def crossover_row1_eval(ctx, v):
    return _crossover(ctx, v, 1)


def crossover_row2_eval(ctx, v):
    return _crossover(ctx, v, 2)


def crossover_row3_eval(ctx, v):
    return _crossover(ctx, v, 3)


def crossover_row4_eval(ctx, v):
    return _crossover(ctx, v, 4)


def crossover_row5_eval(ctx, v):
    return _crossover(ctx, v, 5)
