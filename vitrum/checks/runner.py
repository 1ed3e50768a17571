"""Running many claims: one forked worker process per claim, at most ``jobs`` at once, each
with its own time limit.

A worker that exceeds its claim's time limit is killed and the claim gets ``undecided`` with
the reason (a hung quadrature never hangs the run); a worker that dies without answering gets
``error``. Ctrl-C stops the workers and returns what was decided so far (``Report.interrupted``).

Ctrl-C is the parent's business. A terminal sends SIGINT to the whole process group, so the
workers ignore it (they are killed by the parent), and the parent records it in a flag as well as
raising KeyboardInterrupt: Python drops an exception raised inside a ``__del__`` ("Exception
ignored in ..."), and a Ctrl-C that lands while a pipe is being garbage-collected would otherwise
vanish and the run go on. A caller who ignores SIGINT (nohup) or handles it in a way of their own
keeps that.

Process isolation also means nothing a decider does to its process (precision, sympy caches,
signal handlers) reaches another claim.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from multiprocessing.connection import Connection, wait

from vitrum.claims import Claim
from vitrum.declare import Model
from vitrum.checks.cache import ResultCache, claim_key
from vitrum.checks.deciders import Setting, decide
from vitrum.checks.evidence import Decision, Result
from vitrum.checks.report import Report

Progress = Callable[[Result, int, int], None]


@dataclass(frozen=True)
class RunOptions:
    """How to run: parallel workers, precision, time limit override (seconds per claim), the
    symbolic route's budget, and whether to isolate each claim in its own process."""

    jobs: int = 1
    dps: int = 30
    timeout: float | None = None
    symbolic_seconds: float = 10.0
    isolate: bool = True
    use_cache: bool = False
    cache_dir: Path | None = None

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError(f"jobs must be >= 1, got {self.jobs}")
        if self.dps < 15:
            raise ValueError(f"dps must be >= 15 for a reference, got {self.dps}")
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError(f"timeout must be positive, got {self.timeout}")


def decide_to_result(model: Model, claim: Claim, options: RunOptions) -> Result:
    """Decide one claim in this process (no time limit) and package the result."""
    started = time.perf_counter()
    budget = min(options.symbolic_seconds, _budget(claim, options) / 3)
    if claim.symbolic_seconds is not None:
        budget = min(budget, claim.symbolic_seconds)
    setting = Setting(model, dps=options.dps, symbolic_seconds=budget)
    try:
        decision = decide(claim, setting)
    except Exception as exc:  # a decider bug or an evaluation failure: report, never crash the run
        decision = Decision("error", reason=f"{type(exc).__name__}: {exc}", extra={"traceback": traceback.format_exc(limit=4)})
    return _result(model, claim, decision.verdict, decision.evidence(), time.perf_counter() - started)


def _result(model: Model, claim: Claim, verdict: str, evidence: dict, seconds: float) -> Result:
    evidence.setdefault("computed", {})
    evidence.setdefault("digits", None)
    evidence.setdefault("routes", {"symbolic": "n/a", "numeric": "n/a"})
    if claim.expect == "fails":
        evidence.setdefault("erratum", claim.reason)
    return Result(claim.id, claim.kind, verdict, claim.expect, claim.source, evidence, seconds, model.name, claim.statement)


# A claim's declared timeout budgets its work (the symbolic route gets a third of it); the worker
# is killed only at HARD_LIMIT_FACTOR times it, so a loaded or slower machine does not turn a
# claim that needs 5 s alone into `undecided`. An explicit --timeout is a hard limit as given.
HARD_LIMIT_FACTOR = 3.0


def _budget(claim: Claim, options: RunOptions) -> float:
    return options.timeout if options.timeout is not None else claim.timeout


def _limit(claim: Claim, options: RunOptions) -> float:
    return options.timeout if options.timeout is not None else HARD_LIMIT_FACTOR * claim.timeout


def _worker(conn: Connection, model: Model, claim: Claim, options: RunOptions) -> None:
    # Forked with SIGINT blocked (see _start_worker): ignore it before unblocking, so a pending
    # Ctrl-C meant for the parent is discarded here instead of turning the claim into `error`.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        result = decide_to_result(model, claim, options)
        conn.send(result.to_json())
    except BaseException as exc:  # pragma: no cover - reported by the parent as error
        try:
            conn.send({"crash": f"{type(exc).__name__}: {exc}"})
        except Exception:
            pass
    finally:
        conn.close()
        os._exit(0)  # skip atexit handlers inherited from the parent


# The longest the parent waits on workers before it looks at the Ctrl-C flag again.
_POLL_SECONDS = 0.5


