"""Interaction-stimulated relaxation of two-level systems in a strong measuring field:
model ``interacting_tls`` (claims ``bp2005.*``).

A. L. Burin, I. Ya. Polishchuk, "The long range interaction and the relaxation in glasses at low
temperatures" (arXiv:cond-mat/0407377; journal year uncertain, 2004 or 2005 - no journal cited).
The only text is the OCR seed ``004_7c4528cfd8a70912.txt``; readings of damaged equations follow
the spec ``shared/spec/004_burin_polishchuk_2005.md`` (sec. 6 there), marked "OCR reconstruction".

Physics. TLS (``h = Delta*S^z - Delta0*S^x``, S = sigma/2, distribution P/Delta0) interact through
``U/R**3``; the only small parameter is chi = 4*pi*P*U ~ 1e-3..1e-2.

* Sect. 2 (T = 0, no field): a TLS has N ~ chi*(Delta0/E)*log(L/r_min) << 1 resonant partners,
  so excitations are localized.
* Sect. 3 (slow strong field a*cos(omega*t), omega << a << E): dressed excitations hop with
  U_ij*J_{p-n}((a_j - a_i)/omega); with ~a/omega channels each weaker by sqrt(omega/a) the
  resonance parameter becomes chi_omega = chi*sqrt(a/omega); delocalization for omega < a*chi**2.
* Sect. 4 (T > 0, no field): thermal resonant pairs (distribution ~ (PT)(PU)/Delta0_p**2, the same
  density N_* per octave) delocalize at the rate T*chi**2 = 1/tau2; spectral diffusion
  (1/tau2**2 ~ chi*T/tau1) then gives 1/tau1 ~ chi**3*T.
* Sect. 5 (T > 0 and field, chi*T < a < T): the rate table (Table 1) in five frequency rows.

Units: natural, hbar = k_B = 1, energies (and rates) in K, lengths in nm, so P is in K^-1 nm^-3
and U in K nm^3. The Sect. 6 estimates take SI inputs (Pbar in J^-1 m^-3, deformation potential
in J, frequencies in Hz, fields in V/m) and convert them with CODATA constants (scipy.constants).

Conventions and how "~" claims are decided (spec sec. 0):

* chi and (P, U) are separate parameters; a claim that connects them substitutes chi = 4*pi*P*U.
* An "~" claim lhs ~ rhs is checked in two steps: the ratio lhs/rhs is an exact pure number
  (an Identity over the whole parameter domain: the strict scaling), and that number lies in the
  paper's band of unknown prefactors [1e-2, 1e2] (an Inequality |log10(lhs/rhs)| <= 2, id ``.band``).
* Table 1 regimes are written as dimensionless substitutions: a = T*chi**(1 - y) with 0 < y < 1 is
  Eq. (37) chi*T < a < T, and omega = T*chi**z with z placed inside a row by a fraction s in (0, 1)
  (row 1 uses z = 3 + y + w, w > 0, for the open interval 0 < omega < T**2*chi**4/a).
* Delta-range convention of the STM integrals: Delta >= 0 (the quantities ``*_real`` take Delta real;
  every pair count then doubles per TLS).
"""

from __future__ import annotations


import sympy as sp
from scipy import constants as sc

from vitrum.claims import Asymptote, Identity, Inequality, Limit, Order, Regime, Scaling, Solves, Value
from vitrum.declare import Citation, Constant, Domain, Model, NumericDefinition, Param, Quantity, Symbols

PAPER = "bp2005"
SEED = "004_7c4528cfd8a70912.txt"
BAND = 2  # the paper's band of unknown prefactors, [1e-2, 1e2], as |log10(prefactor)| <= 2
EV = sc.electron_volt
DEBYE = 1e-21 / sc.c  # C m

# Timeouts (s). The symbolic route gets a third of a claim's timeout.
FAST = 12.0  # closed forms: sympy answers within 4 s or gives up
NUMERIC = 30.0


def cite(eq: str | None = None, where: str | None = None) -> Citation:
    return Citation(PAPER, seed=SEED, equation=eq, where=where)


# --- parameters -------------------------------------------------------------------------------------
def _params() -> list[Param]:
    pos, real = ("positive",), ("real",)
    lin = "linear"
    return [
        # Table 1 variables (energies in K)
        Param("T", "energy", pos, Domain(1e-3, 1e-1), "temperature (K)", 0.03),
        Param("a", "energy", pos, Domain(1e-6, 1e-1), "field coupling energy a = |a_i - a_j| (K)", 1e-3),
        Param("omega", "energy", pos, Domain(1e-13, 1e-1), "field frequency hbar*omega (K)", 1e-7),
        Param("chi", "1", pos, Domain(1e-3, 1e-2), "interaction parameter chi = 4*pi*P*U", 3e-3),
        # microscopic constants
        Param("P", "1/(energy*volume)", pos, Domain(1e-6, 1e-4), "TLS density of states P (K^-1 nm^-3)", 2.4e-5),
        Param("U", "energy*volume", pos, Domain(1.0, 100.0), "coupling constant, U(R) = U/R**3 (K nm^3)", 10.0),
        # single TLS and partner
        Param("E", "energy", pos, Domain(1e-3, 1.0), "TLS energy splitting (K)", 0.03),
        Param("E_2", "energy", pos, Domain(1e-3, 1.0), "partner TLS energy splitting (K)", 0.045),
        Param("Delta", "energy", real, Domain(1e-3, 1.0, "symlog"), "TLS asymmetry (K, either sign)", 0.02),
        Param("Delta0", "energy", pos, Domain(1e-4, 1.0), "TLS tunnelling amplitude (K)", 0.02),
        Param("Delta_2", "energy", real, Domain(1e-3, 1.0, "symlog"), "partner asymmetry (K)", -0.03),
        Param("Delta0_2", "energy", pos, Domain(1e-4, 1.0), "partner tunnelling amplitude (K)", 0.035),
        Param("Delta_p", "energy", pos, Domain(1e-7, 1e-1), "resonant-pair asymmetry |E - E'| (K)", 1e-5),
        Param("Delta0_p", "energy", pos, Domain(1e-7, 1e-1), "resonant-pair flip-flop amplitude (K)", 2e-5),
        Param("u", "1", pos, Domain(1e-3, 1.0), "Delta0/E of the probed TLS", 0.5),
        Param("t", "time", pos, Domain(0.1, 1e4), "time (1/K)", 70.0),
        # lengths (nm)
        Param("R", "length", pos, Domain(0.3, 1e4), "distance between two TLS (nm)", 30.0),
        Param("L", "length", pos, Domain(1e2, 1e7), "sample size (nm)", 1e6),
        Param("r_min", "length", pos, Domain(0.1, 1.0), "minimal distance between TLS ('a' of Sect. 2, nm)", 0.5),
        Param("r1", "length", pos, Domain(1.0, 1e3), "inner radius of a spherical layer (nm)", 20.0),
        Param("r2", "length", pos, Domain(1e3, 1e6), "outer radius of a spherical layer (nm)", 1e4),
        # phonon terms (user inputs: the paper quotes only the laws)
        Param("A_ph", "1/energy**2", pos, Domain(1e-5, 1e-1), "phonon relaxation coefficient, 1/tau1_ph = A_ph*T**3", 1e-3),
        Param("B_ph", "1/energy", pos, Domain(1e-4, 1.0), "phonon dephasing coefficient, 1/tau2_ph = B_ph*T**2", 1e-2),
        # two-level / Floquet / Landau-Zener checks
        Param("V", "energy", pos, Domain(1e-9, 1e-1), "pair coupling U_ij (Floquet) or Landau-Zener gap parameter (K)", 1e-5),
        Param("eps_q", "energy", real, Domain(1e-3, 1.0, "symlog"), "Floquet quasi-energy (K)", 0.13),
        Param("Gamma_in", "energy", pos, Domain(1e-14, 1e-4), "input relaxation rate 1/tau1 of the self-consistency (54)", 1e-8),
        Param("x", "1", pos, Domain(1.0, 1e4), "Bessel argument a/omega", 30.0),
        Param("x_i", "1", pos, Domain(0.3, 10.0), "a_i/omega", 3.7),
        Param("x_j", "1", pos, Domain(0.3, 10.0), "a_j/omega", 7.2),
        Param("nu", "1", real, Domain(-12.5, 12.5, lin), "photon-index difference n - m = floor(nu)", 3.5),
        Param("n_ph", "1", ("integer",), Domain(-50, 50, lin), "photon index n", 2),
        Param("p_ph", "1", ("integer",), Domain(-50, 50, lin), "photon index p", 5),
        Param("c_debye", "1", pos, Domain(1.05, 2.0, lin), "order/argument ratio |n|/(a/omega) > 1 (Debye regime)", 1.5),
        Param("delta_LZ", "1", pos, Domain(1e-3, 10.0), "Landau-Zener parameter V**2/Edot", 0.1),
        Param("chi_w", "1", pos, Domain(1e-2, 1e2), "chi_omega = chi*sqrt(a/omega)", 1.2),
        # generalized pair distribution (Eq. 27 claim C)
        Param("alpha", "1", pos, Domain(2.0, 6.0, lin), "interaction exponent, U/R**alpha", 3.0),
        Param("s_dist", "1", pos, Domain(0.3, 1.7, lin), "tunnelling distribution exponent, P/Delta0**s", 1.0),
        Param("k", "1", pos, Domain(1.0, 30.0, lin), "strip index (Delta0_p(k) = T/2**k)", 5.0),
        Param("q", "1", pos, Domain(0.01, 0.99, lin), "Delta_p/Delta0_p of a resonant pair (< 1)", 0.5),
        Param("n_density", "1/volume", pos, Domain(1e-9, 1e-3), "density of flipping neighbours (nm^-3)", 1e-6),
        # dimensionless regime coordinates (DESIGN: regimes as substitutions)
        Param("y", "1", pos, Domain(0.05, 0.95, lin), "a = T*chi**(1 - y): Eq. (37) chi*T < a < T", 0.5),
        Param("s", "1", pos, Domain(0.05, 0.95, lin), "fractional position of omega inside a row (log scale)", 0.37),
        Param("w", "1", pos, Domain(0.1, 3.0), "depth beyond an open boundary, in powers of chi", 0.7),
        Param("rho", "1", pos, Domain(1e-2, 1e2), "input rate over a*chi**2 (stability of Eq. (54))", 0.3),
        # SI inputs of Sect. 6
        Param("Pbar_SI", "1/(energy*volume)", pos, Domain(1e44, 1e45), "STM density of states in J^-1 m^-3", 3e44),
        Param("gamma_def", "energy", pos, Domain(0.5 * EV, 2 * EV), "deformation potential in J", 1.0 * EV),
        Param("strain", "1", pos, Domain(1e-9, 1e-7), "strain amplitude of the measuring field", 1e-8),
        Param("f_Hz", "frequency", pos, Domain(1.0, 1e7), "measuring frequency in Hz (or s^-1)", 5e5),
        Param("E_DC", "voltage/length", pos, Domain(1.0, 1e7), "swept DC electric field in V/m", 1e3),
        Param("mu_TLS", "charge*length", pos, Domain(0.1 * DEBYE, 10 * DEBYE), "TLS dipole moment in C m", DEBYE),
    ]


def _constants() -> list[Constant]:
    return [
        Constant("k_B", sc.k, "energy/temperature", "Boltzmann constant (CODATA), J/K"),
        Constant("h_P", sc.h, "energy*time", "Planck constant (CODATA), J s"),
        Constant("hbar_SI", sc.hbar, "energy*time", "reduced Planck constant (CODATA), J s"),
    ]


# --- closed forms used in quantities and claims -------------------------------------------------------
HALF = sp.Rational(1, 2)


def energy(delta, delta0):
    return sp.sqrt(delta**2 + delta0**2)


def table_rows(s: Symbols) -> tuple[list[sp.Expr], list[sp.Expr]]:
    """Table 1 as printed (OCR reconstruction of the chi powers): 1/tau1 and 1/tau2 per row."""
    T, a, w, chi = s.T, s.a, s.omega, s.chi
    tau1 = [chi**3 * T, chi * sp.sqrt(a * w), a * chi**2, (a / w) * chi**3 * T, chi**3 * T]
    tau2 = [chi**2 * T, (a * w * T**2 * chi**4) ** sp.Rational(1, 4), sp.sqrt(a * T) * chi ** sp.Rational(3, 2),
            sp.sqrt(a / w) * chi**2 * T, chi**2 * T]
    return tau1, tau2


def boundaries(s: Symbols) -> dict[str, sp.Expr]:
    T, a, chi = s.T, s.a, s.chi
    return {
        "omega_static": T**2 * chi**4 / a,  # rows 1|2, Eq. (38)
        "omega_adiabatic": a * chi**2,  # rows 2|3, Eq. (41)
        "omega_phase": sp.sqrt(a * T) * chi ** sp.Rational(3, 2),  # Eq. (49), inside row 3
        "omega_spectral": chi * T,  # rows 3|4, Eq. (50)
        "omega_dressing": a,  # rows 4|5
    }


def piecewise_table(s: Symbols, rows: list[sp.Expr], sub: dict | None = None) -> sp.Piecewise:
    """Rows in the order the conditions are tested: a < chi*T is row 5 (field ignored), then by omega.

    With ``sub`` (a regime substitution) the rows and conditions are substituted before the
    Piecewise is assembled, unevaluated: sympy would otherwise try (slowly, and in vain) to decide
    every condition under the symbols' assumptions."""
    b = boundaries(s)
    sub = sub or {}

    def at(e):
        if not sub:
            return sp.sympify(e)
        with sp.evaluate(False):
            return sp.sympify(e).xreplace(sub)

    def lt(x, y):
        return sp.StrictLessThan(at(x), at(y), evaluate=False)

    rows = [at(r) for r in rows]
    return sp.Piecewise(
        (rows[4], lt(s.a, s.chi * s.T)),
        (rows[0], lt(s.omega, b["omega_static"])),
        (rows[1], lt(s.omega, b["omega_adiabatic"])),
        (rows[2], lt(s.omega, b["omega_spectral"])),
        (rows[3], lt(s.omega, b["omega_dressing"])),
        (rows[4], True),
        evaluate=False,
    )


