"""Benchmark of the emitted stm quantities: ``python -m benchmarks.stm [--sizes 1e6 1e7]``.

``HAND`` holds the hand-written whole-array numpy a careful user would write for each quantity
(textbook formulas, scipy constants; the integrals by fixed 32-point Gauss-Legendre rules over
the thermal window, the usual vectorized shortcut). ``run`` is
:func:`vitrum.numeric.bench.run` with these baselines.
"""

from __future__ import annotations

import sys

import numpy as np
import scipy.special as sc
from scipy import constants as C

k, hbar, eps_0 = C.k, C.hbar, C.epsilon_0
_X, _W = np.polynomial.legendre.leggauss(32)


def energy(Delta, Delta0):
    return np.sqrt(Delta**2 + Delta0**2)


def distribution(Delta0, Pbar):
    return Pbar / Delta0


def distribution_Eu(u, Pbar):
    return Pbar / (u * np.sqrt(1 - u**2))


def tau_min(E, T, A):
    return np.tanh(E / (2 * k * T)) / (A * E**3)


def rate_constant(gamma_l, gamma_t, rho, v_l, v_t):
    return (gamma_l**2 / v_l**5 + 2 * gamma_t**2 / v_t**5) / (2 * np.pi * rho * hbar**4)


def schottky_heat_capacity(E, T):
    x = E / (2 * k * T)
    return k * x**2 / np.cosh(x) ** 2


def relaxation_rate(Delta, Delta0, T, A):
    E = np.sqrt(Delta**2 + Delta0**2)
    return A * Delta0**2 * E / np.tanh(E / (2 * k * T))


def resonant_attenuation(T, omega, C, v):
    return np.pi * C * omega / v * np.tanh(hbar * omega / (2 * k * T))


def resonant_internal_friction(T, omega, C):
    return np.pi * C * np.tanh(hbar * omega / (2 * k * T))


def _digamma_log(y):
    return np.real(sc.psi(0.5 + 1j * y)) - np.log(y)


def velocity_shift_resonant(T, omega, C):
    return C * _digamma_log(hbar * omega / (2 * np.pi * k * T))


def resonator_frequency_shift(T, omega, Fill, tan_delta0):
    return Fill * tan_delta0 / np.pi * _digamma_log(hbar * omega / (2 * np.pi * k * T))


def dielectric_loss_resonant(T, omega, Pbar, p, eps_r, F, F_c):
    return np.pi * Pbar * p**2 / (3 * eps_r * eps_0) * np.tanh(hbar * omega / (2 * k * T)) / np.sqrt(1 + (F / F_c) ** 2)


def thermal_conductivity(T, Pbar, gamma_l, gamma_t, rho, v_l, v_t):
    return rho * k**3 * T**2 / (6 * np.pi * hbar**2 * Pbar) * (v_l / gamma_l**2 + 2 * v_t / gamma_t**2)


def heat_capacity(T, n0, E_max):
    """n0 * Integral(k x**2 sech(x)**2, E from 0 to E_max), x = E/2kT: 32-point Gauss-Legendre in x."""
    Y = np.minimum(E_max / (2 * k * T), 40.0)
    acc = 0.0
    for x, w in zip(_X, _W):
        y = Y * (x + 1) / 2
        acc = acc + w * y**2 / np.cosh(y) ** 2
    return n0 * k * 2 * k * T * acc * Y / 2


def _thermal_gl(weight):
    """Integral over x = E/kT in (0, 40] of sech(x/2)**2 * weight(x): 32-point Gauss-Legendre."""
    acc = 0.0
    for x, w in zip(_X, _W):
        xx = 20.0 * (x + 1)
        acc = acc + w * weight(xx) / np.cosh(xx / 2) ** 2
    return 20.0 * acc


def relaxation_internal_friction(T, omega, A, C):
    r = omega / (A * (k * T) ** 3)

    def weight(x):
        a = r * np.tanh(x / 2) / x**3
        b = np.sqrt(1 - 1j * a)
        return np.imag(b * np.arctanh(1 / b))

    return C * _thermal_gl(weight)


def velocity_shift_relaxation(T, omega, A, C):
    r = omega / (A * (k * T) ** 3)

    def weight(x):
        a = r * np.tanh(x / 2) / x**3
        b = np.sqrt(1 - 1j * a)
        return np.real(b * np.arctanh(1 / b)) - 1

    return -C / 2 * _thermal_gl(weight)


def heat_capacity_time(T, t, Pbar, A):
    s = t * A * (k * T) ** 3

    def weight(x):
        g = s * x**3 / np.tanh(x / 2)
        return np.arccosh(np.sqrt(np.maximum(g, 1.0))) * (x / 2) ** 2

    return Pbar * k**2 * T * _thermal_gl(weight)


HAND = {name: fn for name, fn in dict(globals()).items() if callable(fn) and not name.startswith("_")
        and name not in ("run", "main") and fn.__module__ == __name__}


def run(sizes=(10**6, 10**7), **kw):
    """The stm benchmark with the hand-written baselines (see :func:`vitrum.numeric.bench.run`)."""
    from vitrum.numeric.bench import run as bench_run

    return bench_run("stm", sizes, baselines=HAND, **kw)


if __name__ == "__main__":
    from vitrum.numeric.bench import main

    sys.exit(main(["stm", *sys.argv[1:]]))
