"""The standard tunneling model (STM) of amorphous solids: model ``stm``.

Anderson, Halperin & Varma, Philos. Mag. 25, 1 (1972); Phillips, J. Low Temp. Phys. 7, 351 (1972).
Two-level systems (TLS) with asymmetry ``Delta`` and tunneling splitting ``Delta0`` have the energy
``E = sqrt(Delta**2 + Delta0**2)`` and the distribution ``P(Delta, Delta0) = Pbar/Delta0``; in the
variables (E, u = Delta0/E) it is ``Pbar/(u*sqrt(1 - u**2))``. They couple to strain through the
deformation potential ``gamma`` (tunneling strength ``C = Pbar*gamma**2/(rho*v**2)``) and relax by
one-phonon processes at the rate ``1/tau = A*Delta0**2*E*coth(E/(2*k*T))``.

The model holds the textbook consequences common to all seed papers (seed 001 secs. 3-5, seed 002
sec. 2.2): the linear and the time-dependent heat capacity, resonant and relaxational sound
absorption and dispersion, the T**2 thermal conductivity, the dielectric loss and the resonator
frequency shift. SI units throughout (J, K, s, m, kg); ``k`` and ``hbar`` are CODATA constants.

Two conventions worth knowing:

* The relaxation integrals (Jaeckle 1972) run over u from u_min = Delta0_min/E -> 0, the STM
  assumption behind the plateau pi*C/2 and the low-T law; the u-integral is then done in closed
  form: with a = omega*tau_min(E), b = sqrt(1 - I*a),
  ``Integral(sqrt(1-u**2)*u**3/(u**4 + a**2) * (1 + I*a/u**2), (u, 0, 1)) = b*atanh(1/b) - 1``,
  the imaginary part giving the absorption, the real part the dispersion. For a > 1 the same
  function is evaluated as its series ``(z/3)*2F1(1, 3/2; 5/2; z)``, z = 1/(1 - I*a), which avoids
  the cancellation of the closed form (the real part is ~2/(15*a**2) there).
* ``heat_capacity_time`` has a support that starts at the energy E_c with tau_min(E_c) = t (no
  closed form); its reference finds E_c and integrates from there. The claim about its t -> oo
  law is parametrized by E_c itself (t = tau_min(E_c)), which puts the support edge into the
  integration limits.
"""

from __future__ import annotations

import math

import sympy as sp
from scipy import constants as sc

from vitrum.claims import Asymptote, Identity, Order, Regime, Value
from vitrum.declare import Citation, Constant, Domain, Model, NumericDefinition, Param, Quantity

# --- a-SiO2 (Berret & Meissner 1988; Phillips 1987; Pohl, Liu & Thompson 2002) ------------------
EV = sc.electron_volt
RHO_SIO2 = 2200.0  # kg m^-3
V_L_SIO2 = 5800.0  # m/s
V_T_SIO2 = 3800.0  # m/s
GAMMA_L_SIO2 = 1.0 * EV  # J
GAMMA_T_SIO2 = 0.65 * EV  # J
C_SIO2 = 3e-4  # tunneling strength
#: Pbar chosen so that C_l = Pbar*gamma_l**2/(rho*v_l**2) = 3e-4 (then C_t = 2.95e-4)
PBAR_SIO2 = float(f"{C_SIO2 * RHO_SIO2 * V_L_SIO2**2 / GAMMA_L_SIO2**2:.3e}")
#: one-phonon rate constant from the same figures: (gamma_l**2/v_l**5 + 2*gamma_t**2/v_t**5)/(2*pi*rho*hbar**4)
A_SIO2 = float(f"{(GAMMA_L_SIO2**2 / V_L_SIO2**5 + 2 * GAMMA_T_SIO2**2 / V_T_SIO2**5) / (2 * math.pi * RHO_SIO2 * sc.hbar**4):.4e}")