def row_point(s: Symbols, row: int) -> dict[sp.Symbol, sp.Expr]:
    """Substitution placing (a, omega) inside a Table-1 row under Eq. (37): a = T*chi**(1-y),
    omega = T*chi**z with z inside the row (chi < 1: a larger z is a smaller omega).
    Row boundaries in z: 3 + y (static), 3 - y (adiabatic), 1 (chi*T), 1 - y (a), 0 (T)."""
    T, chi, y, f, w = s.T, s.chi, s.y, s.s, s.w
    z = {1: 3 + y + w, 2: 3 - y + 2 * y * f, 3: 1 + (2 - y) * f, 4: 1 - y * f, 5: (1 - y) * f}[row]
    return {s.a: T * chi ** (1 - y), s.omega: T * chi**z}


def small_a_point(s: Symbols) -> dict[sp.Symbol, sp.Expr]:
    """a < chi*T (row 5 'or a < chi*T'), any omega below T."""
    return {s.a: s.T * s.chi ** (1 + s.w), s.omega: s.T * s.chi ** (6 * s.s)}


def at_point(expr: sp.Expr, sub: dict) -> sp.Expr:
    """``expr`` at a regime point, substituted unevaluated (sympy's automatic power simplification
    with symbolic exponents such as chi**(1 - y) costs ~0.1 s per expression and gains nothing)."""
    with sp.evaluate(False):
        return sp.sympify(expr).xreplace(sub)


def log10(e):
    return sp.log(e) / sp.log(10)


# --- numeric definitions: functions of vitrum.numeric.interacting_tls_defs, named (never imported) -----
DEFS = "vitrum.numeric.interacting_tls_defs"


def engine(name: str) -> str:
    """The evaluate function ``name`` of the model's numeric definitions module."""
    return f"{DEFS}:{name}"


# --- quantities ------------------------------------------------------------------------------------
MC_Z = ("seeded numpy Monte Carlo, a statistic of the fixed sample: floating-point error only (measured {err} relative vs "
        "an 80-bit long-double recomputation from the same draws)")
MC_STAT = ("seeded numpy Monte Carlo, an estimate: statistical, one standard error {se} (spread over 30 seeds; the "
           "batch error bars say {batch}), stated 3-4 batch standard errors")
FLOQUET_MP = ("mpmath, precision-generic: eigsy of the truncated matrix (|m| <= 12) and a Taylor-series propagator of (11) "
              "(half a period and time reversal), 20 guard digits; refused for |H|/omega > ~190")


def _quantities(s: Symbols) -> list[Quantity]:
    T, a, w, chi, P, U, R = s.T, s.a, s.omega, s.chi, s.P, s.U, s.R
    E1 = energy(s.Delta, s.Delta0)
    E2 = energy(s.Delta_2, s.Delta0_2)
    r_omega = (U / sp.sqrt(a * w)) ** sp.Rational(1, 3)
    R_a = (P * a) ** sp.Rational(-1, 3)
    chi_omega_pu = 4 * sp.pi * P * U * sp.sqrt(a / w)
    d = s.Delta_p / (2 * T)
    f_thermal = sp.log(1 + sp.tanh(d)) / sp.tanh(d)
    tau1, tau2 = table_rows(s)
    b = boundaries(s)
    nu_d = s.c_debye * s.x
    al_d = sp.acosh(s.c_debye)
    N_star = (P * T) * (P * U)
    N_omega = N_star * sp.sqrt(a / w)
    tau2_from_tau1 = sp.sqrt(chi * T * s.Gamma_in)
    N_1 = chi * T / w
    W_printed = (chi * a / tau2_from_tau1) ** 2
    W_alt = (chi * sp.sqrt(a * w) / tau2_from_tau1) ** 2
    P_nm = s.Pbar_SI * s.k_B * sp.Float("1e-27")  # J^-1 m^-3 -> K^-1 nm^-3
    pu_chi = chi / (4 * sp.pi)
    qs = [
        # Sect. 2
        Quantity("P_TLS", P / s.Delta0, "1/(energy**2*volume)", cite("(1)"), "STM distribution P(Delta, Delta0) = P/Delta0."),
        Quantity("E_TLS", E1, "energy", cite("(2)"), "TLS splitting E = sqrt(Delta**2 + Delta0**2) of h = Delta*S^z - Delta0*S^x, S = sigma/2."),
        Quantity("interaction", U / R**3, "energy", cite("(3)"), "Pair interaction U(R) = U/R**3 of H_int = (1/2)*sum_ij U(R_ij) S_i^z S_j^z."),
        Quantity("flipflop_amplitude", U / R**3 * s.Delta0 * s.Delta0_2 / (E1 * E2), "energy", cite("(4)"),
                 "Flip-flop amplitude of a TLS pair as printed, Delta0_p = U(R)*Delta0*Delta0'/(E*E')."),
        Quantity("flipflop_element", None, "energy", cite("(4)"),
                 "<e,g| U(R) S1^z S2^z |g,e> with S = sigma/2 from the 4x4 operator in the eigenbasis of h1 + h2 "
                 "(numeric route; analytically U(R)*Delta0*Delta0'/(4*E*E')).",
                 numeric=NumericDefinition(engine("flipflop_eval"), ("Delta", "Delta0", "Delta_2", "Delta0_2", "U", "R"),
                                           "mpmath eigsy of the single-TLS h, Kronecker products")),
        Quantity("rabi_W2", s.Delta0**2 / E1**2 * sp.sin(s.t * E1 / 2) ** 2, "1", cite("(5)"),
                 "Rabi probability to find a TLS started in one well in the other after time t (OCR reconstruction)."),
        Quantity("rabi_W2_expm", None, "1", cite("(5)"), "The same probability from the exact propagator expm(-I*h*t) (mpmath).",
                 numeric=NumericDefinition(engine("rabi_eval"), ("Delta", "Delta0", "t"), "mpmath expm")),
        Quantity("pair_rate", sp.sqrt(s.Delta_p**2 + s.Delta0_p**2), "energy", cite("(7)"),
                 "Oscillation frequency 1/tau of a resonant pair (Delta_p < Delta0_p)."),
        Quantity("n_resonant", None, "1", cite("(8)"),
                 "Mean number of resonant partners N[Delta0, E] (u = Delta0/E), Delta' >= 0: r- and E'-integrals exact, "
                 "theta'-integral by quadrature; = pi*chi*u*log(L/r_min) when U/r_min**3 < E.",
                 numeric=NumericDefinition(engine("n_resonant_eval"), ("u", "E", "P", "U", "L", "r_min"), "quad over theta'")),
        Quantity("n_resonant_real", None, "1", cite("(8)"), "As n_resonant with Delta' real (both signs): twice the count.",
                 numeric=NumericDefinition(engine("n_resonant_real_eval"), ("u", "E", "P", "U", "L", "r_min"), "quad over theta'")),
        Quantity("chi_PU", 4 * sp.pi * P * U, "1", cite("(9)"), "chi = 4*pi*P*U (the 4*pi kept on purpose, Sect. 6)."),
        # Sect. 3 and Appendix
        Quantity("floquet_hopping", s.V * sp.besselj(s.p_ph - s.n_ph, s.x), "energy", cite("(13)"),
                 "Dressed-excitation hopping T_{in;jp} = U_ij*J_{p-n}((a_j - a_i)/omega), x = (a_j - a_i)/omega, V = U_ij."),
        Quantity("floquet_hopping_typical", U / R**3 * sp.sqrt(w / a), "energy", cite("(16)"),
                 "Typical |T_{i0;jn}| for |n| < a/omega: (U/R**3)*sqrt(omega/a)."),
        Quantity("r_omega", r_omega, "length", cite("(17)"), "Crossover radius where the typical hopping equals omega."),
        Quantity("n_res_sphere", 4 * sp.pi / 3 * r_omega**3 * P * a, "1", cite("(18)"),
                 "Partners with |E_i - E_j| < a (density P*a) inside r_omega."),
        Quantity("n_res_layer", sp.Integral(4 * sp.pi * R**2 * P * (U / R**3) * sp.sqrt(a / w), (R, s.r1, s.r2)), "1", cite("(19)"),
                 "Resonances in the layer r1 < R < r2 (OCR reconstruction of the integrand): a/omega channels, each "
                 "sqrt(omega/a) less probable."),
        Quantity("chi_omega", chi * sp.sqrt(a / w), "1", cite("(19)"), "Field-enhanced resonance parameter chi_omega = chi*sqrt(a/omega)."),
        Quantity("levitov_R1", r_omega * sp.exp(1 / chi_omega_pu), "length", cite("(19)", "Sect. 3, after Eq. (19)"),
                 "Distance of the first resonance for chi_omega << 1 (printed 'R_a'): r_omega*exp(1/chi_omega)."),
        Quantity("levitov_t1", (r_omega * sp.exp(1 / chi_omega_pu)) ** 3 / U, "time", cite("(19)", "Sect. 3, after Eq. (19)"),
                 "Time of the first hop, R1**3/U."),
        Quantity("R_a", R_a, "length", cite("(21)"), "Spacing of TLS with |E_i - E_j| < a, (P*a)**(-1/3)."),
        Quantity("R_a_count", None, "length", cite("(21)"), "R_a from the count (4*pi/3)*R**3*P*a = 1 (root found numerically).",
                 numeric=NumericDefinition(engine("r_a_count_eval"), ("P", "a"), "findroot in log R")),
        Quantity("hopping_at_Ra", U / R_a**3 * sp.sqrt(w / a), "energy", cite("(22)"), "Typical dressed hopping at R_a."),
        Quantity("tau_omega_inv", chi * sp.sqrt(a * w), "energy", cite("(23)"), "Dressed-excitation decay rate in the delocalized regime."),
        Quantity("bessel_rms", None, "1", cite("(16)"), "RMS of J_n(x) over the orders |n| < x.",
                 numeric=NumericDefinition(engine("bessel_rms_eval"), ("x",), "Miller backward recurrence")),
        Quantity("bessel_median", None, "1", cite("(16)"), "Median of |J_n(x)| over |n| < x.",
                 numeric=NumericDefinition(engine("bessel_median_eval"), ("x",), "Miller backward recurrence")),
        Quantity("bessel_abs_sum", None, "1", cite("(19)"),
                 "Sum of |J_n(x)| over |n| < x: the total weight of the a/omega photon channels.",
                 numeric=NumericDefinition(engine("bessel_sum_eval"), ("x",), "Miller backward recurrence")),
        Quantity("graf_sum", None, "1", cite("(62)"),
                 "sum_p J_{p-n}(x_j - x_i)*J_p(x_j), n = floor(nu): the right side of Graf's addition theorem (62) with m = 0.",
                 numeric=NumericDefinition(engine("graf_eval"), ("nu", "x_i", "x_j"), "Miller backward recurrence, truncated sum")),
        Quantity("bessel_debye", sp.besselj(nu_d, s.x), "1", cite("(15)"), "J_nu(x) at nu = c*x > x (beyond the last channel)."),
        Quantity("debye_approx", sp.exp(nu_d * (sp.tanh(al_d) - al_d)) / sp.sqrt(2 * sp.pi * nu_d * sp.tanh(al_d)), "1",
                 cite("(15)"), "Debye's asymptotic form of J_nu(nu*sech(alpha)), cosh(alpha) = nu/x (DLMF 10.19.3)."),
        Quantity("qe_mismatch_60", None, "1", cite("(60)"),
                 "Largest distance (in units of omega) between the quasi-energies of the truncated Eq. (60) (|m| <= 12) and "
                 "those of the one-period propagator of Eq. (11), for the frozen 3-site system of vitrum.numeric.floquet.",
                 numeric=NumericDefinition(engine("mismatch_60_eval"), ("omega", "a", "V"), FLOQUET_MP)),
        Quantity("qe_mismatch_64", None, "1", cite("(64)"), "As qe_mismatch_60 for the dressed system Eq. (64).",
                 numeric=NumericDefinition(engine("mismatch_64_eval"), ("omega", "a", "V"), FLOQUET_MP)),
        Quantity("qe_mismatch_13_printed", None, "1", cite("(13)"),
                 "As qe_mismatch_64 with the printed argument (a_j - a_j)/omega = 0 of Eq. (13).",
                 numeric=NumericDefinition(engine("mismatch_13_printed_eval"), ("omega", "a", "V"), FLOQUET_MP)),
        Quantity("floquet_gap_ratio", None, "1", cite("(14)"),
                 "Minimal quasi-energy splitting of two sites at the n-photon resonance over 2*|U*J_n(x)| (propagator of "
                 "Eq. (11), omega = 1, U = V in units of omega).",
                 numeric=NumericDefinition(engine("floquet_gap_eval"), ("V", "x", "n_ph"),
                                           "float64 DOP853 propagator (rtol 1e-12) + minimize_scalar (measured 5.7e-13 relative "
                                           "vs the mpmath Taylor propagator at 30 digits, n = 5, x = 7.7)", accuracy=5e-12)),
        # Sect. 4
        Quantity("P2", sp.pi**3 / 3 * N_star * f_thermal / s.Delta0_p**2, "1/(energy**2*volume)", cite("(24)-(27)"),
                 "Resonant-pair distribution of Eqs. (24)-(26) in closed form (Delta >= 0): the R-integral gives "
                 "(4*pi/3)*U*u*u'/Delta0_p**2, the angular integrals (pi/2)**2, the thermal integral T*f(Delta_p/T) with "
                 "f = log1p(tanh(d/2))/tanh(d/2). For Delta real multiply by 4."),
        Quantity("P2_quad", None, "1/(energy**2*volume)", cite("(24)-(26)"),
                 "P2 by quadrature of the polar-variable integrals (R-integral exact).",
                 numeric=NumericDefinition(engine("p2_eval"), ("Delta_p", "Delta0_p", "T", "P", "U"), "mpmath quad")),
        Quantity("P2_general", None, "1/(energy**2*volume)", cite("(27)"),
                 "P2 for an interaction U/R**alpha and a tunnelling distribution P*(Delta0/T)**(1-s)/Delta0 (s = 1: Eq. (1)).",
                 numeric=NumericDefinition(engine("p2_general_eval"), ("Delta_p", "Delta0_p", "T", "P", "U", "alpha", "s_dist"), "mpmath quad")),
        Quantity("N_star", N_star, "1/volume", cite("(28)"), "Resonant-pair density per strip as printed, (P*T)*(P*U)."),
        Quantity("N_strip_model", sp.Integral(N_star / s.Delta0_p, (s.Delta0_p, T / 2 ** (s.k + 1), T / 2**s.k)), "1/volume",
                 cite("(28)"),
                 "N_k = Integral(Integral(P2, (Delta_p, 0, Delta0_p)), (Delta0_p, T/2**(k+1), T/2**k)) for the model distribution "
                 "P2 = (P*T)*(P*U)/Delta0_p**2: P2 does not depend on Delta_p, so the inner integral is P2*Delta0_p."),
        Quantity("N_strip", None, "1/volume", cite("(28)"), "N_k from the exact P2 (one quadrature).",
                 numeric=NumericDefinition(engine("strip_eval"), ("k", "T", "P", "U"), "mpmath quad")),
        Quantity("R_star", N_star ** sp.Rational(-1, 3), "length", cite("(28)"), "Spacing of resonant pairs within a strip."),
        Quantity("interaction_RP", U / (N_star ** sp.Rational(-1, 3)) ** 3, "energy", cite("(29)"),
                 "Typical interaction of resonant pairs within a strip, U/R_***3 = U*N_*."),
        Quantity("tau2_inv_zero_field", chi**2 * T, "energy", cite("(33)"), "Dephasing rate without field."),
        Quantity("tau1_inv_zero_field", chi**3 * T, "energy", cite("(36)"), "Relaxation rate without field."),
        Quantity("spectral_diffusion_rate", (chi**2 * T) ** 2, "energy**2", cite("(34)"),
                 "Edot ~ 1/tau2**2 (OCR reconstruction of the symbol)."),
        Quantity("tau2_inv_from_tau1", tau2_from_tau1, "energy", cite("(35)"),
                 "1/tau2 = sqrt(chi*T/tau1) (Eq. (35)) for an input relaxation rate Gamma_in = 1/tau1."),
        Quantity("tau1_ph_inv", s.A_ph * T**3, "energy", cite(where="Sect. 6 (Ref. 9)"), "One-phonon relaxation rate A_ph*T**3."),
        Quantity("tau2_ph_inv", s.B_ph * T**2, "energy", cite(where="Sect. 4 (Ref. 11)"), "Phonon-induced dephasing B_ph*T**2."),
        # Sect. 5: Table 1
        *[Quantity(f"tau1_inv_row{i + 1}", tau1[i], "energy", cite("Table 1"), f"1/tau1 of Table 1, row {i + 1}.") for i in range(5)],
        *[Quantity(f"tau2_inv_row{i + 1}", tau2[i], "energy", cite("Table 1"), f"1/tau2 of Table 1, row {i + 1}.") for i in range(5)],
        Quantity("tau1_inv", piecewise_table(s, tau1), "energy", cite("Table 1"),
                 "Relaxation rate of Table 1 over (omega, a, T, chi); rows: 1 quasistatic, 2 adiabatic LZ, 3 non-adiabatic, "
                 "4 high frequency, 5 linear (a < omega, or a < chi*T). Outside the paper's domain (omega > T or a > T) the "
                 "nearest row is continued."),
        Quantity("tau2_inv", piecewise_table(s, tau2), "energy", cite("Table 1"), "Dephasing rate of Table 1 (rows as tau1_inv)."),
        Quantity("tau1_inv_with_phonons", piecewise_table(s, tau1) + s.A_ph * T**3, "energy", cite("Table 1", "Sect. 6"),
                 "Table-1 relaxation rate plus the one-phonon rate A_ph*T**3 (the crossover of Sect. 6)."),
        Quantity("regime_row", piecewise_table(s, [sp.Integer(i) for i in range(1, 6)]), "1", cite("Table 1"),
                 "Row index 1..5 of Table 1 at (T, a, omega, chi)."),
        *[Quantity(name, expr, "energy", cite(eq), f"Table-1 boundary {name}.")
          for (name, expr), eq in zip(b.items(), ("(38)", "(41)", "(49)", "(50)", "Table 1"))],
        Quantity("nu_adiabatic", P * a * r_omega**3, "1", cite("(42)"), "Number of adiabatic neighbours, P*a*r_omega**3."),
        Quantity("V_a", U / R_a**3, "energy", cite("(46)"), "Pair coupling at the spacing R_a."),
        Quantity("W_a", (U / R_a**3) ** 2 / (a * w), "1", cite("(47)"), "Non-adiabatic LZ probability V_a**2/(a*omega) (paper's rule)."),
        Quantity("N_1", N_1, "1", cite("(52)"), "Dressed-level crossings per spectral-diffusion quasi-period."),
        Quantity("N_1_count", sp.floor(N_1), "1", cite("(52)"),
                 "Number of levels n*omega swept by an energy excursion chi*T (integer count)."),
        Quantity("W_printed", W_printed, "1", cite("(53)"), "W = (V_a*tau2)**2 as printed, V_a = chi*a, tau2 from Eq. (35)."),
        Quantity("W_alt", W_alt, "1", cite("(53)"), "W = (T(R_a)*tau2)**2, T(R_a) = chi*sqrt(a*omega) (Eq. (16) at R_a)."),
        Quantity("r_out_printed", N_1 * W_printed * s.Gamma_in, "energy", cite("(54)"), "Output rate N_1*W/tau1 with the printed W."),
        Quantity("r_out_alt", N_1 * W_alt * s.Gamma_in, "energy", cite("(54)"), "Output rate N_1*W/tau1 with W = (T(R_a)*tau2)**2."),
        Quantity("lz_linear_probability", None, "1", cite("(40)"),
                 "Non-adiabatic transition probability of the linear Landau-Zener sweep from t = -oo to +oo at "
                 "delta = V**2/alpha (float64 ODE on a finite window; refused for delta > 2).",
                 numeric=NumericDefinition(engine("lz_linear_eval"), ("delta_LZ",),
                                           "DOP853 (rtol 1e-12) on [-t0, t0], t0 = 50*max(1, delta)/sqrt(alpha), superadiabatic "
                                           "projection (measured <= 7.8e-7 relative vs t0 = 200 for delta <= 2)",
                                           accuracy=5e-6)),
        Quantity("lz_cosine_probability", None, "1", cite("(46)"),
                 "Transition probability of one crossing of the drive a*cos(omega*t) (a = 30*V, delta = V**2/(a*omega)), "
                 "from turning point to turning point (float64 ODE; refused for delta > 3).",
                 numeric=NumericDefinition(engine("lz_cosine_eval"), ("delta_LZ",),
                                           "DOP853 (rtol 1e-11) over half a period (measured <= 2e-9 relative vs rtol 1e-14 for "
                                           "delta <= 3)", accuracy=1e-8)),
        Quantity("lz_transfer_exact", 1 - sp.exp(-2 * sp.pi * s.delta_LZ), "1", cite("(40), (47)"),
                 "Landau-Zener transfer probability of one crossing, 1 - exp(-2*pi*V**2/Edot)."),
        Quantity("lz_transfer_rule", sp.Min(s.delta_LZ, 1), "1", cite("(40), (47)"),
                 "The paper's rule: V**2/Edot for V**2 < Edot, ~1 otherwise."),
        Quantity("N_omega", N_omega, "1/volume", cite("(56)"), "Density of resonant dressed-excitation pairs (OCR reconstruction)."),
        Quantity("tau2_inv_eq57", U * N_omega, "energy", cite("(57)"), "Dephasing rate U*N_omega at high frequency."),
        *[Quantity(f"crossover_T_row{i}", None, "energy", cite(where="Sect. 6"),
                   f"Temperature where 1/tau1 of row {i} equals the phonon rate A_ph*T**3.",
                   numeric=NumericDefinition(engine(f"crossover_row{i}_eval"), ("a", "omega", "chi", "A_ph"), "secant in log T"))
          for i in range(1, 6)],
        # Sect. 6 conversions (SI inputs)
        Quantity("a_strain", s.gamma_def * s.strain / s.k_B, "energy", cite(where="Sect. 6"), "Field coupling gamma*epsilon in K."),
        Quantity("a_dipole", s.E_DC * s.mu_TLS / s.k_B, "energy", cite(where="Sect. 6"), "Field coupling E_DC*mu_TLS in K."),
        Quantity("omega_cyclic", s.h_P * s.f_Hz / s.k_B, "energy", cite(where="Sect. 6"), "hbar*omega in K for a cyclic frequency f (omega = 2*pi*f)."),
        Quantity("omega_angular", s.hbar_SI * s.f_Hz / s.k_B, "energy", cite(where="Sect. 6"), "hbar*omega in K for an angular frequency omega = f_Hz s^-1."),
        Quantity("P_nm", P_nm, "1/(energy*volume)", cite(where="Sect. 6"), "P in K^-1 nm^-3 from Pbar in J^-1 m^-3."),
        Quantity("length_PT", (P_nm * T) ** sp.Rational(-1, 3), "length", cite(where="Sect. 6"), "Spacing of thermal TLS, (P*T)**(-1/3), nm."),
        Quantity("length_R_star", (P_nm * T * pu_chi) ** sp.Rational(-1, 3), "length", cite("(28)", "Sect. 6"),
                 "Spacing of resonant pairs, ((P*T)*(P*U))**(-1/3) with P*U = chi/(4*pi), nm."),
        Quantity("length_R_a", (P_nm * a) ** sp.Rational(-1, 3), "length", cite("(21)", "Sect. 6"), "R_a = (P*a)**(-1/3), nm."),
        Quantity("length_N_omega", (P_nm * T * pu_chi * sp.sqrt(a / w)) ** sp.Rational(-1, 3), "length", cite("(56)", "Sect. 6"),
                 "Spacing of resonant dressed pairs, N_omega**(-1/3), nm."),
    ]
    qs += _mc_quantities()
    return qs