class _CtrlC:
    """The parent's SIGINT handler while workers run: remember, then raise as Python would."""

    def __init__(self) -> None:
        self.seen = False

    def __call__(self, signum: int, frame: object) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise if a Ctrl-C came whose KeyboardInterrupt was swallowed on the way."""
        if self.seen:
            raise KeyboardInterrupt


@contextmanager
def _ctrl_c_flag() -> Iterator[_CtrlC]:
    flag = _CtrlC()
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        # signals reach only the main thread; a caller who ignores SIGINT (nohup) or handles it
        # in a way of their own keeps that
        yield flag
        return
    previous = signal.signal(signal.SIGINT, flag)
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


def _start_worker(ctx: mp.context.BaseContext, model: Model, claim: Claim, options: RunOptions) -> tuple[Connection, mp.process.BaseProcess]:
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(send, model, claim, options), daemon=True)
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # until the child ignores it
    try:
        proc.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)  # a Ctrl-C held meanwhile arrives here
        send.close()
    return recv, proc


def run_claims(items: Sequence[tuple[Model, Claim]], options: RunOptions = RunOptions(), progress: Progress | None = None) -> Report:
    """Decide every (model, claim) pair; results in the order given. With ``use_cache``,
    verdicts of unchanged claims come from the results cache and new ones are stored."""
    results: list[Result | None] = [None] * len(items)
    done = 0
    cache = ResultCache(options.cache_dir) if options.use_cache else None
    keys = [claim_key(m, c, options.dps) for m, c in items] if cache else []

    def finish(i: int, result: Result, from_cache: bool = False) -> None:
        nonlocal done
        if cache is not None and not from_cache:
            cache.put(keys[i], result)
        if from_cache:
            result.evidence["cached"] = True
        results[i] = result
        done += 1
        if progress is not None:
            progress(result, done, len(items))

    todo = []
    for i in range(len(items)):
        hit = cache.get(keys[i]) if cache is not None else None
        if hit is not None:
            finish(i, hit, from_cache=True)
        else:
            todo.append(i)

    if not options.isolate:
        for i in todo:
            finish(i, decide_to_result(*items[i], options))
        return Report([r for r in results if r is not None])

    ctx = mp.get_context("fork")
    pending = todo
    running: dict[Connection, tuple[int, mp.process.BaseProcess, float]] = {}
    interrupted = False
    with _ctrl_c_flag() as ctrl_c:
        try:
            _run_isolated(ctx, items, options, pending, running, finish, ctrl_c)
        except KeyboardInterrupt:
            interrupted = True
            for conn, (_i, proc, _s) in running.items():
                proc.kill()
                proc.join(timeout=5)
                conn.close()
    return Report([r for r in results if r is not None], interrupted=interrupted, not_run=[items[i][1].id for i, r in enumerate(results) if r is None])


def _run_isolated(ctx: mp.context.BaseContext, items: Sequence[tuple[Model, Claim]], options: RunOptions, pending: list[int],
                  running: dict[Connection, tuple[int, mp.process.BaseProcess, float]], finish: Callable[[int, Result], None],
                  ctrl_c: _CtrlC) -> None:
    """The worker loop: keep ``jobs`` workers busy, collect answers, enforce time limits."""
    while pending or running:
        ctrl_c.check()
        while pending and len(running) < options.jobs:
            i = pending.pop(0)
            recv, proc = _start_worker(ctx, *items[i], options)
            running[recv] = (i, proc, time.perf_counter())
        now = time.perf_counter()
        next_deadline = min(start + _limit(items[i][1], options) for i, _p, start in running.values())
        ready = wait(list(running), timeout=min(_POLL_SECONDS, max(0.0, next_deadline - now)))
        ctrl_c.check()
        for conn in ready:
            i, proc, start = running.pop(conn)
            model, claim = items[i]
            try:
                payload = conn.recv()
            except EOFError:
                payload = {"crash": f"worker exited with code {proc.exitcode} before answering"}
            conn.close()
            proc.join(timeout=5)
            if "crash" in payload:
                finish(i, _result(model, claim, "error", {"reason": payload["crash"]}, time.perf_counter() - start))
            else:
                finish(i, Result.from_json(payload))
        now = time.perf_counter()
        for conn, (i, proc, start) in list(running.items()):
            model, claim = items[i]
            limit = _limit(claim, options)
            if now - start >= limit:
                proc.kill()
                proc.join(timeout=5)
                conn.close()
                del running[conn]
                finish(i, _result(model, claim, "undecided", {"reason": f"time limit of {limit:g} s reached; the computation was stopped"}, now - start))