# --- citations ------------------------------------------------------------------------------------
AHV = Citation("stm", where="Anderson, Halperin & Varma, Philos. Mag. 25, 1 (1972); Phillips, J. Low Temp. Phys. 7, 351 (1972)")
PHILLIPS87 = Citation("stm", where="Phillips, Rep. Prog. Phys. 50, 1657 (1987)")
HUNKLINGER86 = Citation("stm", where="Hunklinger & Raychaudhuri, Prog. Low Temp. Phys. 9, 265 (1986)")
JAECKLE72 = Citation("stm", where="Jaeckle, Z. Phys. 257, 212 (1972); Hunklinger & Raychaudhuri (1986)")
BLACK78 = Citation("stm", where="Black, PRB 17, 2740 (1978); Klinger (1987) sec. 2.2")
SEED001 = "001_fe8391e53328a169.txt"
SEED002 = "002_d03ef4280e011d17.txt"
TF_EQ8 = Citation("tf1982", seed=SEED001, equation="(8)", where="sec. 3, Trakhtenberg & Flerov, JETP 56 (1982)")
TF_SEC5 = Citation("tf1982", seed=SEED001, equation="(35)", where="sec. 5, Trakhtenberg & Flerov, JETP 56 (1982)")
KL_SEC22 = Citation("kl1987", seed=SEED002, where="sec. 2.2, Klinger, Sov. Phys. Usp. 30 (1987)")
SIO2_DATA = Citation("stm", where="a-SiO2: Berret & Meissner, Z. Phys. B 70, 65 (1988); Pohl, Liu & Thompson, RMP 74, 991 (2002)")

ENERGY_DOMAIN = Domain(1e-27, 1e-21)  # ~0.1 mK .. 70 K in units of k


def _params() -> list[Param]:
    """The STM parameters (spec symbol table); typical values are a-SiO2 where one is published."""
    pos = ("positive",)
    return [
        Param("Delta", "energy", ("real",), Domain(1e-27, 1e-21, "symlog"),
              "asymmetry of the double well (signed)", 1e-23),
        Param("Delta0", "energy", pos, ENERGY_DOMAIN, "tunneling splitting", 1e-23),
        Param("E", "energy", pos, ENERGY_DOMAIN, "TLS energy sqrt(Delta**2 + Delta0**2)", 1.380649e-23),
        Param("u", "1", pos, Domain(1e-4, 0.99), "Delta0/E (0 < u <= 1; P(E, u) is singular at u = 1)", 0.5),
        Param("T", "temperature", pos, Domain(1e-4, 1e2), "temperature", 1.0),
        Param("omega", "frequency", pos, Domain(1e2, 1e11), "angular frequency of the probe", 2 * math.pi * 1e9),
        Param("t", "time", pos, Domain(1e-6, 1e6), "measurement (experiment) time", 1.0),
        Param("Pbar", "1/(energy*volume)", pos, Domain(1e44, 1e46),
              "STM density parameter, P(Delta, Delta0) = Pbar/Delta0 (a-SiO2: C_l = 3e-4)", PBAR_SIO2),
        Param("A", "1/(energy**3*time)", pos, Domain(1e74, 1e78),
              "one-phonon rate constant (gamma_l**2/v_l**5 + 2*gamma_t**2/v_t**5)/(2*pi*rho*hbar**4) (a-SiO2)", A_SIO2),
        Param("C", "1", pos, Domain(1e-5, 1e-2), "tunneling strength Pbar*gamma**2/(rho*v**2) of one branch", C_SIO2),
        Param("gamma_l", "energy", pos, Domain(0.1 * EV, 3 * EV), "longitudinal deformation potential", GAMMA_L_SIO2),
        Param("gamma_t", "energy", pos, Domain(0.1 * EV, 3 * EV), "transverse deformation potential", GAMMA_T_SIO2),
        Param("rho", "mass/volume", pos, Domain(1e3, 1e4), "mass density", RHO_SIO2),
        Param("v", "velocity", pos, Domain(1e3, 1e4), "sound velocity of the branch of C", V_L_SIO2),
        Param("v_l", "velocity", pos, Domain(1e3, 1e4), "longitudinal sound velocity", V_L_SIO2),
        Param("v_t", "velocity", pos, Domain(1e3, 1e4), "transverse sound velocity", V_T_SIO2),
        Param("n0", "1/(energy*volume)", pos, Domain(1e44, 1e47),
              "constant TLS density of states (heat capacity)", 8.6e45),
        Param("E_max", "energy", pos, Domain(1e-24, 1e-19), "upper edge of the constant density of states", 1e-21),
        Param("p", "charge*length", pos, Domain(1e-31, 1e-28), "TLS electric dipole moment", 1.0e-29 / 3),
        Param("eps_r", "1", pos, Domain(1.0, 100.0), "host relative permittivity", 3.8),
        Param("F", "voltage/length", pos, Domain(1e-3, 1e6), "electric field amplitude", 1.0),
        Param("F_c", "voltage/length", pos, Domain(1e-2, 1e5), "critical (saturation) field", 10.0),
        Param("Fill", "1", pos, Domain(1e-3, 1.0), "filling factor of the TLS host in the resonator", 0.5),
        Param("tan_delta0", "1", pos, Domain(1e-7, 1e-2), "intrinsic low-field loss tangent", 1e-4),
    ]