def _mc_quantities() -> list[Quantity]:
    """Monte Carlo statistics of the 1/R**3 energy shift (Eq. (32)), dimensionless, in units of n*U.
    They depend on no model parameter (scale invariance); n_density and U are listed so that the
    quantity can be applied like the others."""
    where = cite("(32)")
    nd = ("n_density", "U")
    return [
        Quantity("mc_sum_median", None, "1", where,
                 "median|S|/(n*U) of the random-sign sum from the seeded sample (40000 samples, 400 neighbours): an estimate "
                 "of the population value, the Cauchy scale of the infinite system; statistical accuracy.",
                 numeric=NumericDefinition(engine("mc_sum_median_eval"), nd, MC_STAT.format(se="0.75 %", batch="0.8 %"),
                                           accuracy=0.03)),
        Quantity("mc_sum_z", None, "1", where, "(median|S|/(n*U) - 2*pi**2/3)/standard error (random signs): the z-score "
                 "of the fixed seeded sample (seed 2005, 40000 samples, 400 neighbours).",
                 numeric=NumericDefinition(engine("mc_sum_z_eval"), nd, MC_Z.format(err="8.9e-15"), accuracy=5e-13)),
        Quantity("mc_sum_z_dipolar", None, "1", where, "(median|S|/(n*U) - (2*pi**2/3)*4/(3*sqrt(3)))/standard error (dipolar "
                 "factor): the z-score of the fixed seeded sample.",
                 numeric=NumericDefinition(engine("mc_sum_z_dipolar_eval"), nd, MC_Z.format(err="1.5e-14"), accuracy=5e-13)),
        Quantity("mc_nearest_z", None, "1", where, "(median nearest term/(n*U) - 4*pi/(3*log 2))/standard error: the z-score "
                 "of the fixed seeded sample.",
                 numeric=NumericDefinition(engine("mc_nearest_z_eval"), nd, MC_Z.format(err="8.2e-14"), accuracy=5e-13)),
        Quantity("mc_ratio", None, "1", where, "median|S|/median|nearest term| (random signs) from the seeded sample: an "
                 "estimate of the population ratio; statistical accuracy.",
                 numeric=NumericDefinition(engine("mc_ratio_eval"), nd, MC_STAT.format(se="0.7 %", batch="1.0 %"),
                                           accuracy=0.04)),
        Quantity("mc_ratio_z", None, "1", where, "(ratio - pi*log(2)/2)/standard error: the z-score of the fixed seeded sample.",
                 numeric=NumericDefinition(engine("mc_ratio_z_eval"), nd, MC_Z.format(err="2.1e-14"), accuracy=5e-13)),
        Quantity("mc_sum_scaled", None, "energy", where,
                 "median|S| at density n_density and coupling U (independent run per density, 320000 samples): an estimate "
                 "of the population median (2*pi**2/3)*n*U; statistical accuracy.",
                 numeric=NumericDefinition(engine("mc_sum_scaled_eval"), nd,
                                           "seeded numpy Monte Carlo: statistical, one standard error 0.32 % (spread over 30 seeds; "
                                           "mean 0.22 % above the population value), stated ~4.5 standard errors", accuracy=0.015)),
    ]


# --- claim helpers ---------------------------------------------------------------------------------
def fixed(s: Symbols, expr: sp.Expr, values: dict) -> sp.Expr:
    """``expr`` at fixed parameter values (a claim about one stated point: nothing left to sample)."""
    return sp.sympify(expr).xreplace({getattr(s, k): sp.Float(v) for k, v in values.items()})


