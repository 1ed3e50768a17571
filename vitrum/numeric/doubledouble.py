"""Double-double arithmetic on float64 arrays: a value is a pair (hi, lo) with hi = fl(hi + lo).

numpy has no fused multiply-add, so exact products use Dekker's split (Veltkamp, 2**27 + 1); the
error-free transformations below are exact for finite doubles away from overflow (the split of a
number above ~1e300 overflows). These are the building blocks the fast evaluators use where one
rounding of a double would already exceed their stated bound (a phase reduced modulo pi, a root
that is the difference of two nearly equal minima).

>>> import numpy as np
>>> s, e = two_sum(np.float64(1.0), np.float64(1e-20))
>>> float(s), float(e)
(1.0, 1e-20)
>>> p, e = two_prod(np.float64(1 + 2**-30), np.float64(1 + 2**-30))
>>> float(e) == 2.0**-60
True
"""

from __future__ import annotations

_SPLITTER = 134217729.0  # 2**27 + 1


def two_sum(a, b):
    """(s, e) with s = fl(a + b) and s + e = a + b exactly (Knuth; any order of magnitude)."""
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def fast_two_sum(a, b):
    """(s, e) with s + e = a + b exactly, valid where |a| >= |b| (Dekker): renormalizes a pair."""
    s = a + b
    return s, b - (s - a)


def split(a):
    """(hi, lo) = a with halves of 26 bits, whose products are exact (Veltkamp)."""
    c = _SPLITTER * a
    hi = c - (c - a)
    return hi, a - hi


def two_prod(a, b):
    """(p, e) with p = fl(a*b) and p + e = a*b exactly (Dekker, no fma)."""
    p = a * b
    ah, al = split(a)
    bh, bl = split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def dd_add(a, b):
    """(hi, lo) + (hi, lo), relative error ~2**-104 unless the sum cancels."""
    s, e = two_sum(a[0], b[0])
    return fast_two_sum(s, e + (a[1] + b[1]))


def dd_mul(a, b):
    """(hi, lo) * (hi, lo), relative error ~2**-104."""
    p, e = two_prod(a[0], b[0])
    return fast_two_sum(p, e + (a[0] * b[1] + a[1] * b[0]))