def _constants() -> list[Constant]:
    return [
        Constant("k", sc.k, "energy/temperature", "Boltzmann constant (CODATA)"),
        Constant("hbar", sc.hbar, "energy*time", "reduced Planck constant (CODATA)"),
        Constant("eps_0", sc.epsilon_0, "charge**2/(energy*length)", "vacuum permittivity (CODATA)"),
    ]


# --- building blocks ---------------------------------------------------------------------------
class _Sym:
    """The model's symbols by name (with the declared assumptions)."""

    def __init__(self, params: list[Param], constants: list[Constant]):
        for item in (*params, *constants):
            setattr(self, item.name, item.symbol)


def tau_min(s: _Sym, energy: sp.Expr) -> sp.Expr:
    """Fastest (u = 1) one-phonon relaxation time at energy ``energy``: tanh(E/2kT)/(A*E**3)."""
    return sp.tanh(energy / (2 * s.k * s.T)) / (s.A * energy**3)


def schottky(s: _Sym, energy: sp.Expr) -> sp.Expr:
    """Heat capacity of one TLS of splitting ``energy``: k*(E/2kT)**2*sech(E/2kT)**2."""
    x = energy / (2 * s.k * s.T)
    return s.k * x**2 * sp.sech(x) ** 2


def n_eff(s: _Sym, energy: sp.Expr) -> sp.Expr:
    """Density of TLS at ``energy`` that relax within t: Pbar*acosh(sqrt(t/tau_min)) for t >= tau_min,
    else 0 (u-integral of Pbar/(u*sqrt(1-u**2)) from sqrt(tau_min/t) to 1)."""
    tm = tau_min(s, energy)
    return sp.Piecewise((s.Pbar * sp.acosh(sp.sqrt(s.t / tm)), s.t >= tm), (0, True))


def _u_closed(a: sp.Expr) -> sp.Expr:
    """G(a) = J(a) + I*I(a) = b*atanh(1/b) - 1, b = sqrt(1 - I*a): the u-integrals in closed form."""
    b = sp.sqrt(1 - sp.I * a)
    return b * sp.atanh(1 / b) - 1


def absorption_u(a: sp.Expr) -> sp.Expr:
    """I(a) = Integral((sqrt(1-u**2)/u)*x/(1+x**2), (u, 0, 1)), x = a/u**2, a = omega*tau_min(E).

    im(G(a)) for a <= 2; for a > 2 its convergent series in 1/a**2,
    hyper([1/2, 1, 1], [5/4, 7/4], -1/a**2)/(3*a), which keeps full relative accuracy where the
    closed form cancels (I ~ 1/(3*a)). Limits: pi/4 as a -> 0, 1/(3*a) as a -> oo."""
    h = sp.Rational(1, 2)
    series = sp.hyper([h, 1, 1], [sp.Rational(5, 4), sp.Rational(7, 4)], -1 / a**2) / (3 * a)
    return sp.Piecewise((series, a > 2), (sp.im(_u_closed(a)), True))