def band(cid: str, ratio: sp.Expr, statement: str, citation: Citation, **kw) -> Inequality:
    """The prefactor lhs/rhs of an '~' claim lies in the paper's band [1e-2, 1e2] (Sect. 6)."""
    return Inequality(cid, statement=statement, citation=citation, lhs=sp.Abs(log10(ratio)), rhs=BAND, op="<=",
                      timeout=kw.pop("timeout", FAST), **kw)


def ident(cid, lhs, rhs, statement, citation, **kw) -> Identity:
    return Identity(cid, statement=statement, citation=citation, lhs=lhs, rhs=rhs, timeout=kw.pop("timeout", FAST), **kw)


def ineq(cid, lhs, rhs, op, statement, citation, **kw) -> Inequality:
    return Inequality(cid, statement=statement, citation=citation, lhs=lhs, rhs=rhs, op=op, timeout=kw.pop("timeout", FAST), **kw)


def scaling(cid, expr, var, point, exponent, rng, statement, citation, **kw) -> Scaling:
    return Scaling(cid, statement=statement, citation=citation, expr=expr, var=var, point=point, exponent=sp.sympify(exponent),
                   eps_range=rng, timeout=kw.pop("timeout", FAST), **kw)


# --- claims: Section 2 -------------------------------------------------------------------------------
def _claims_sec2(s: Symbols, Q) -> list:
    chi_pu = 4 * sp.pi * s.P * s.U
    elem = Q["flipflop_element"]()
    printed = Q["flipflop_amplitude"]()
    c1, c2 = sp.Function("c_up")(s.t), sp.Function("c_down")(s.t)
    E1 = energy(s.Delta, s.Delta0)
    h = sp.Matrix([[s.Delta / 2, -s.Delta0 / 2], [-s.Delta0 / 2, -s.Delta / 2]])
    amp = sp.Matrix([sp.cos(E1 * s.t / 2) - sp.I * s.Delta / E1 * sp.sin(E1 * s.t / 2), sp.I * s.Delta0 / E1 * sp.sin(E1 * s.t / 2)])
    lhs_vec = [sp.I * sp.Derivative(c1, s.t), sp.I * sp.Derivative(c2, s.t)]
    rhs_vec = h * sp.Matrix([c1, c2])
    nres_b = Q["n_resonant"](P=s.chi / (4 * sp.pi * s.U), u=1)
    nres_b_real = Q["n_resonant_real"](P=s.chi / (4 * sp.pi * s.U), u=1)
    corner = {"chi": 1e-2, "L": 1e7, "r_min": 0.1}
    return [
        ident("bp2005.eq4", 2 * elem, printed,
              "Delta0_p = U(R)*Delta0*Delta0'/(E*E') 'as follows from Eqs. (2), (3)' (read as the pseudospin amplitude of the "
              "flip-flop doublet, h_p = Delta_p*S^z - Delta0_p*S^x, with S = sigma/2 as in Eq. (2))", cite("(4)"),
              expect="fails",
              reason="with S = sigma/2 in both (2) and (3) the flip-flop element <e,g|U S1z S2z|g,e> is U*Delta0*Delta0'/(4*E*E') "
                     "(4x4 mpmath route), so the pseudospin amplitude 2*|element| is U*Delta0*Delta0'/(2*E*E'): half the printed "
                     "value (ratio 0.5 at every sample point). The printed form is the element for Pauli S^z (bp2005.eq4.pauli).",
              corrected=ident("bp2005.eq4.corrected", 2 * elem, printed / 2,
                              "pseudospin flip-flop amplitude with S = sigma/2: U(R)*Delta0*Delta0'/(2*E*E')", cite("(4)"),
                              timeout=NUMERIC)),
        ident("bp2005.eq4.pauli", 4 * elem, printed,
              "with S^z read as the Pauli matrix sigma^z (eigenvalues +-1) in Eq. (3), the flip-flop matrix element "
              "<e,g|U(R) S1z S2z|g,e> equals the printed Delta0_p", cite("(4)"), timeout=NUMERIC),
        ident("bp2005.eq5", Q["rabi_W2_expm"](), Q["rabi_W2"](),
              "W2(t) = Delta0**2/(Delta**2 + Delta0**2)*sin(t*sqrt(Delta**2 + Delta0**2)/2)**2 (OCR reconstruction): the probability "
              "to find the TLS started in one well in the other; checked against |<down|expm(-I*h*t)|up>|**2 at 30 digits",
              cite("(5)"), timeout=NUMERIC),
        Solves("bp2005.eq5.schrodinger", statement="the amplitudes c_up = cos(E*t/2) - I*(Delta/E)*sin(E*t/2), "
               "c_down = I*(Delta0/E)*sin(E*t/2) (|c_down|**2 = W2) solve I*c' = h*c, h = Delta*S^z - Delta0*S^x",
               citation=cite("(5)"),
               system=((sp.Eq(lhs_vec[0], rhs_vec[0]), (c1, amp[0])), (sp.Eq(lhs_vec[1], rhs_vec[1]), (c2, amp[1]))),
               timeout=FAST),
        ineq("bp2005.eq7", Q["pair_rate"](Delta_p=s.q * s.Delta0_p) / s.Delta0_p, sp.sqrt(2), "<=",
             "for a resonant pair (Delta_p < Delta0_p) 1/tau = sqrt(Delta_p**2 + Delta0_p**2) ~ Delta0_p (ratio between 1 and sqrt(2))",
             cite("(7)")),
        Asymptote("bp2005.eq8.A", statement="N[Delta0, E] ~ chi*(Delta0/E)*log(L/a) as L/a -> oo; prefactor pi for Delta' >= 0",
                  citation=cite("(8)"), expr=Q["n_resonant"](), approx=sp.pi * chi_pu * s.u * sp.log(s.L / s.r_min), var=s.L,
                  point=sp.oo, order=Order(1, "log"), eps_range=(1e2, 1e10), timeout=NUMERIC,
                  note="the residual is -D/log(L/r_min): the near side 0 < E' < E is cut at E' = 0 when U/r_min**3 > E"),
        Asymptote("bp2005.eq8.A_real", statement="as bp2005.eq8.A with Delta' real (both signs): prefactor 2*pi",
                  citation=cite("(8)"), expr=Q["n_resonant_real"](), approx=2 * sp.pi * chi_pu * s.u * sp.log(s.L / s.r_min),
                  var=s.L, point=sp.oo, order=Order(1, "log"), eps_range=(1e2, 1e10), timeout=NUMERIC),
        ident("bp2005.eq8.A.linear", (Q["n_resonant"](L=10 * s.L) - Q["n_resonant"]()) / sp.log(10), sp.pi * chi_pu * s.u,
              "the coefficient of log L in N[Delta0, E] is linear in Delta0/E: exactly pi*chi*(Delta0/E) (Delta' >= 0)",
              cite("(8)"), timeout=NUMERIC),
        band("bp2005.eq8.A.band", Q["n_resonant"](L=sp.Float("1e9") * s.r_min) / (chi_pu * s.u * sp.log(sp.Float("1e9"))),
             "the prefactor of N[Delta0, E] ~ chi*(Delta0/E)*log(L/a) (about pi at L/a = 1e9) is within [1e-2, 1e2]",
             cite("(8)"), timeout=NUMERIC),
        ineq("bp2005.eq8.B", nres_b, 1, "<",
             "'the number of resonant neighbors is much less than unity for any reasonable sample size': N < 1 for "
             "chi in [1e-3, 1e-2], Delta0/E = 1, L/a up to 1e8 (Delta' >= 0; worst corner first)",
             cite("(8)"), at=corner, timeout=NUMERIC,
             note="largest value 0.52 at chi = 1e-2, L/r_min = 1e8: below 1, but not much below"),
        ineq("bp2005.eq8.B.real", nres_b_real, 1, "<", "as bp2005.eq8.B with Delta' real (both signs)", cite("(8)"),
             at=corner, timeout=NUMERIC, expect="fails",
             reason="with both signs of Delta' N doubles: N = 1.04 at chi = 1e-2, Delta0/E = 1, L/r_min = 1e8 (U = 10 K nm^3, "
                    "E = 30 mK); N < 1 needs chi*log(L/r_min) below about 1/(2*pi)"),
        ineq("bp2005.eq9", sp.Max(sp.Abs(log10(4 * sp.pi * sp.Float("1e-4") / sp.Float("1e-3"))),
                                  sp.Abs(log10(4 * sp.pi * sp.Float("1e-3") / sp.Float("1e-2")))), sp.Rational(1, 2), "<",
             "chi = 4*pi*P*U ~ 1e-3..1e-2 is consistent with P*U ~ 1e-4..1e-3 (band edges agree within half a decade)",
             cite("(9)", "Sect. 2 and Sect. 6")),
        ineq("bp2005.eq9.factor", sp.Abs(log10(4 * sp.pi) - 1), sp.Rational(1, 2), "<",
             "the factor 4*pi raises P*U 'by the order of magnitude'", cite("(9)", "Sect. 6")),
    ]


# --- claims: Section 3 and Appendix ------------------------------------------------------------------
def _eq60_sides(s: Symbols) -> tuple[sp.Expr, sp.Expr]:
    """Both sides of the Fourier bookkeeping behind Eq. (60), for explicit harmonics |m| <= 3.

    b_i = exp(-I*eps*t)*sum_m c_im*exp(-I*m*omega*t) (Eq. (59)), b_j likewise. The lhs is Eq. (11)'s
    residual I*b_i' - (E_i - a_i*cos(omega*t))*b_i - U_ij*b_j (derivative taken by sympy); the rhs
    is exp(-I*eps*t)*sum_m exp(-I*m*omega*t)*R_m with R_m = eps*c_im - [(E_i - m*omega)*c_im
    - (a_i/2)*(c_i,m+1 + c_i,m-1) + U_ij*c_jm], the residual of Eq. (60). Equal for every t: b
    solves (11) iff every R_m = 0, i.e. iff (60) holds."""
    t, eps, w, E, a, V = s.t, s.eps_q, s.omega, s.E, s.a, s.V
    M = 3
    ci = {m: sp.Rational(1, m * m + 2) + sp.Rational(m, 7) for m in range(-M, M + 1)}
    cj = {m: sp.Rational((-1) ** m, m * m + 3) for m in range(-M, M + 1)}
    b_i = sp.exp(-sp.I * eps * t) * sum(c * sp.exp(-sp.I * m * w * t) for m, c in ci.items())
    b_j = sp.exp(-sp.I * eps * t) * sum(c * sp.exp(-sp.I * m * w * t) for m, c in cj.items())
    lhs = sp.I * sp.diff(b_i, t) - (E - a * sp.cos(w * t)) * b_i - V * b_j
    rhs = 0
    for m in range(-M - 1, M + 2):
        c, cp, cm, cjm = ci.get(m, 0), ci.get(m + 1, 0), ci.get(m - 1, 0), cj.get(m, 0)
        r_m = eps * c - ((E - m * w) * c - a / 2 * (cp + cm) + V * cjm)
        rhs += sp.exp(-sp.I * m * w * t) * r_m
    return lhs, sp.exp(-sp.I * eps * t) * rhs


