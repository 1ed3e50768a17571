"""Deciding claims on a Dask cluster (optional extra ``dask``).

What travels to a worker is a *locator*, not the objects: the registry name of the model (or
the path of the claim file) and the claim id; the worker rebuilds the model and decides the
claim with the local runner, so the per-claim time limit and crash isolation hold there too.
The verdicts of a distributed run equal those of a local one (``tests/checks/test_distributed.py``).
The claim files must be readable at the same path on the workers.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Sequence

from vitrum.claims import Claim
from vitrum.declare import Model
from vitrum.checks.evidence import Result
from vitrum.checks.report import Report
from vitrum.checks.runner import Progress, RunOptions

Locator = tuple[str, str, str]  # ("registry" | "file", model name or path, claim id)


def locate(model: Model, claim: Claim) -> Locator:
    from vitrum import models

    if model.origin:
        return ("file", model.origin, claim.id)
    if model.name in models.names():
        return ("registry", model.name, claim.id)
    raise ValueError(f"claim {claim.id!r}: model {model.name!r} is neither registered nor from a claim file; "
                     "it cannot be sent to a Dask worker")


def decide_located(locator: Locator, options: RunOptions) -> dict:
    """On the worker: decide in a fresh interpreter (Dask workers are daemonic and may not fork
    children), under the claim's time limit; a hung or crashed child becomes undecided / error."""
    where, source, claim_id = locator
    limit = options.timeout if options.timeout is not None else _claim_timeout(locator)
    cmd = [sys.executable, "-m", "vitrum.checks.distributed", json.dumps(list(locator)), str(options.dps), str(options.symbolic_seconds)]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=limit + STARTUP_SECONDS)
    except subprocess.TimeoutExpired:
        return _stand_in(locator, "undecided", f"time limit of {limit:g} s reached on the worker; the computation was stopped",
                         time.perf_counter() - started)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return _stand_in(locator, "error", f"worker process exited with code {proc.returncode}: {tail}", time.perf_counter() - started)
    return json.loads(proc.stdout)


STARTUP_SECONDS = 30.0  # interpreter start and model build, on top of the claim's own limit


def _load(locator: Locator) -> tuple[Model, Claim]:
    from vitrum import models
    from vitrum.claimfile import load

    where, source, claim_id = locator
    model = load(source).model if where == "file" else models.get(source)
    return model, model.claims[claim_id]


def _claim_timeout(locator: Locator) -> float:
    from vitrum.checks.runner import HARD_LIMIT_FACTOR

    return HARD_LIMIT_FACTOR * _load(locator)[1].timeout


def _stand_in(locator: Locator, verdict: str, reason: str, seconds: float) -> dict:
    from vitrum.checks.runner import _result

    model, claim = _load(locator)
    return _result(model, claim, verdict, {"reason": reason}, seconds).to_json()


def _main(argv: list[str]) -> int:
    """``python -m vitrum.checks.distributed LOCATOR_JSON DPS SYMBOLIC_SECONDS``: print one result."""
    from vitrum.checks.runner import decide_to_result

    locator = tuple(json.loads(argv[0]))
    model, claim = _load(locator)  # type: ignore[arg-type]
    options = RunOptions(dps=int(argv[1]), symbolic_seconds=float(argv[2]), isolate=False)
    print(json.dumps(decide_to_result(model, claim, options).to_json()))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))


def run_on_dask(items: Sequence[tuple[Model, Claim]], options: RunOptions, scheduler: str | None,
                progress: Progress | None = None) -> Report:
    """Submit every claim to the cluster at ``scheduler`` (an address, or None for a local cluster)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ValueError("the dask executor needs the optional extra: pip install 'vitrum[dask]'") from None
    locators = [locate(m, c) for m, c in items]
    results: list[Result | None] = [None] * len(items)
    with Client(scheduler) if scheduler else Client(processes=True, n_workers=options.jobs, threads_per_worker=1) as client:
        futures = {client.submit(decide_located, loc, options, pure=False): i for i, loc in enumerate(locators)}
        for done, future in enumerate(as_completed(futures), 1):
            i = futures[future]
            results[i] = Result.from_json(future.result())
            if progress is not None:
                progress(results[i], done, len(items))
    return Report([r for r in results if r is not None])
