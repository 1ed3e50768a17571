"""Run-time support of generated modules: broadcasting, blocked evaluation, lazy Piecewise.

:func:`run` broadcasts the inputs, evaluates the scalar-only part once (``uniform``) and calls the
block ``kernel`` on slices of ``block`` points with preallocated buffers and ``out`` slices, so
that every intermediate value stays in cache and no array of the full size is allocated besides
the result. Floating-point warnings are silenced inside (intermediate overflow to inf followed by
1/inf = 0 is intended in the generated code; the accuracy reports count NaN/inf in results).
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np


def run(kernel, uniform, args, varying, out=None, *, dtype=float, nf=0, nc=0, nb=0, block=65536, threads=1):
    """Evaluate a generated kernel over broadcast ``args``.

    ``varying[i]`` says whether argument ``i`` is passed to the kernel as an array (sliced per
    block) or as a scalar (the module was generated for that pattern; a size-1 array counts as
    scalar). ``out``: an array of the broadcast shape and result dtype to write into.
    ``threads`` > 1: the blocks are shared out among that many threads, each with its own buffers
    (numpy releases the GIL inside a ufunc loop); the values are the same as with one thread. Used
    only where there are several blocks and more than one operation a point (a single ufunc call
    gains nothing from it: it is memory-bound).
    """
    arrays = [a if type(a) is np.ndarray and a.dtype == _F64 else _as_input(a) for a in args]
    shape = arrays[0].shape if all(a.shape == arrays[0].shape for a in arrays) else np.broadcast_shapes(*(a.shape for a in arrays))
    n = math.prod(shape)
    if out is None:
        res = np.empty(shape, dtype=dtype)
    else:
        res = out
        if res.shape != shape or not res.flags.c_contiguous:
            raise ValueError(f"out must be a C-contiguous array of shape {shape}")
    flat_out = res.reshape(-1)
    flat = []
    for a, var in zip(arrays, varying):
        if var:
            flat.append(a.reshape(-1) if a.shape == shape and a.flags.c_contiguous else np.broadcast_to(a, shape).reshape(-1))
        else:
            if a.size != 1:
                raise ValueError("internal: a varying argument was passed to a kernel generated for a scalar")
            flat.append(a.reshape(()))
    with np.errstate(all="ignore"):
        U = uniform(*(x for x, var in zip(flat, varying) if not var))
        if n == 0:
            return res
        if nf + nc + nb == 0:  # no intermediates: nothing to keep in cache, one call
            kernel(*flat, U, flat_out, _NO_ROWS, _NO_ROWS, _NO_ROWS)
            return res if res.ndim else res[()]
    nblocks = -(-n // block)
    threads = max(1, min(int(threads), nblocks // 4))  # a thread is worth its dispatch from ~4 blocks on
    if threads == 1:
        _blocks(kernel, U, flat, varying, flat_out, 0, n, block, nf, nc, nb)
    else:  # contiguous runs of whole blocks, one per thread
        per = -(-nblocks // threads) * block
        jobs = [_pool(threads).submit(_blocks, kernel, U, flat, varying, flat_out, lo, min(lo + per, n), block, nf, nc, nb)
                for lo in range(0, n, per)]
        for job in jobs:
            job.result()
    return res if res.ndim else res[()]


_F64 = np.dtype(float)
_NO_ROWS = np.empty((0, 0))  # the buffer pools of a kernel without intermediates (never written)


def _as_input(a):
    """An argument as a float64 array, or complex128 if it is complex."""
    if type(a) is float or type(a) is int:
        return np.array(a, dtype=float)
    return np.asarray(a) if np.iscomplexobj(a) else np.asarray(a, dtype=float)


def _blocks(kernel, U, flat, varying, flat_out, lo, hi, block, nf, nc, nb):
    """The kernel on points [lo, hi) in blocks, with buffers of its own (one call of this per thread)."""
    bs = min(block, hi - lo)
    f = np.empty((nf, bs), dtype=float)
    c = np.empty((nc, bs), dtype=complex)
    m = np.empty((nb, bs), dtype=bool)
    with np.errstate(all="ignore"):  # per thread: the error state is thread-local
        for start in range(lo, hi, block):
            stop = min(start + block, hi)
            if stop - start != bs:
                f, c, m = f[:, : stop - start], c[:, : stop - start], m[:, : stop - start]
            kernel(*(x[start:stop] if var else x for x, var in zip(flat, varying)), U, flat_out[start:stop], f, c, m)


_POOLS: dict[tuple[int, int], ThreadPoolExecutor] = {}


def _pool(threads: int) -> ThreadPoolExecutor:
    """A thread pool of ``threads`` workers for this process (a forked child makes its own)."""
    key = (os.getpid(), threads)
    pool = _POOLS.get(key)
    if pool is None:
        pool = _POOLS[key] = ThreadPoolExecutor(threads, thread_name_prefix="vitrum-blocks")
    return pool


def piecewise(out, conds, branches, args):
    """Lazy Piecewise: ``out[i]`` = branch j at the points where condition j is the first true one.

    Each branch is called once, on the selected points only (``branch(count, *compressed args)``),
    so a branch is never evaluated where it does not apply; points where no condition holds get NaN
    (sympy's semantics)."""
    n = out.shape[0]
    todo = None
    for cond, branch in zip(conds, branches):
        if cond is True:
            sel = todo
        else:
            cond = np.broadcast_to(cond, (n,))
            sel = cond if todo is None else cond & todo
        count = n if sel is None else int(np.count_nonzero(sel))
        if count == n:
            out[...] = branch(n, *args)
            return out
        if count:
            idx = np.flatnonzero(sel)
            out[idx] = branch(count, *(a[idx] if isinstance(a, np.ndarray) and a.ndim else a for a in args))
        if cond is True:
            return out
        todo = ~cond if todo is None else todo & ~cond
        if not todo.any():
            return out
    out[todo] = np.nan
    return out