def _claims_sec3(s: Symbols, Q) -> list:
    T, a, w, chi, P, U = s.T, s.a, s.omega, s.chi, s.P, s.U
    chi_pu = 4 * sp.pi * P * U
    order = 2 * sp.floor(s.nu) + 1  # odd n - m in [-25, 25], never 0 (J_0 recurrence is 0 = 0)
    x = s.x_i
    n62 = sp.floor(s.nu)
    lhs60, rhs60 = _eq60_sides(s)
    floquet_at = {"omega": 1e-6, "a": 2.3e-6, "V": 1.5e-7}
    om_deloc = a * chi_pu**2 / s.chi_w**2  # omega with chi_omega(P, U) = chi_w
    nlayer = Q["n_res_layer"]
    om_levitov = a * chi_pu**2 / ((1 + s.w) / 10) ** 2
    return [
        ineq("bp2005.sec3.scales", sp.Abs(log10(Q["omega_cyclic"](f_Hz=10**5) / sp.Float("1e-5"))), sp.Rational(1, 2), "<",
             "'100 kHz corresponding to the energy 1e-5 K' (100 kHz read as a cyclic frequency: h*f/k_B = 4.8e-6 K)",
             cite("(10)", "Sect. 3")),
        ineq("bp2005.sec3.scales.omega", sp.Abs(log10(Q["omega_angular"](f_Hz=10**5) / sp.Float("1e-5"))), sp.Rational(1, 2), "<",
             "the same with 100 kHz read as an angular frequency omega = 1e5 s^-1", cite("(10)", "Sect. 3"), expect="fails",
             reason="hbar*(1e5 s^-1)/k_B = 7.6e-7 K, 1.1 decades below 1e-5 K: the paper's number needs the cyclic reading"),
        ident("bp2005.eq60", lhs60, rhs60,
              "substituting b_i = exp(-I*eps*t)*sum_m c_im*exp(-I*m*omega*t) (59) into (11) gives, harmonic by harmonic, "
              "eps*c_im = (E_i - m*omega)*c_im - (a_i/2)*(c_i,m+1 + c_i,m-1) + sum_j U_ij*c_jm (60)", cite("(59)-(60)"),
              timeout=6.0),
        ident("bp2005.eq61.printed", order * w * sp.besselj(order, a / w),
              a / 2 * (sp.besselj(order + 1, a / w) + sp.besselj(order + 1, a / w)),
              "(n-m)*omega*J_{n-m}(a_i/omega) = (a_i/2)*[J_{(n-m)+1}(a_i/omega) + J_{(n-m)+1}(a_i/omega)] (as printed)",
              cite("(61)"), expect="fails", timeout=NUMERIC,
              reason="the printed sum repeats J_{(n-m)+1}; the Bessel recurrence needs J_{(n-m)+1} + J_{(n-m)-1} (bp2005.eq61.alt)"),
        ident("bp2005.eq61.alt", order * w * sp.besselj(order, a / w),
              a / 2 * (sp.besselj(order + 1, a / w) + sp.besselj(order - 1, a / w)),
              "(n-m)*omega*J_{n-m}(a_i/omega) = (a_i/2)*[J_{n-m+1} + J_{n-m-1}](a_i/omega): the last sum of (61) vanishes "
              "term by term (odd n - m sampled)", cite("(61)"), timeout=NUMERIC),
        ident("bp2005.eq62", sp.besselj(n62, x), Q["graf_sum"](),
              "Graf's addition theorem: J_{n-m}(a_i/omega) = sum_p J_{p-n}((a_j - a_i)/omega)*J_{p-m}(a_j/omega) (m = 0; "
              "left side mpmath besselj, right side Miller sequences summed over |p| <= K, the tail below the working precision)", cite("(62)"), timeout=NUMERIC),
        Value("bp2005.eq64", statement="(60)-(63) give (64): the quasi-energies of the dressed system (64) agree with those "
              "of the one-period propagator of (11) (3-site system, a/omega = 2.3, U/omega = 0.15, |n| <= 12)",
              citation=cite("(64)"), expr=Q["qe_mismatch_64"](), value=0, rtol=1e-9, at=floquet_at, timeout=NUMERIC,
              note="precision-generic mpmath routes: the certified mismatch is 8.7e-17 (the |n| <= 12 truncation; 1.5e-18 for "
                   "(60)); the float64 routes of vitrum.numeric.floquet reproduce the quasi-energies to 2e-14 only"),
        Value("bp2005.eq64.eq60", statement="the truncated extended system (60) has the quasi-energies of the propagator of (11)",
              citation=cite("(60)"), expr=Q["qe_mismatch_60"](), value=0, rtol=1e-9, at=floquet_at, timeout=NUMERIC),
        Value("bp2005.eq13.printed", statement="T_{in;jp} = U_ij*J_{p-n}((a_j a_j)/omega) read literally, (a_j - a_j)/omega = 0: "
              "the quasi-energies of (13) agree with the propagator of (11)", citation=cite("(13)"),
              expr=Q["qe_mismatch_13_printed"](), value=0, rtol=1e-9, at=floquet_at, timeout=NUMERIC, expect="fails",
              reason="with the argument 0, J_{p-n}(0) = delta_pn and the field drops out of the hopping: the quasi-energies miss "
                     "those of (11) by 0.035*omega; the argument must be (a_j - a_i)/omega (bp2005.eq13.alt = Eq. (64))"),
        Value("bp2005.eq13.alt", statement="T_{in;jp} = U_ij*J_{p-n}((a_j - a_i)/omega): the quasi-energies of (13) agree with "
              "the propagator of (11)", citation=cite("(13)"), expr=Q["qe_mismatch_64"](), value=0, rtol=1e-9,
              at=floquet_at, timeout=NUMERIC),
        Value("bp2005.eq14", statement="n-photon resonance when |E_i - n*omega - E_j| <= |U_ij*J_n((a_j - a_i)/omega)|: the "
              "minimal quasi-energy splitting of two sites near E_i - E_j = n*omega is 2*|U*J_n| (n = 2, x = 3.3, U = 1e-3*omega)",
              citation=cite("(14)"), expr=Q["floquet_gap_ratio"](), value=1, rtol=1e-4,
              at={"V": 1e-3, "x": 3.3, "n_ph": 2}, timeout=NUMERIC,
              note="corrections are O((U/omega)**2); the measured ratio is 1 - 2e-7"),
        Value("bp2005.eq14.b", statement="as bp2005.eq14 for n = 5, x = 7.7", citation=cite("(14)"),
              expr=Q["floquet_gap_ratio"](), value=1, rtol=1e-4, at={"V": 1e-3, "x": 7.7, "n_ph": 5}, timeout=NUMERIC),
        Asymptote("bp2005.eq15", statement="for |n| > a/omega the Bessel function 'is exponentially small': J_{c*x}(x) follows "
                  "Debye's form exp(nu*(tanh(al) - al))/sqrt(2*pi*nu*tanh(al)), cosh(al) = c, as x -> oo (c = 1.5)",
                  citation=cite("(15)"), expr=Q["bessel_debye"](), approx=Q["debye_approx"](), var=s.x, point=sp.oo,
                  order=Order(1), eps_range=(10, 1000), at={"c_debye": 1.5}, timeout=NUMERIC),
        Asymptote("bp2005.eq15.near", statement="as bp2005.eq15 just beyond the last channel, c = 1.05", citation=cite("(15)"),
                  expr=Q["bessel_debye"](), approx=Q["debye_approx"](), var=s.x, point=sp.oo, order=Order(1),
                  eps_range=(10, 1000), at={"c_debye": 1.05}, timeout=NUMERIC),
        Limit("bp2005.eq15.rate", statement="log(J_{c*x}(x))/x -> c*(tanh(al) - al) < 0: exponential decay in a/omega (c = 1.5)",
              citation=cite("(15)"), expr=sp.log(Q["bessel_debye"]()) / s.x,
              value=s.c_debye * (sp.tanh(sp.acosh(s.c_debye)) - sp.acosh(s.c_debye)), var=s.x, point=sp.oo,
              eps_range=(10, 1000), at={"c_debye": 1.5}, timeout=NUMERIC),
        scaling("bp2005.eq16", Q["bessel_rms"](), s.x, sp.oo, sp.Rational(-1, 2), (10, 3e3),
                "typical |T_{i0;jn}| ~ (U/R**3)*sqrt(omega/a) for |n| < a/omega: the RMS of J_n(x) over |n| < x scales as x**(-1/2)",
                cite("(16)"), timeout=NUMERIC),
        scaling("bp2005.eq16.median", Q["bessel_median"](), s.x, sp.oo, sp.Rational(-1, 2), (10, 3e3),
                "the median of |J_n(x)| over |n| < x scales as x**(-1/2)", cite("(16)"), timeout=NUMERIC),
        band("bp2005.eq16.band", Q["bessel_rms"](x=1000) * sp.sqrt(1000),
             "the prefactor of the typical |J_n(a/omega)| ~ sqrt(omega/a) (RMS: 0.70, -> 1/sqrt(2)) is within [1e-2, 1e2]",
             cite("(16)"), timeout=NUMERIC),
        ident("bp2005.eq17", Q["floquet_hopping_typical"](R=Q["r_omega"]()), w,
              "the hopping (U/R**3)*sqrt(omega/a) exceeds omega for R < r_omega = (U/sqrt(a*omega))**(1/3)", cite("(17)")),
        ident("bp2005.eq18", Q["n_res_sphere"](), chi_pu / 3 * sp.sqrt(a / w),
              "N(r_omega) = (4*pi/3)*r_omega**3*P*a = (chi/3)*sqrt(a/omega)", cite("(18)")),
        ident("bp2005.eq19.A", nlayer(), Q["chi_omega"](chi=chi_pu) * sp.log(s.r2 / s.r1),
              "N(r1, r2) = Integral(4*pi*R**2*P*(U/R**3)*sqrt(a/omega), (R, r1, r2)) = chi_omega*log(r2/r1), "
              "chi_omega = chi*sqrt(a/omega) (OCR reconstruction of the integrand)", cite("(19)")),
        ident("bp2005.eq19.B.factor", nlayer() / (chi_pu * sp.log(s.r2 / s.r1)), sp.sqrt(a / w),
              "compared with (8) the resonance parameter grows 'by the large factor sqrt(a/omega)'", cite("(19)")),
        scaling("bp2005.eq19.B", Q["bessel_abs_sum"](), s.x, sp.oo, sp.Rational(1, 2), (10, 3e3),
                "a/omega channels, each sqrt(omega/a) less probable: the summed channel weight sum_{|n|<x} |J_n(x)| grows as "
                "x**(1/2) (the Bessel version of the factor sqrt(a/omega))", cite("(19)"), timeout=NUMERIC),
        ident("bp2005.sec3.levitov", nlayer(r1=Q["r_omega"](), r2=Q["levitov_R1"]()).subs(w, om_levitov), 1,
              "for chi_omega << 1 the first resonance is at R ~ r_omega*exp(1/chi_omega): N(r_omega, R) = 1 (sampled at "
              "chi_omega = (1 + w)/10 in [0.11, 0.4], where the quadrature over r_omega < R < r_omega*exp(1/chi_omega) is resolved)",
              cite("(19)")),
        ident("bp2005.sec3.levitov.t1", Q["chi_omega"](chi=chi_pu) * sp.log(Q["levitov_t1"]() * sp.sqrt(a * w)), 3,
              "t1 ~ R**3/U grows as exp(3/chi_omega): chi_omega*log(t1*sqrt(a*omega)) = 3", cite("(19)")),
        ineq("bp2005.sec3.layer", nlayer(r2=2 * s.r1, omega=om_deloc), 1, ">",
             "for chi_omega > 1 'the number of resonances exceeds unity in each spherical layer r1 < R < 2*r1'",
             cite("(19)", "Sect. 3"), at={"chi_w": 1.2}, expect="fails",
             reason="N(r1, 2*r1) = chi_omega*log(2): 0.83 at chi_omega = 1.2 (0.69 at chi_omega = 1); it exceeds 1 only for "
                    "chi_omega > 1/log(2) = 1.44",
             corrected=ineq("bp2005.sec3.layer.corrected", nlayer(r2=2 * s.r1, omega=a * chi_pu**2 * sp.log(2) ** 2 / (1 + s.w) ** 2),
                            1, ">", "N(r1, 2*r1) > 1 for chi_omega = (1 + w)/log(2) > 1/log(2)", cite("(19)", "Sect. 3"))),
        ident("bp2005.eq20", Q["chi_omega"](omega=a * chi**2), 1,
              "delocalization iff chi*sqrt(a/omega) > 1, i.e. omega < a*chi**2 (OCR reconstruction): chi_omega = 1 at omega = a*chi**2",
              cite("(20)")),
        scaling("bp2005.eq21", Q["R_a_count"](), a, sp.oo, sp.Rational(-1, 3), (1e-6, 1e-1),
                "R_a ~ (P*a)**(-1/3) from N(R_a) ~ 1: the root of (4*pi/3)*R**3*P*a = 1 scales as a**(-1/3)", cite("(21)"),
                timeout=NUMERIC),
        ident("bp2005.eq21.prefactor", Q["R_a_count"]() / Q["R_a"](), (3 / (4 * sp.pi)) ** sp.Rational(1, 3),
              "R_a from the count is (3/(4*pi))**(1/3) = 0.62 times (P*a)**(-1/3)", cite("(21)"), timeout=NUMERIC),
        band("bp2005.eq21.band", Q["R_a_count"]() / Q["R_a"](), "the prefactor of R_a ~ (P*a)**(-1/3) is within [1e-2, 1e2]",
             cite("(21)"), timeout=NUMERIC),
        ineq("bp2005.eq21.inside", Q["R_a"](), Q["r_omega"](omega=a * chi_pu**2 / (1 + s.w) ** 2), "<",
             "'the distance R_a < r_omega' between nearest resonant neighbours when excitations are delocalized (chi_omega > 1)",
             cite("(21)"), expect="fails",
             reason="r_omega**3/R_a**3 = P*U*sqrt(a/omega) = chi_omega/(4*pi): with chi_omega = 1.7 (w = 0.7) R_a = 1.95*r_omega; "
                    "R_a < r_omega needs chi_omega > 4*pi (or > 3 with R_a from the count N(R_a) = 1)",
             corrected=ineq("bp2005.eq21.inside.corrected", Q["R_a"](), Q["r_omega"](omega=a / (4 * sp.pi * (1 + s.w)) ** 2 * chi_pu**2),
                            "<", "R_a < r_omega for chi_omega = 4*pi*(1 + w) > 4*pi", cite("(21)"))),
        ident("bp2005.eq22", Q["hopping_at_Ra"](), chi_pu * sp.sqrt(a * w) / (4 * sp.pi),
              "T(R_a) = (U/R_a**3)*sqrt(omega/a) ~ chi*sqrt(a*omega): the ratio is the pure number 1/(4*pi)", cite("(22)")),
        scaling("bp2005.eq22.scaling_a", Q["hopping_at_Ra"](), a, sp.oo, HALF, (1e-6, 1e-1), "T(R_a) grows as a**(1/2)", cite("(22)")),
        scaling("bp2005.eq22.scaling_omega", Q["hopping_at_Ra"](), w, 0, HALF, (1e-2, 1e-12), "T(R_a) grows as omega**(1/2)",
                cite("(22)")),
        band("bp2005.eq22.band", Q["hopping_at_Ra"]() / (chi_pu * sp.sqrt(a * w)),
             "the prefactor 1/(4*pi) = 0.080 of T(R_a) ~ chi*sqrt(a*omega) is within [1e-2, 1e2]", cite("(22)")),
        ident("bp2005.eq23", Q["tau_omega_inv"](), chi * sp.sqrt(a * w),
              "1/tau_omega ~ chi*(a*omega)**(1/2), the hopping (22) at R_a", cite("(23)")),
    ]


