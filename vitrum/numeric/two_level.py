"""Two-level Schroedinger engines for interacting TLS (Burin & Polishchuk, seed 004).

Units: hbar = 1; energies and rates share one unit (the model uses K). Pseudospin convention of
the paper's Eq. (2): a TLS is ``h = Delta*S^z - Delta0*S^x`` with ``S = sigma/2``, so its splitting
is ``E = sqrt(Delta**2 + Delta0**2)``.

Engines
-------
* :func:`rabi_probability` (precision-generic, mpmath): probability to find a TLS started in one
  well (S^z = +1/2) in the other after time t, from the exact propagator ``expm(-I*h*t)``
  (``ctx.expm``) - the numeric route of the Rabi formula, Eq. (5).
* :func:`flipflop_matrix_element` (precision-generic): the flip-flop element
  <e,g| coupling*S1^z S2^z |g,e> of two TLS, computed from the 4x4 operator in the product
  eigenbasis of h1 + h2 (eigenvectors from ``ctx.eigsy``) - the numeric route of Eq. (4).
* :func:`lz_linear` (float64, scipy DOP853): the non-adiabatic transition probability of the
  linear Landau-Zener sweep ``H = (alpha*t/2)*sigma_z + V*sigma_x`` from -t0 to t0, started in and
  projected on the first-order *superadiabatic* states (which removes the leading 1/t0 tail of
  the adiabatic projection). Measured error: relative 1e-6 at delta = V**2/alpha = 0.1 and 1e-4
  at delta = 1 for t0 = 20/sqrt(alpha) (t0 -> oo limit: exp(-2*pi*delta)).
* :func:`lz_cosine` (float64, DOP853): the same probability for the actual drive
  ``H = ((Delta_p + a*cos(omega*t))/2)*sigma_z + V*sigma_x`` over one half period (one level
  crossing, between two turning points where the adiabatic projection is exact to O(V/a)**2).

The float engines return Python floats; their accuracy is stated above and measured in
tests/numeric/test_two_level.py. The mpmath engines take the context ``ctx`` and never leave it.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["rabi_probability", "flipflop_matrix_element", "lz_linear", "lz_cosine"]


# --- precision-generic (mpmath) -------------------------------------------------------------
def _tls_matrix(ctx, delta, delta0):
    """h = Delta*S^z - Delta0*S^x with S = sigma/2, as an mpmath matrix."""
    half = ctx.mpf(1) / 2
    return ctx.matrix([[half * delta, -half * delta0], [-half * delta0, -half * delta]])


def rabi_probability(ctx, delta, delta0, t):
    """|<down| expm(-I*h*t) |up>|**2 for h = Delta*S^z - Delta0*S^x (S = sigma/2), at the precision of
    ``ctx``. The Rabi formula predicts (Delta0/E)**2*sin(E*t/2)**2."""
    h = _tls_matrix(ctx, delta, delta0)
    u = ctx.expm(-ctx.mpc(0, 1) * t * h)
    return abs(u[1, 0]) ** 2


def _kron(ctx, a, b):
    """Kronecker product of two mpmath matrices (any shapes)."""
    out = ctx.matrix(a.rows * b.rows, a.cols * b.cols)
    for i in range(a.rows):
        for j in range(a.cols):
            for k in range(b.rows):
                for l in range(b.cols):
                    out[i * b.rows + k, j * b.cols + l] = a[i, j] * b[k, l]
    return out


def flipflop_matrix_element(ctx, delta1, delta01, delta2, delta02, coupling):
    """|<e1,g2| coupling*S1^z S2^z |g1,e2>| with S = sigma/2, in the eigenbasis of h1 + h2.

    The 4x4 operator S1^z S2^z is built as a Kronecker product and sandwiched between product
    eigenvectors of the single-TLS Hamiltonians (``ctx.eigsy``: ascending eigenvalues, so column 0
    is the ground and column 1 the excited state). Analytically this is
    coupling*Delta01*Delta02/(4*E1*E2)."""
    half = ctx.mpf(1) / 2
    sz = ctx.matrix([[half, 0], [0, -half]])
    _e1, q1 = ctx.eigsy(_tls_matrix(ctx, delta1, delta01))
    _e2, q2 = ctx.eigsy(_tls_matrix(ctx, delta2, delta02))
    g1, e1 = q1[:, 0], q1[:, 1]
    g2, e2 = q2[:, 0], q2[:, 1]
    op = _kron(ctx, sz, sz) * coupling
    bra = _kron(ctx, e1.T, g2.T)  # 1 x 4 row: <e1, g2|
    ket = _kron(ctx, g1, e2)  # 4 x 1 column: |g1, e2>
    return abs((bra * op * ket)[0, 0])


# --- float64 Landau-Zener engines ------------------------------------------------------------
def _integrate(hamiltonian, psi0, t_start, t_end, rtol):
    """Integrate i*psi' = H(t)*psi (2 components) with DOP853; returns psi(t_end)."""
    from scipy.integrate import solve_ivp

    def rhs(t, y):
        psi = y[:2] + 1j * y[2:]
        d = -1j * (hamiltonian(t) @ psi)
        return np.concatenate([d.real, d.imag])

    y0 = np.concatenate([np.real(psi0), np.imag(psi0)]).astype(float)
    sol = solve_ivp(rhs, (t_start, t_end), y0, method="DOP853", rtol=rtol, atol=rtol * 1e-2)
    if not sol.success:  # pragma: no cover - DOP853 does not fail on this smooth problem
        raise RuntimeError(f"Landau-Zener integration failed: {sol.message}")
    return sol.y[:2, -1] + 1j * sol.y[2:, -1]