def dispersion_u(a: sp.Expr) -> sp.Expr:
    """J(a) = Integral((sqrt(1-u**2)/u)/(1+x**2), (u, 0, 1)), x = a/u**2.

    re(G(a)) for a <= 2; for a > 2 the series 2*hyper([1, 1, 3/2], [7/4, 9/4], -1/a**2)/(15*a**2)
    (J ~ 2/(15*a**2): the closed form loses ~2*log10(a) digits there). J ~ log(4/a)/2 - 1 as a -> 0."""
    series = 2 * sp.hyper([1, 1, sp.Rational(3, 2)], [sp.Rational(7, 4), sp.Rational(9, 4)], -1 / a**2) / (15 * a**2)
    return sp.Piecewise((series, a > 2), (sp.re(_u_closed(a)), True))


def relaxation_absorption(s: _Sym) -> sp.Expr:
    """Q^-1_rel = (C/kT) Integral(sech(E/2kT)**2 * I(omega*tau_min(E)), (E, 0, oo))."""
    E = s.E
    return s.C / (s.k * s.T) * sp.Integral(
        sp.sech(E / (2 * s.k * s.T)) ** 2 * absorption_u(s.omega * tau_min(s, E)), (E, 0, sp.oo))


def relaxation_dispersion(s: _Sym) -> sp.Expr:
    """dv/v_rel = -(C/(2kT)) Integral(sech(E/2kT)**2 * J(omega*tau_min(E)), (E, 0, oo))."""
    E = s.E
    return -s.C / (2 * s.k * s.T) * sp.Integral(
        sp.sech(E / (2 * s.k * s.T)) ** 2 * dispersion_u(s.omega * tau_min(s, E)), (E, 0, sp.oo))


def digamma_log(y_arg: sp.Expr, log_arg: sp.Expr) -> sp.Expr:
    """re(digamma(1/2 + y_arg)) - log(log_arg): the resonant dispersion function."""
    return sp.re(sp.digamma(sp.Rational(1, 2) + y_arg)) - sp.log(log_arg)


def resonant_dispersion(s: _Sym, strength: sp.Expr) -> sp.Expr:
    """strength*(re(digamma(1/2 + hbar*omega/(2*pi*I*k*T))) - log(hbar*omega/(2*pi*k*T)))."""
    y = s.hbar * s.omega / (2 * sp.pi * s.k * s.T)
    return strength * digamma_log(y / sp.I, y)


def thermal_conductivity(s: _Sym) -> sp.Expr:
    """kappa = sum_i (1/3) Integral(c_ph_i * v_i * l_i, (omega, 0, oo)) over l, t, t branches with the
    resonant mean free path l_i = v_i/(pi*C_i*omega*tanh(hbar*omega/2kT)), C_i = Pbar*gamma_i**2/(rho*v_i**2)."""
    w = s.omega  # integration variable (bound): the phonon angular frequency
    x = s.hbar * w / (s.k * s.T)

    def branch(v, gamma):
        strength = s.Pbar * gamma**2 / (s.rho * v**2)
        c_ph = s.k * x**2 * sp.exp(x) / (sp.exp(x) - 1) ** 2 * w**2 / (2 * sp.pi**2 * v**3)
        mean_free_path = v / (sp.pi * strength * w * sp.tanh(x / 2))
        return sp.Rational(1, 3) * sp.Integral(c_ph * v * mean_free_path, (w, 0, sp.oo))

    return branch(s.v_l, s.gamma_l) + 2 * branch(s.v_t, s.gamma_t)


# --- numeric definitions (precision-generic, written against the mpmath context passed in) ---------
def _root_log(ctx, h, guess):
    """Root of an increasing function h(y) (y = log x) near ``guess``: bracket, then Illinois."""
    lo, hi = guess - 1, guess + 1
    while h(lo) > 0:
        lo -= 4
    while h(hi) < 0:
        hi += 4
    return ctx.findroot(h, (lo, hi), solver="illinois")