# --- claims: Section 4 -------------------------------------------------------------------------------
def _claims_sec4(s: Symbols, Q) -> list:
    T, chi, P, U = s.T, s.chi, s.P, s.U
    chi_pu = 4 * sp.pi * P * U
    N_star = Q["N_star"]()
    eps = sp.Symbol("eps", positive=True)
    small = Regime(eps, 0, {s.Delta_p: eps * T / 3, s.Delta0_p: eps * T / 2}, "Delta_p, Delta0_p << T")
    model_p2 = sp.pi**3 / 3 * N_star / s.Delta0_p**2
    out = [
        Asymptote("bp2005.eq27.A", statement="P2 ~ (P*T)*(P*U)/Delta0_p**2 'within the logarithmic accuracy' for "
                  "Delta_p, Delta0_p << T: exactly (pi**3/3)*(P*T)*(P*U)*f(Delta_p/T)/Delta0_p**2 with f -> 1 (Delta >= 0); "
                  "no logarithm survives", citation=cite("(27)"), expr=Q["P2"](), approx=model_p2, regime=small,
                  order=Order(1), eps_range=(1e-1, 1e-7), timeout=FAST),
        ident("bp2005.eq27.A.quad", Q["P2_quad"](), Q["P2"](),
              "the closed form of P2 (R-integral exact, thermal factor log1p(tanh(d/2))/tanh(d/2)) equals the quadrature of "
              "Eqs. (24)-(26) in polar variables", cite("(24)-(26)"), timeout=2 * NUMERIC),
        scaling("bp2005.eq27.A.exponent", Q["P2"](), s.Delta0_p, 0, -2, (1e-2, 1e-8),
                "P2 ~ Delta0_p**(-2): exponent -2, no logarithmic correction", cite("(27)")),
        band("bp2005.eq27.A.band", Q["P2"](Delta_p=T * sp.Float("1e-12")) * s.Delta0_p**2 / N_star,
             "the prefactor pi**3/3 = 10.3 of P2 ~ (P*T)*(P*U)/Delta0_p**2 is within [1e-2, 1e2] (4*pi**3/3 = 41 for Delta real)",
             cite("(27)")),
        Limit("bp2005.eq27.B", statement="P2 'does not depend on an asymmetry parameter Delta_p' (Delta_p << T): "
              "P2(Delta_p)/P2(0) -> 1", citation=cite("(27)"), expr=Q["P2"]() / model_p2, value=1, var=s.Delta_p, point=0,
              timeout=FAST),
        ineq("bp2005.eq27.B.range", Q["P2"]() / model_p2, sp.log(2), ">=",
             "over all Delta_p the dependence is weak: P2(Delta_p)/P2(0) stays between log(2) and 1 (0.71 at Delta_p = 3*T)",
             cite("(27)")),
    ]
    for alpha in (2, 4, 6):
        out.append(scaling(f"bp2005.eq27.C.alpha{alpha}", Q["P2_general"](), s.Delta0_p, 0, -1 - sp.Rational(3, alpha), (1e-3, 1e-7),
                           f"the Delta0_p**-2 law 'is a consequence of the R**-3 interaction': with U/R**{alpha} the exponent is "
                           f"-1 - 3/{alpha}", cite("(27)"), at={"alpha": alpha}, timeout=NUMERIC))
    for sd, tag in ((0.5, "s0_5"), (1.25, "s1_25")):
        out.append(scaling(f"bp2005.eq27.C.{tag}", Q["P2_general"](), s.Delta0_p, 0, -2, (1e-3, 1e-7),
                           f"'... not related to the initial distribution Eq. (1)': with P/Delta0**{sd} the exponent stays -2",
                           cite("(27)"), at={"s_dist": sd}, timeout=NUMERIC))
    out += [
        ident("bp2005.eq28", Q["N_strip_model"](), N_star * sp.log(2),
              "N_k ~ (P*T)*(P*U) 'completely independent' of k: with P2 = (P*T)*(P*U)/Delta0_p**2 the strip holds "
              "(P*T)*(P*U)*log(2) for every k", cite("(28)"), timeout=NUMERIC),
        Asymptote("bp2005.eq28.exact", statement="with the exact P2 the strip density tends to (pi**3*log(2)/3)*(P*T)*(P*U) "
                  "as k -> oo, the k-dependence decaying like 2**-k (it breaks only for Delta0_p -> T: -8% at k = 0)",
                  citation=cite("(28)"), expr=Q["N_strip"](), approx=sp.pi**3 * sp.log(2) / 3 * N_star, var=s.k, point=sp.oo,
                  order=Order(kind="exp"), eps_range=(1, 40), timeout=NUMERIC),
        band("bp2005.eq28.band", Q["N_strip"](k=30) / N_star,
             "the prefactor pi**3*log(2)/3 = 7.16 of N_k ~ (P*T)*(P*U) is within [1e-2, 1e2]", cite("(28)"), timeout=NUMERIC),
        ident("bp2005.eq29", Q["interaction_RP"](), chi_pu**2 * T / (16 * sp.pi**2),
              "U/R_***3 = U*N_* ~ T*chi**2, the same in every strip: with N_* = (P*T)*(P*U) the ratio is 1/(16*pi**2)",
              cite("(29)")),
        band("bp2005.eq29.band", Q["interaction_RP"]() / (chi_pu**2 * T),
             "the prefactor of U*N_* ~ T*chi**2 is within [1e-2, 1e2]", cite("(29)"), expect="fails",
             reason="U*(P*T)*(P*U) = T*chi**2/(16*pi**2): the prefactor 0.0063 is 2.2 decades below 1; each '~' that drops "
                    "the 4*pi of chi = 4*pi*P*U costs a factor 12.6 and (29) is quadratic in P*U",
             corrected=band("bp2005.eq29.band.corrected", U * Q["N_strip"]() / (chi_pu**2 * T),
                            "with the computed strip density N_k = (pi**3*log(2)/3)*(P*T)*(P*U) the prefactor is "
                            "pi*log(2)/48 = 0.045, within [1e-2, 1e2]", cite("(28)-(29)"), timeout=NUMERIC)),
        ident("bp2005.eq30", U / Q["R_star"]() ** 3, U * N_star,
              "strips with Delta0_k < T*chi**2 delocalize at 1/tau_* ~ U/R_***3 = U*N_* (OCR reconstruction of (30))", cite("(30)")),
        ineq("bp2005.eq32", sp.Abs(Q["mc_sum_z"]()), 4, "<",
             "the energy shift from RP flips, sum_i U(r_i), is ~ N_**U: Monte Carlo median|S| agrees with the exact Cauchy "
             "scale (2*pi**2/3)*n*U (random signs; |z| < 4 standard errors)", cite("(32)"), timeout=NUMERIC),
        ineq("bp2005.eq32.dipolar", sp.Abs(Q["mc_sum_z_dipolar"]()), 4, "<",
             "the same with the dipolar factor 1 - 3*cos(theta)**2: scale (8*pi**2/(9*sqrt(3)))*n*U", cite("(32)"), timeout=NUMERIC),
        ineq("bp2005.eq32.nearest", sp.Abs(Q["mc_nearest_z"]()), 4, "<",
             "the nearest neighbour term U/R**3 has median (4*pi/(3*log(2)))*n*U (|z| < 4)", cite("(32)"), timeout=NUMERIC),
        ineq("bp2005.eq32.largest", sp.Abs(Q["mc_ratio_z"]()), 4, "<",
             "the sum 'is defined by the largest term coming from the closest neighbour': median|S|/median|nearest| = "
             "pi*log(2)/2 = 1.09 (|z| < 4)", cite("(32)"), timeout=NUMERIC),
        band("bp2005.eq32.band", Q["mc_sum_median"](), "the prefactor of dE ~ N_**U (2*pi**2/3 = 6.6) is within [1e-2, 1e2]",
             cite("(32)"), timeout=NUMERIC),
        scaling("bp2005.eq32.scaling", Q["mc_sum_scaled"](), s.n_density, sp.oo, 1, (1e-8, 1e-4),
                "the typical shift scales as n*U (independent Monte Carlo runs per density)", cite("(32)"), timeout=NUMERIC),
        scaling("bp2005.eq33", U * Q["N_strip"](), T, 0, 1, (1e-1, 1e-4),
                "1/tau2 ~ U(R_*) ~ T*chi**2 'decreases linearly with the temperature' (exact strip density)", cite("(33)"),
                timeout=NUMERIC),
        Limit("bp2005.eq33.phonon", statement="compared with phonon dephasing ~ T**2 the mechanism 'predominates at sufficiently "
              "low temperatures'", citation=cite("(33)"), expr=Q["tau2_inv_zero_field"]() / Q["tau2_ph_inv"](), value=sp.oo,
              var=T, point=0, timeout=FAST),
        ident("bp2005.eq35", U * P * T * s.Gamma_in, Q["tau2_inv_from_tau1"](chi=chi_pu) ** 2 / (4 * sp.pi),
              "n_T ~ P*T*t/tau1, dE ~ U*n_T, dphi ~ U*P*T*t**2/tau1 and dphi(tau2) = 1 give 1/tau2**2 ~ chi*T/tau1: "
              "exactly (chi/(4*pi))*T/tau1", cite("(35)")),
        band("bp2005.eq35.band", U * P * T * s.Gamma_in / Q["tau2_inv_from_tau1"](chi=chi_pu) ** 2,
             "the prefactor 1/(4*pi) of 1/tau2**2 ~ chi*T/tau1 is within [1e-2, 1e2]", cite("(35)")),
        ident("bp2005.eq36", Q["tau2_inv_zero_field"]() ** 2 / (chi * T), Q["tau1_inv_zero_field"](),
              "(33) and (35) give 1/tau1 ~ chi**3*T", cite("(36)")),
    ]
    return out


# --- claims: Section 5 and Table 1 -------------------------------------------------------------------
PIECEWISE = 15.0  # claims with the Table-1 Piecewise (simplify skips undecidable conditions)


def _claims_table(s: Symbols, Q) -> list:
    T, a, w, chi = s.T, s.a, s.omega, s.chi
    tau1, tau2 = table_rows(s)
    b = boundaries(s)
    # the rates as derived in the text ("from" column), printed right-hand sides
    t1_36 = Q["tau2_inv_zero_field"]() ** 2 / (chi * T)  # (33) + (35)
    t1_42 = w * chi * sp.sqrt(a / w)  # omega*nu, nu ~ chi*sqrt(a/omega)
    t1_47 = (a / w) * chi**2 * w  # W_a*omega, W_a ~ (a/omega)*chi**2
    t2_57 = T * chi**2 * sp.sqrt(a / w)  # U*N_omega as printed
    from_eq = {
        (1, 1): ("(36)", t1_36), (1, 2): ("(33)", Q["tau2_inv_zero_field"]()),
        (2, 1): ("(42)", t1_42), (2, 2): ("(43)", sp.sqrt(chi * T * t1_42)),
        (3, 1): ("(47)", t1_47), (3, 2): ("(48)", sp.sqrt(chi * T * t1_47)),
        (4, 1): ("(58)", t2_57**2 / (chi * T)), (4, 2): ("(57)", t2_57),
        (5, 1): ("(36)", t1_36), (5, 2): ("(33)", Q["tau2_inv_zero_field"]()),
    }
    out = []
    for (row, which), (eq, expr) in from_eq.items():
        pt = row_point(s, row)
        table = piecewise_table(s, tau1 if which == 1 else tau2, pt)
        out.append(ident(f"bp2005.tab1.row{row}.tau{which}", table, at_point(expr, pt),
                         f"Table 1, row {row}: 1/tau{which} = {tau1[row - 1] if which == 1 else tau2[row - 1]}, from Eq. {eq} "
                         f"(the Piecewise rate evaluated inside row {row} under (37))", cite(f"Table 1, {eq}"),
                         timeout=PIECEWISE))
    names = ["static", "adiabatic", "spectral", "dressing"]
    bvals = [b["omega_static"], b["omega_adiabatic"], b["omega_spectral"], b["omega_dressing"]]
    for k in range(4):
        for which, rows in ((1, tau1), (2, tau2)):
            out.append(ident(f"bp2005.tab1.match.b{k + 1}{k + 2}.tau{which}", rows[k].subs(w, bvals[k]), rows[k + 1].subs(w, bvals[k]),
                             f"1/tau{which} of rows {k + 1} and {k + 2} agree at their boundary omega = {bvals[k]} ({names[k]})",
                             cite("Table 1")))
    for which, rows in ((1, tau1), (2, tau2)):
        out.append(ident(f"bp2005.tab1.match.a_chiT.tau{which}", rows[2].subs(a, chi * T), rows[4],
                         f"at a = chi*T (row 2 and row 4 empty) 1/tau{which} of row 3 joins row 5 ('or a < chi*T')", cite("Table 1")))
    pt37 = {a: T * chi ** (1 - s.y)}
    out += [
        ineq("bp2005.tab1.ordering",
             at_point(sp.Max(Q["tau1_inv"]() / Q["tau2_inv"](), Q["tau2_inv"]() / (chi * T), evaluate=False),
                      {a: T * chi ** (1 - s.y), w: T * chi ** (7 * s.s)}), 1, "<",
             "in every row under (37) relaxation is slower than dephasing, and dephasing slower than the spectral-diffusion "
             "amplitude: 1/tau1 < 1/tau2 < chi*T (omega = T*chi**(7*s) sweeps rows 1-5)", cite("Table 1, (35), (37)"),
             timeout=PIECEWISE),
        ident("bp2005.tab1.eq35", Q["tau2_inv"]() ** 2, chi * T * Q["tau1_inv"](),
              "every row of Table 1 satisfies 1/tau2**2 = chi*T/tau1 (Eq. (35)), over the whole (T, a, omega, chi) domain",
              cite("Table 1, (35)"), timeout=PIECEWISE),
        ineq("bp2005.tab1.partition",
             sp.Min(*[at_point(r, pt37) for r in (
                 b["omega_adiabatic"] / b["omega_static"], b["omega_spectral"] / b["omega_adiabatic"],
                 b["omega_dressing"] / b["omega_spectral"], T / b["omega_dressing"],
                 b["omega_phase"] / b["omega_adiabatic"], b["omega_spectral"] / b["omega_phase"])], evaluate=False), 1, ">",
             "under (37) the boundaries are ordered T**2*chi**4/a < a*chi**2 < chi*T < a < T, and (a*T)**(1/2)*chi**(3/2) of (49) "
             "lies inside row 3", cite("Table 1, (37), (49)")),
        ident("bp2005.sec5_1", (Q["tau2_inv_row1"]() ** 2).subs(w, b["omega_static"]), (a * w).subs(w, b["omega_static"]),
              "the field is static while 1/tau2**2 > a*omega, 'at omega < T**2*chi**4/a': equality at the boundary",
              cite("(38)", "Sect. 5.1")),
        ident("bp2005.sec5.small_a.tau1", piecewise_table(s, tau1, small_a_point(s)), at_point(Q["tau1_inv_zero_field"](), small_a_point(s)),
              "for a < chi*T 'the field effect can be ignored': 1/tau1 is (36) at every omega (the text swaps the labels (33), (36))",
              cite("(37)", "Sect. 5"), timeout=PIECEWISE),
        ident("bp2005.sec5.small_a.tau2", piecewise_table(s, tau2, small_a_point(s)), at_point(Q["tau2_inv_zero_field"](), small_a_point(s)),
              "for a < chi*T the dephasing rate is (33) at every omega", cite("(37)", "Sect. 5"), timeout=PIECEWISE),
    ]
    return out