def lz_linear(delta: float, t0_scale: float = 20.0, rtol: float = 1e-12) -> float:
    """Non-adiabatic transition probability of H = (alpha*t/2)*sigma_z + V*sigma_x with alpha = 1,
    V = sqrt(delta) (delta = V**2/alpha), integrated from -t0 to t0 (t0 = t0_scale/sqrt(alpha)).

    Adiabatic states at time t: |+> = (cos(th/2), sin(th/2)), |-> = (-sin(th/2), cos(th/2)),
    tan(th) = 2V/(alpha*t), gap Om = sqrt((alpha*t)**2 + 4V**2). The non-adiabatic coupling
    th'/2 = -V*alpha/Om**2 gives, integrating by parts, the first-order superadiabatic states
    |-> - i*(th'/(2*Om))|+> (start) and the corrected final amplitude <+|psi> + i*(th'/(2*Om))<-|psi>.
    Landau-Zener: the t0 -> oo limit is exp(-2*pi*delta)."""
    alpha, v = 1.0, math.sqrt(delta)
    t0 = t0_scale / math.sqrt(alpha)

    def hamiltonian(t):
        return np.array([[alpha * t / 2, v], [v, -alpha * t / 2]])

    def basis(t):
        om = math.hypot(alpha * t, 2 * v)
        th = math.atan2(2 * v, alpha * t)
        k = (-2 * v * alpha / om**2) / (2 * om)
        plus = np.array([math.cos(th / 2), math.sin(th / 2)])
        minus = np.array([-math.sin(th / 2), math.cos(th / 2)])
        return plus, minus, k

    plus, minus, k = basis(-t0)
    psi0 = minus - 1j * k * plus
    psi0 = psi0 / np.linalg.norm(psi0)
    psi = _integrate(hamiltonian, psi0, -t0, t0, rtol)
    plus, minus, k = basis(t0)
    amp = plus @ psi + 1j * k * (minus @ psi)
    return float(abs(amp) ** 2)


def lz_cosine(v: float, a: float, omega: float, delta_p: float = 0.0, rtol: float = 1e-11) -> float:
    """Probability of a non-adiabatic transition in one level crossing of the driven pair
    H = ((Delta_p + a*cos(omega*t))/2)*sigma_z + V*sigma_x, integrated over half a period, from the
    turning point t = 0 to t = pi/omega, starting in the lower adiabatic state and projecting on
    the upper one. For |Delta_p| < a there is one crossing, with sweep rate
    Edot = a*omega*sqrt(1 - (Delta_p/a)**2); Landau-Zener gives exp(-2*pi*V**2/Edot)."""

    def hamiltonian(t):
        e = (delta_p + a * math.cos(omega * t)) / 2
        return np.array([[e, v], [v, -e]])

    _w, q = np.linalg.eigh(hamiltonian(0.0))
    psi = _integrate(hamiltonian, q[:, 0].astype(complex), 0.0, math.pi / omega, rtol)
    _w, q = np.linalg.eigh(hamiltonian(math.pi / omega))
    return float(abs(q[:, 1].conj() @ psi) ** 2)