def _edge(ctx, c):
    """The root x > 0 of x**3/tanh(x/2) = c (the left side increases from 0 to oo), solved for
    y = log x; c may be tiny or huge. With x = E/kT: tau_min(E) = t for c = 1/(t*A*(kT)**3), and
    omega*tau_min(E) = 1 for c = omega/(A*(kT)**3)."""
    target = ctx.log(c)

    def h(y):
        return 3 * y - ctx.log(ctx.tanh(ctx.exp(y) / 2)) - target

    # asymptotes: x**3/tanh(x/2) ~ 2*x**2 (x << 1), ~ x**3 (x >> 1)
    guess = (target - ctx.log(2)) / 2 if target < ctx.log(2) else target / 3
    return ctx.exp(_root_log(ctx, h, guess))


def _breakpoints(ctx, edge, lo=None):
    """Quadrature breakpoints in x = E/kT: the thermal window (1, 4, 16, 64: sech**2(x/2) is spent
    by 64) plus a geometric ladder (ratio 4) from a feature at ``edge`` up to x = 1 and steps of
    1, 4, 16, 64 above it. ``lo`` is the lower limit (default 0); returned with oo appended."""
    lo = ctx.zero if lo is None else lo
    pts = {lo, ctx.mpf(1), ctx.mpf(4), ctx.mpf(16), ctx.mpf(64)}
    p = edge
    while p < 1:
        pts.add(p)
        p *= 4
    pts.update(edge + d for d in (1, 4, 16, 64))
    if edge > lo:
        pts.update((edge / 4, edge / 16))
    return sorted(q for q in pts if q >= lo) + [ctx.inf]


def _quad(ctx, f, pts):
    """ctx.quad of f over the breakpoints ``pts``, with f normalized to O(1) first: mpmath's quad
    stops on an absolute error of ~10**-dps, so a tiny integrand (deep in an asymptotic regime)
    would otherwise come back with few correct relative digits."""
    samples = [abs(f((p + q) / 2)) for p, q in zip(pts, pts[1:]) if q != ctx.inf]
    samples.append(abs(f(pts[-2] + 1)))
    norm = max(samples) or ctx.one
    return norm * ctx.quad(lambda x: f(x) / norm, pts)


def _heat_capacity_time_eval(ctx, v):
    """C(T, t): integral over x = E/kT from the support edge x_c (tau_min(E_c) = t) to oo."""
    k, T, t, A, Pbar = v["k"], v["T"], v["t"], v["A"], v["Pbar"]
    kT = k * T
    s = t * A * kT**3  # t/tau_min(kT*x) = s*x**3/tanh(x/2)
    xc = _edge(ctx, 1 / s)

    def f(x):
        g = s * x**3 / ctx.tanh(x / 2)
        h = x / 2
        return Pbar * ctx.acosh(ctx.sqrt(max(g, ctx.one))) * k * h**2 * ctx.sech(h) ** 2

    return kT * _quad(ctx, f, _breakpoints(ctx, xc, lo=xc))


def _u_function(ctx, a, part):
    """I(a) (part="im") or J(a) (part="re") at the precision of ctx, as in :func:`absorption_u` and
    :func:`dispersion_u` (series in 1/a**2 for a > 2, closed form otherwise)."""
    one = ctx.one
    if a > 2:
        z = -1 / a**2
        if part == "im":
            return ctx.hyper([one / 2, one, one], [5 * one / 4, 7 * one / 4], z) / (3 * a)
        return 2 * ctx.hyper([one, one, 3 * one / 2], [7 * one / 4, 9 * one / 4], z) / (15 * a**2)
    b = ctx.sqrt(ctx.mpc(1, -a))
    g = b * ctx.atanh(1 / b) - 1
    return g.imag if part == "im" else g.real