def _claims_sec5(s: Symbols, Q) -> list:
    T, a, w, chi, P, U = s.T, s.a, s.omega, s.chi, s.P, s.U
    chi_pu = 4 * sp.pi * P * U
    r2pt, r3pt = row_point(s, 2), row_point(s, 3)
    pt37 = {a: T * chi ** (1 - s.y)}
    om_c = a * (P * U) ** 2  # r_omega = R_a
    om_c_count = a * (4 * sp.pi * P * U / 3) ** 2  # r_omega = R_a from (4*pi/3)*R_a**3*P*a = 1
    wa_omega = Q["W_a"]() * w
    eps = sp.Symbol("eps_lz", positive=True)
    r_out_alt = Q["r_out_alt"]
    r_out_printed = Q["r_out_printed"]
    return [
        ident("bp2005.eq37", U * P * T, chi_pu * T / (4 * sp.pi),
              "'the parameter chi*T ~ U*(P*T) determines the characteristic interaction of thermal TLS': U*P*T = chi*T/(4*pi)",
              cite("(37)")),
        band("bp2005.eq37.band", U * P * T / (chi_pu * T), "the prefactor 1/(4*pi) of chi*T ~ U*(P*T) is within [1e-2, 1e2]",
             cite("(37)")),
        ident("bp2005.eq40", (U / Q["r_omega"]() ** 3) ** 2, a * w,
              "adiabatic crossing iff V**2 = (U/R_j**3)**2 > Edot ~ a*omega, i.e. R_j < r_omega, the radius of (17)", cite("(40)")),
        ident("bp2005.eq41", Q["r_omega"](omega=om_c), Q["R_a"](),
              "r_omega > R_a iff omega < a*chi**2: r_omega = R_a exactly at omega_c = a*(P*U)**2", cite("(41)")),
        ident("bp2005.eq41.factor", Q["r_omega"](omega=a * chi_pu**2 / (16 * sp.pi**2)), Q["R_a"](),
              "the boundary of (41) is omega_c = a*chi**2/(16*pi**2) with R_a = (P*a)**(-1/3): r_omega = R_a there", cite("(41)")),
        band("bp2005.eq41.band", om_c / (a * chi_pu**2), "the numerical factor of the boundary omega < a*chi**2 is within [1e-2, 1e2]",
             cite("(41)"), expect="fails",
             reason="r_omega**3/R_a**3 = P*U*sqrt(a/omega) = (chi/(4*pi))*sqrt(a/omega): the boundary is a*chi**2/(16*pi**2), "
                    "a factor 0.0063 (2.2 decades) below a*chi**2",
             corrected=band("bp2005.eq41.band.corrected", om_c_count / (a * chi_pu**2),
                            "with R_a defined by the count N(R_a) = (4*pi/3)*R_a**3*P*a = 1 the boundary is a*chi**2/9, factor 0.11",
                            cite("(18), (41)"))),
        ident("bp2005.nu", Q["nu_adiabatic"](), chi_pu * sp.sqrt(a / w) / (4 * sp.pi),
              "nu ~ P*a*r_omega**3 ~ chi*(a/omega)**(1/2): the ratio is 1/(4*pi)", cite("(42)")),
        band("bp2005.nu.band", Q["nu_adiabatic"]() / (chi_pu * sp.sqrt(a / w)), "the prefactor 1/(4*pi) of nu is within [1e-2, 1e2]",
             cite("(42)")),
        ineq("bp2005.nu.large", at_point(chi * sp.sqrt(a / w), r2pt), 1, ">",
             "nu ~ chi*(a/omega)**(1/2) >> 1 in row 2 (with the printed nu): nu > 1 throughout row 2", cite("(42)")),
        ineq("bp2005.nu.large.exact", at_point(Q["nu_adiabatic"](P=chi / (4 * sp.pi * U)), r2pt), 1, ">",
             "nu = P*a*r_omega**3 > 1 throughout row 2", cite("(42)"), expect="fails",
             reason="P*a*r_omega**3 = (chi/(4*pi))*sqrt(a/omega) is 1/(4*pi) = 0.08 at the row-2 edge omega = a*chi**2 and 0.38 "
                    "inside row 2 at the check point; nu > 1 only for omega < a*chi**2/(16*pi**2) (bp2005.eq41)"),
        ident("bp2005.eq42", w * chi * sp.sqrt(a / w), Q["tau_omega_inv"](),
              "1/tau1 ~ omega*nu ~ chi*(a*omega)**(1/2), which 'coincides with that of Eq. (23)'", cite("(42)")),
        ident("bp2005.eq43", Q["tau2_inv_from_tau1"](Gamma_in=Q["tau1_inv_row2"]()), Q["tau2_inv_row2"](),
              "1/tau2 = (chi*T/tau1)**(1/2) = (a*omega*T**2*chi**4)**(1/4)", cite("(43)")),
        ident("bp2005.eq44.printed", w / Q["tau2_inv_row2"](),
              (w / (a * chi**2)) ** sp.Rational(3, 4) * (a / T) ** sp.Rational(1, 4) * chi**HALF,
              "omega*tau2 = (omega/(a*chi**2))**(3/4)*(a/T)**(1/4)*chi**(1/2) (as printed, chi**(1/2) from the residue)",
              cite("(44)"), expect="fails",
              reason="with tau2 of (43) omega*tau2 = omega**(3/4)*a**(-1/4)*T**(-1/2)/chi; the printed form gives "
                     "a**(-1/2)*T**(-1/4): the exponents of a and T are swapped (bp2005.eq44.alt has (a/T)**(1/2))"),
        ident("bp2005.eq44.alt", w / Q["tau2_inv_row2"](),
              (w / (a * chi**2)) ** sp.Rational(3, 4) * (a / T) ** HALF * chi**HALF,
              "omega*tau2 = (omega/(a*chi**2))**(3/4)*(a/T)**(1/2)*chi**(1/2)", cite("(44)")),
        ineq("bp2005.eq44.ineq", at_point(w / Q["tau2_inv_row2"](), r2pt), 1, "<",
             "the dephasing time is less than the oscillation period in the whole adiabatic domain: omega*tau2 < 1 in row 2 "
             "(maximum (a*chi/T)**(1/2) at omega = a*chi**2)", cite("(44)")),
        Value("bp2005.LZ", statement="Landau-Zener: for H = [[alpha*t/2, V], [V, -alpha*t/2]] the non-adiabatic probability is "
              "exp(-2*pi*V**2/alpha) (delta = 0.1; ODE from -50 to 50/sqrt(alpha), superadiabatic projection)",
              citation=cite("(40), (46), (47), (53)"), expr=Q["lz_linear_probability"](), value=sp.exp(-2 * sp.pi * s.delta_LZ),
              rtol=1e-5, at={"delta_LZ": 0.1}, timeout=NUMERIC,
              note="float64 DOP853 (rtol 1e-12); the finite window leaves a relative error 3e-9 at delta = 0.1 (1e-6 with the "
                   "earlier t0 = 20)"),
        Value("bp2005.LZ.strong", statement="the same at delta = V**2/alpha = 1 (probability 0.0019)",
              citation=cite("(40)"), expr=Q["lz_linear_probability"](), value=sp.exp(-2 * sp.pi * s.delta_LZ), rtol=1e-3,
              at={"delta_LZ": 1.0}, timeout=NUMERIC, note="the finite window leaves 6e-7 relative at delta = 1 (t0 = 50)"),
        Value("bp2005.LZ.cosine", statement="the actual drive Delta_p + a*cos(omega*t) (Delta_p = 0, a = 30*V): one crossing "
              "has the LZ probability with Edot = a*omega", citation=cite("(46)-(47)"), expr=Q["lz_cosine_probability"](),
              value=sp.exp(-2 * sp.pi * s.delta_LZ), rtol=1e-3, at={"delta_LZ": 0.1}, timeout=NUMERIC,
              note="deviation 3.7e-4 at a/V = 30 from the curvature of the sweep; 3e-5 at a/V = 100"),
        Asymptote("bp2005.LZ.rule_weak", statement="the rule W ~ V**2/Edot for V**2 < Edot: the exact transfer probability "
                  "1 - exp(-2*pi*delta) ~ 2*pi*delta as delta -> 0", citation=cite("(46)-(47), (53)"),
                  expr=1 - sp.exp(-2 * sp.pi * s.delta_LZ), approx=2 * sp.pi * s.delta_LZ, var=s.delta_LZ, point=0,
                  order=Order(1), eps_range=(1e-2, 1e-8), timeout=FAST),
        band("bp2005.LZ.rule_weak.band", fixed(s, Q["lz_transfer_exact"]() / Q["lz_transfer_rule"](), {"delta_LZ": 1e-4}),
             "the factor between the exact weak-coupling LZ probability and the paper's V**2/Edot (2*pi at delta -> 0) is "
             "within [1e-2, 1e2]", cite("(47)")),
        ineq("bp2005.LZ.rule_strong", (1 - sp.exp(-2 * sp.pi * s.delta_LZ)).subs(s.delta_LZ, 10**s.s), sp.Float("0.99"), ">",
             "transfer 'with the almost unity probability' when V**2 > Edot: 1 - exp(-2*pi*delta) > 0.99 for delta = 10**s > 1 "
             "(0.998 at delta = 1)", cite("(40)")),
        ident("bp2005.eq46_47", wa_omega, a * chi_pu**2 / (16 * sp.pi**2),
              "V_a = U/R_a**3 ~ chi*a, W_a ~ V_a**2/(a*omega) ~ (a/omega)*chi**2, 1/tau1 = W_a*omega ~ a*chi**2: "
              "the chain gives exactly a*chi**2/(16*pi**2)", cite("(46)-(47)")),
        ident("bp2005.eq46_47.V_a", Q["V_a"](), chi_pu * a / (4 * sp.pi), "V_a = U/R_a**3 ~ chi*a (ratio 1/(4*pi))", cite("(46)")),
        scaling("bp2005.eq46_47.omega", wa_omega, w, 0, 0, (1e-2, 1e-12),
                "1/tau1 = W_a*omega is independent of omega (and of T)", cite("(47)")),
        band("bp2005.eq46_47.band", wa_omega / (a * chi_pu**2), "the prefactor of 1/tau1 ~ a*chi**2 (47) is within [1e-2, 1e2]",
             cite("(47)"), expect="fails",
             reason="with V_a = U/R_a**3 = chi*a/(4*pi) and W_a = V_a**2/(a*omega), 1/tau1 = a*chi**2/(16*pi**2): factor 0.0063",
             corrected=band("bp2005.eq46_47.band.corrected", 2 * sp.pi * wa_omega / (a * chi_pu**2),
                            "with the exact weak-coupling LZ probability 2*pi*V_a**2/Edot (bp2005.LZ.rule_weak) the prefactor is "
                            "1/(8*pi) = 0.040", cite("(47)"))),
        ident("bp2005.eq48", Q["tau2_inv_from_tau1"](Gamma_in=Q["tau1_inv_row3"]()), Q["tau2_inv_row3"](),
              "(35) with (47) gives 1/tau2 ~ (a*T)**(1/2)*chi**(3/2)", cite("(48)")),
        ineq("bp2005.sec5_3.border", at_point((w / Q["tau2_inv_row3"]()).subs(w, a * chi**2), pt37), 1, "<",
             "omega*tau2 < 1 'at the border of adiabatic and non-adiabatic domains omega = a*chi**2' (row-3 tau2, under (37))",
             cite("(45)", "Sect. 5.3")),
        ident("bp2005.eq49", (w / Q["tau2_inv_row3"]()).subs(w, Q["omega_phase"]()), 1,
              "the derivation holds until (44) breaks, at omega = (a*T)**(1/2)*chi**(3/2): omega*tau2 = 1 there", cite("(49)")),
        scaling("bp2005.eq52", Q["N_1_count"](), w, 0, -1, (1e-7, 1e-13),
                "N_1 ~ chi*T/omega crossings per quasi-period (the number of levels n*omega swept by chi*T)", cite("(52)")),
        ineq("bp2005.eq53.printed", at_point(Q["W_printed"](Gamma_in=a * chi**2), r3pt), 1, "<",
             "W = (V_a*tau2)**2 < 1 in the window of (49)-(50) (as printed, V_a ~ chi*a, tau2 from (48))", cite("(53)"),
             expect="fails",
             reason="(V_a*tau2)**2 = a/(chi*T) > 1 everywhere under (37) (a > chi*T), independent of omega; the text's 'using the "
                    "transition amplitude Eq. (16) for R = R_a' gives W = (V_a*tau2)**2*(omega/a) (bp2005.eq53.alt)"),
        ineq("bp2005.eq53.alt", at_point(Q["W_alt"](Gamma_in=a * chi**2), r3pt), 1, "<",
             "W ~ (T(R_a)*tau2)**2 = (V_a*tau2)**2*(omega/a) = omega/(chi*T) < 1 for omega < chi*T", cite("(53)")),
        ident("bp2005.eq54", r_out_alt(), a * chi**2,
              "1/tau1 = r_out = N_1*W/tau1 ~ a*chi**2 (with W of bp2005.eq53.alt and tau2**2 = tau1/(chi*T); any input rate)",
              cite("(54)")),
        ident("bp2005.eq54.printed", r_out_printed(), a * chi**2, "the same with the printed W = (V_a*tau2)**2", cite("(54)"),
              expect="fails", reason="with the printed W, N_1*W/tau1 = a**2*chi**2/omega: a factor a/omega >> 1 above a*chi**2"),
        Solves("bp2005.eq54.stable", statement="the self-consistent rate is the fixed point r_out(1/tau1) = 1/tau1 = a*chi**2 "
               "(W of bp2005.eq53.alt: r_out does not depend on the input rate, so the fixed point is unique)",
               citation=cite("(54)"), equation=sp.Eq(r_out_alt(), s.Gamma_in), func=s.Gamma_in, solution=a * chi**2, timeout=FAST),
        ineq("bp2005.eq54.stable.sign", (r_out_alt() / (s.rho * a * chi**2) - 1) * (1 - s.rho), 0, ">",
             "'if we take the input relaxation rate slower than (54) the output rate will be faster ... larger ... smaller': "
             "sign(r_out - 1/tau1) = sign(a*chi**2 - 1/tau1)", cite("(54)")),
        Solves("bp2005.eq54.stable.printed", statement="the fixed point with the printed W is 1/tau1 = a*chi**2",
               citation=cite("(53)-(54)"), equation=sp.Eq(r_out_printed(), s.Gamma_in), func=s.Gamma_in, solution=a * chi**2,
               expect="fails", timeout=FAST,
               reason="with the printed W the output rate is a**2*chi**2/omega for every input; the fixed point is "
                      "a**2*chi**2/omega, not a*chi**2"),
        ident("bp2005.sec5_3.domain", (a / w) * chi**2 * w, r_out_alt(),
              "the non-adiabatic rate (47) holds 'within the whole frequency domain a*chi**2 < omega < chi*T': (47) = (54)",
              cite("(47), (54)")),
        ineq("bp2005.sec5_4.noSP", at_point(Q["omega_spectral"](), pt37), at_point(Q["omega_adiabatic"](), pt37), ">",
             "for omega > chi*T there is no single-particle delocalization: the frequency exceeds a*chi**2 (under (37))",
             cite("Sect. 5.4")),
        ident("bp2005.eq56", (a / w) * Q["N_strip_model"](U=U * sp.sqrt(w / a)), sp.sqrt(a / w) * Q["N_strip_model"](),
              "'strictly following the derivation between Eq. (24) and Eq. (28)' with T(R) = (U/R**3)*sqrt(omega/a) and a/omega "
              "channels: N_omega = N_**sqrt(a/omega), independent of T(R)", cite("(56)"), timeout=NUMERIC),
        scaling("bp2005.eq56.scaling", Q["N_omega"](), w, 0, -HALF, (1e-2, 1e-12), "N_omega grows as omega**(-1/2)", cite("(56)")),
        ident("bp2005.eq57", Q["tau2_inv_eq57"](), chi_pu**2 * T * sp.sqrt(a / w) / (16 * sp.pi**2),
              "1/tau2 = U*N_omega ~ T*chi**2*(a/omega)**(1/2): exactly T*chi**2*(a/omega)**(1/2)/(16*pi**2)", cite("(57)")),
        band("bp2005.eq57.band", Q["tau2_inv_eq57"]() / (chi_pu**2 * T * sp.sqrt(a / w)),
             "the prefactor of 1/tau2 = U*N_omega ~ T*chi**2*(a/omega)**(1/2) is within [1e-2, 1e2]", cite("(57)"),
             expect="fails", reason="U*(P*T)*(P*U)*sqrt(a/omega) = T*chi**2*sqrt(a/omega)/(16*pi**2): factor 0.0063, as in (29)",
             corrected=band("bp2005.eq57.band.corrected",
                            U * (a / w) * Q["N_strip"](U=U * sp.sqrt(w / a)) / (chi_pu**2 * T * sp.sqrt(a / w)),
                            "with the computed strip density the prefactor is pi*log(2)/48 = 0.045", cite("(56)-(57)"),
                            timeout=NUMERIC)),
        ident("bp2005.eq58", Q["tau2_inv_row4"]() ** 2 / (chi * T), Q["tau1_inv_row4"](),
              "1/tau1 = 1/(tau2**2*chi*T) = (a/omega)*chi**3*T", cite("(58)")),
    ]


