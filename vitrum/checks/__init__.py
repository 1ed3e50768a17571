"""Deciding claims: ``vitrum.check(target) -> Report``.

Layers inside: :mod:`.deciders` (one claim, both routes) -> :mod:`.runner` (many claims,
processes, time limits) -> :mod:`.report` (summary, table, JSON).
"""

from __future__ import annotations

from collections.abc import Iterable

from vitrum.checks.report import Report
from vitrum.checks.runner import Progress, RunOptions, run_claims
from vitrum.checks.targets import Target, UnknownTarget, resolve

__all__ = ["check", "Report", "RunOptions", "UnknownTarget"]


def check(target: Target | Iterable[Target] | None = None, *, jobs: int = 1, dps: int = 30,
          timeout: float | None = None, cache: bool = False, progress: Progress | None = None) -> Report:
    """Decide the claims of ``target`` (a Model, a Claim, a claim-file path, a model name, a
    claim-id prefix, or a list of these; None = every model). ``cache=True`` reuses verdicts of
    unchanged claims from the results cache (``$VITRUM_CACHE_DIR``, default ~/.cache/vitrum)."""
    items = resolve(target)
    return run_claims(items, RunOptions(jobs=jobs, dps=dps, timeout=timeout, use_cache=cache), progress)