def _relaxation_integral(ctx, v, part):
    """Integral over x = E/kT of sech(x/2)**2 * I or J (``part`` "im" or "re") at a = omega*tau_min(kT*x), with breakpoints around
    x_star where omega*tau_min = 1 (the crossover between slow and fast TLS)."""
    k, T, A, omega = v["k"], v["T"], v["A"], v["omega"]
    kT = k * T
    x_star = _edge(ctx, omega / (A * kT**3))  # omega*tau_min(kT*x_star) = 1

    def f(x):
        a = omega * ctx.tanh(x / 2) / (A * (kT * x) ** 3)
        return ctx.sech(x / 2) ** 2 * _u_function(ctx, a, part)

    return _quad(ctx, f, _breakpoints(ctx, x_star))


def _relaxation_absorption_eval(ctx, v):
    return v["C"] * _relaxation_integral(ctx, v, "im")


def _relaxation_dispersion_eval(ctx, v):
    return -v["C"] / 2 * _relaxation_integral(ctx, v, "re")


# --- quantities -------------------------------------------------------------------------------------
def _quantities(s: _Sym) -> list[Quantity]:
    E, T, k, hbar, omega = s.E, s.T, s.k, s.hbar, s.omega
    kT = k * T
    x_res = hbar * omega / (2 * kT)
    energy_scale = {"E": kT}
    relax_params = ("C", "T", "omega", "A", "k")
    return [
        Quantity("energy", sp.sqrt(s.Delta**2 + s.Delta0**2), "energy", AHV,
                 "TLS energy splitting from the asymmetry Delta (either sign) and tunneling splitting Delta0."),
        Quantity("distribution", s.Pbar / s.Delta0, "1/(energy**2*volume)", AHV,
                 "STM distribution P(Delta, Delta0) = Pbar/Delta0 for Delta0 >= Delta0_min: flat in Delta and in "
                 "log(Delta0) (flat in the tunneling exponent)."),
        Quantity("distribution_Eu", s.Pbar / (s.u * sp.sqrt(1 - s.u**2)), "1/(energy*volume)", PHILLIPS87,
                 "The same distribution in (E, u = Delta0/E): P(E, u) = Pbar/(u*sqrt(1 - u**2)), independent of E."),
        Quantity("tau_min", tau_min(s, E), "time", PHILLIPS87,
                 "Fastest one-phonon relaxation time at energy E (symmetric TLS, u = 1): 1/(A*E**3*coth(E/2kT))."),
        Quantity("rate_constant",
                 (s.gamma_l**2 / s.v_l**5 + 2 * s.gamma_t**2 / s.v_t**5) / (2 * sp.pi * s.rho * hbar**4),
                 "1/(energy**3*time)", PHILLIPS87,
                 "One-phonon rate constant A from the deformation potentials (one longitudinal, two transverse branches)."),
        Quantity("schottky_heat_capacity", schottky(s, E), "energy/temperature", AHV,
                 "Heat capacity of one TLS (Schottky anomaly); maximum ~0.44 k at E ~ 2.4 kT."),
        Quantity("heat_capacity", sp.Integral(s.n0 * schottky(s, E), (E, 0, s.E_max)), "energy/(temperature*volume)",
                 TF_EQ8,
                 "Equilibrium heat capacity per volume for a constant density of states n0 up to E_max; "
                 "(pi**2/6)*n0*k**2*T for kT << E_max (seed 001 eq. (8)).",
                 scales=energy_scale),
        Quantity("heat_capacity_time", sp.Integral(n_eff(s, E) * schottky(s, E), (E, 0, sp.oo)),
                 "energy/(temperature*volume)", BLACK78,
                 "Time-dependent heat capacity: only TLS with tau = tau_min(E)/u**2 <= t contribute, "
                 "n_eff(E, t) = Pbar*acosh(sqrt(t/tau_min(E))) (0 for t < tau_min(E)). The reference integrates "
                 "from the support edge E_c, tau_min(E_c) = t (root found numerically). ~ T*log(t) for t >> tau_min(kT).",
                 numeric=NumericDefinition(_heat_capacity_time_eval, ("T", "t", "A", "Pbar", "k"),
                                           "quad over E/kT from the root E_c of tau_min(E_c) = t"),
                 scales=energy_scale),
        Quantity("relaxation_rate", s.A * s.Delta0**2 * sp.sqrt(s.Delta**2 + s.Delta0**2)
                 * sp.coth(sp.sqrt(s.Delta**2 + s.Delta0**2) / (2 * kT)), "frequency", PHILLIPS87,
                 "One-phonon relaxation rate 1/tau = A*Delta0**2*E*coth(E/2kT); even in Delta."),
        Quantity("resonant_attenuation", sp.pi * s.C * omega / s.v * sp.tanh(x_res), "1/length", HUNKLINGER86,
                 "Resonant inverse mean free path of a phonon (low intensity): (pi*C*omega/v)*tanh(hbar*omega/2kT)."),
        Quantity("resonant_internal_friction", sp.pi * s.C * sp.tanh(x_res), "1", HUNKLINGER86,
                 "Resonant internal friction Q^-1 = pi*C*tanh(hbar*omega/2kT); saturates at pi*C for hbar*omega >> kT."),
        Quantity("relaxation_internal_friction", relaxation_absorption(s), "1", JAECKLE72,
                 "Relaxational internal friction (one-phonon): Q^-1 = (C/kT) Integral(sech(E/2kT)**2 * "
                 "Integral((sqrt(1-u**2)/u)*omega*tau/(1+(omega*tau)**2), (u, 0, 1)), (E, 0, oo)), "
                 "tau = tau_min(E)/u**2; the u-integral is done in closed form (module docstring). "
                 "pi*C/2 on the plateau omega*tau_min(kT) << 1, (pi**4/12)*C*A*(kT)**3/omega for omega*tau_min >> 1.",
                 numeric=NumericDefinition(_relaxation_absorption_eval, relax_params,
                                           "quad over E/kT of the closed-form u-integral, break at omega*tau_min = 1"),
                 scales=energy_scale),
        Quantity("velocity_shift_relaxation", relaxation_dispersion(s), "1", JAECKLE72,
                 "Relaxational sound-velocity shift: dv/v = -(C/(2kT)) Integral(sech(E/2kT)**2 * "
                 "Integral((sqrt(1-u**2)/u)/(1+(omega*tau)**2), (u, 0, 1)), (E, 0, oo)) (Kramers-Kronig partner "
                 "of relaxation_internal_friction); ~ -(3/2)*C*log(T) on the plateau.",
                 numeric=NumericDefinition(_relaxation_dispersion_eval, relax_params,
                                           "quad over E/kT of the closed-form u-integral, break at omega*tau_min = 1"),
                 scales=energy_scale),
        Quantity("velocity_shift_resonant", resonant_dispersion(s, s.C), "1", HUNKLINGER86,
                 "Resonant sound-velocity shift (up to a constant offset): C*(re(digamma(1/2 + hbar*omega/(2*pi*I*kT))) "
                 "- log(hbar*omega/(2*pi*kT))); ~ C*log(T) for kT >> hbar*omega."),
        Quantity("thermal_conductivity", thermal_conductivity(s), "power/(length*temperature)", TF_SEC5,
                 "Phonon thermal conductivity limited by resonant scattering off TLS, one longitudinal and two "
                 "transverse branches (kinetic formula, Debye phonons); ~ T**2.",
                 scales={"omega": kT / hbar}),
        Quantity("dielectric_loss_resonant",
                 sp.pi * s.Pbar * s.p**2 / (3 * s.eps_r * s.eps_0) * sp.tanh(x_res) / sp.sqrt(1 + (s.F / s.F_c) ** 2),
                 "1", PHILLIPS87,
                 "Resonant dielectric loss tangent of TLS dipoles, saturating above the critical field F_c."),
        Quantity("resonator_frequency_shift", resonant_dispersion(s, s.Fill * s.tan_delta0 / sp.pi), "1", PHILLIPS87,
                 "Fractional frequency shift of a resonator with a TLS host (filling factor Fill, low-field loss tan_delta0)."),
    ]


def build() -> Model:
    params, constants = _params(), _constants()
    s = _Sym(params, constants)
    return Model("stm", "Standard tunneling model", params, _quantities(s), [], constants=constants, units="SI")