# --- claims: Section 6 -------------------------------------------------------------------------------
def _claims_sec6(s: Symbols, Q) -> list:
    T, a, w, chi = s.T, s.a, s.omega, s.chi
    out = []
    t_exp = {1: 1, 2: 0, 3: 0, 4: 1, 5: 1}
    for row in range(1, 6):
        out.append(scaling(f"bp2005.sec6.Tdep.row{row}", Q[f"tau1_inv_row{row}"](), T, 0, t_exp[row], (1e-1, 1e-4),
                           f"the rate 'is either temperature independent ... or decreases with the temperature as T': "
                           f"T-exponent {t_exp[row]} in row {row}", cite("Table 1", "Sect. 6")))
        out.append(Limit(f"bp2005.sec6.phonon.row{row}", statement=f"phonon relaxation ~ T**3 'is much slower in the low "
                         f"temperature limit': 1/tau1/(A_ph*T**3) -> oo as T -> 0 in row {row} (fixed a, omega, chi)",
                         citation=cite("Table 1", "Sect. 6"), expr=Q[f"tau1_inv_row{row}"]() / Q["tau1_ph_inv"](), value=sp.oo,
                         var=T, point=0, timeout=FAST))
    cross = {1: (0, 0), 2: (sp.Rational(1, 6), sp.Rational(1, 6)), 3: (sp.Rational(1, 3), 0), 4: (HALF, -HALF), 5: (0, 0)}
    for row, (ea, ew) in cross.items():
        q = Q[f"crossover_T_row{row}"]()
        out.append(scaling(f"bp2005.sec6.crossover.row{row}.a", q, a, sp.oo, ea, (1e-6, 1e-1),
                           f"the crossover temperature 'usually reduces with decreasing the field amplitude': T_x ~ a**{ea} "
                           f"in row {row}", cite("Sect. 6"), timeout=NUMERIC))
        out.append(scaling(f"bp2005.sec6.crossover.row{row}.omega", q, w, sp.oo, ew, (1e-13, 1e-3),
                           f"'... and can also decrease with decreasing the field frequency': T_x ~ omega**{ew} in row {row}",
                           cite("Sect. 6"), timeout=NUMERIC))
    out.append(scaling("bp2005.sec6.ladieu.a", Q["tau1_inv_row2"](), a, sp.oo, HALF, (1e-6, 1e-1),
                       "the T-independent rate of the second row depends on the field amplitude as sqrt(a) (Ladieu)", cite("Sect. 6")))
    # Pohl (Thompson et al.): strain 1e-8, 0.5 MHz
    pohl = {"gamma_def": EV, "strain": 1e-8, "f_Hz": 5e5, "T": 5e-3, "chi": 1e-3}
    row_c = Q["regime_row"](a=Q["a_strain"](), omega=Q["omega_cyclic"]())
    row_a = Q["regime_row"](a=Q["a_strain"](), omega=Q["omega_angular"]())
    out += [
        Value("bp2005.sec6.pohl", statement="strain 1e-8 and 0.5 MHz 'belong to the range described by the fourth column' "
              "(gamma = 1 eV, f = 0.5 MHz cyclic, T = 5 mK, chi = 1e-3)", citation=cite("Table 1", "Sect. 6"), expr=row_c,
              value=4, at=pohl, timeout=PIECEWISE),
        Value("bp2005.sec6.pohl.range", statement="the same over T = 5..100 mK and chi = 1e-3..1e-2 (corner T = 100 mK, "
              "chi = 1e-2)", citation=cite("Sect. 6"), expr=row_c, value=4, at={**pohl, "T": 0.1, "chi": 1e-2},
              timeout=PIECEWISE, expect="fails",
              reason="a = gamma*strain = 1.2e-4 K < chi*T = 1e-3 K: row 5 (field ignored); row 4 needs chi*T < h*f/k_B = 2.4e-5 K, "
                     "i.e. T < 24 mK at chi = 1e-3 and T < 2.4 mK at chi = 1e-2"),
        Value("bp2005.sec6.pohl.angular", statement="the same with 0.5 MHz read as omega = 5e5 s^-1 (T = 5 mK, chi = 1e-3)",
              citation=cite("Sect. 6"), expr=row_a, value=4, at=pohl, timeout=PIECEWISE, expect="fails",
              reason="hbar*omega/k_B = 3.8e-6 K < chi*T = 5e-6 K: row 3, not row 4, already at the lowest T and chi"),
        ineq("bp2005.sec6.pohl.slope", fixed(s, sp.diff(Q["tau1_inv_row4"](), w).subs({a: Q["a_strain"](), w: Q["omega_cyclic"]()}), pohl),
             0, "<", "in the fourth row 'the relaxation rate decreases with increasing omega' (at Pohl's point)",
             cite("Table 1", "Sect. 6")),
    ]
    # Ladieu: the thickness scale; most favourable corner T = 100 mK, Pbar = 1e45 J^-1 m^-3, chi = 1e-2
    best = {"T": 0.1, "Pbar_SI": 1e45, "chi": 1e-2}
    out += [
        ineq("bp2005.sec6.ladieu.thickness", fixed(s, Q["length_R_star"](), best), 100, "<",
             "'the typical distance between resonant pairs (around few tens of nanometers)': R_* = ((P*T)*(P*U))**(-1/3) "
             "below 100 nm at the most favourable corner (T = 100 mK, Pbar = 1e45 J^-1 m^-3, chi = 1e-2)", cite("(28)", "Sect. 6"),
             expect="fails",
             reason="R_* = 0.97 um at the most favourable corner and up to 10 um at T = 10 mK, Pbar = 1e44, chi = 1e-3; "
                    "only (P*T)**(-1/3) and R_a (a ~ T) come near: 90 nm at the corner (bp2005.sec6.ladieu.PT)"),
        ineq("bp2005.sec6.ladieu.PT", fixed(s, Q["length_PT"](), best), 100, "<",
             "the thermal-TLS spacing (P*T)**(-1/3) reaches below 100 nm at the most favourable corner (90 nm)",
             cite("Sect. 6")),
        ineq("bp2005.sec6.ladieu.R_a", fixed(s, Q["length_R_a"](a=T), best), 100, "<",
             "R_a = (P*a)**(-1/3) at the largest amplitude a = T of (37) reaches below 100 nm at the corner (90 nm)",
             cite("(21)", "Sect. 6")),
        ineq("bp2005.sec6.ladieu.N_omega", fixed(s, Q["length_N_omega"](a=T, omega=chi * T), best), 100, "<",
             "the resonant dressed-pair spacing N_omega**(-1/3) in row 4 (largest a/omega = 1/chi) below 100 nm", cite("(56)", "Sect. 6"),
             expect="fails",
             reason="N_omega**(-1/3) = R_**(a/omega)**(-1/6) >= R_*/100**(1/6) = 0.45 um in row 4 at the most favourable corner"),
    ]
    # Osheroff: a = E_DC*mu, a <= 0.1 K, omega >= 1 s^-1. The binding row is row 1: it needs omega_min < T*chi**3
    # (reached with a -> chi*T); T*chi**3 grows with T and chi, so the worst corner T = 10 mK, chi = 1e-3 decides.
    worst = {"T": 0.01, "chi": 1e-3, "f_Hz": 1.0}
    out += [
        ineq("bp2005.sec6.osheroff", fixed(s, T * chi**3 / Q["omega_angular"](), worst), 1, ">",
             "with a ~ E_DC*mu <= 0.1 K and omega >= 1 s^-1 'all the regimes described in the Table 1 can be attained' for "
             "T = 10..100 mK, chi = 1e-3..1e-2: the narrowest, row 1 (omega < T**2*chi**4/a, a > chi*T), needs "
             "hbar*omega_min < T*chi**3 (worst corner T = 10 mK, chi = 1e-3; omega read as 1 s^-1 angular)",
             cite("Table 1", "Sect. 6"),
             note="rows 2-5 need a*chi**2 > omega_min, chi*T < a <= min(T, 0.1 K): E_DC = a*k_B/mu from 0.4 kV/m (a = chi*T "
                  "at 10 mK, chi = 1e-3) to 0.4 MV/m (a = 0.1 K) for mu = 1 D"),
        ineq("bp2005.sec6.osheroff.cyclic", fixed(s, T * chi**3 / Q["omega_cyclic"](), worst), 1, ">",
             "the same with 1 s^-1 read as a cyclic frequency f = 1 Hz", cite("Sect. 6"), expect="fails",
             reason="h*(1 Hz)/k_B = 4.8e-11 K > T*chi**3 = 1e-11 K at T = 10 mK, chi = 1e-3: row 1 is out of reach there "
                    "(it needs T*chi**3 > 4.8e-11 K, e.g. chi > 1.7e-3 at 10 mK)"),
    ]
    return out


# --- the model --------------------------------------------------------------------------------------
TITLE = "Interacting TLS: interaction- and field-stimulated relaxation (Burin & Polishchuk)"
UNITS = "natural: hbar = k_B = 1, energies and rates in K, lengths in nm"


def build() -> Model:
    """The model ``interacting_tls``: parameters, quantities and the ``bp2005.*`` claims."""
    params, constants = _params(), _constants()
    s = Symbols(params, constants)
    quantities = _quantities(s)
    # a first model attaches the quantities, so that claims can apply them (numeric ones as functions)
    draft = Model("interacting_tls", TITLE, params, quantities, [], constants=constants, units=UNITS)
    Q = draft.quantities
    claims = [*_claims_sec2(s, Q), *_claims_sec3(s, Q), *_claims_sec4(s, Q), *_claims_table(s, Q), *_claims_sec5(s, Q),
              *_claims_sec6(s, Q)]
    return Model("interacting_tls", TITLE, params, list(Q.values()), claims, constants=constants,
                 citation=Citation(PAPER, seed=SEED, where="Burin & Polishchuk, arXiv:cond-mat/0407377"), units=UNITS,
                 description="Relaxation and dephasing of TLS by their 1/R**3 interaction and a strong measuring field: "
                             "resonant pairs, Floquet dressed excitations, Landau-Zener crossings, the rate table (Table 1).")
