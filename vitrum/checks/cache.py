"""The results cache: re-running an unchanged check is instant.

An entry's key hashes everything a verdict depends on: the claim's content (every field, sympy
expressions by ``srepr``), the parameters and constants of its model, the source of the whole
``vitrum`` package (model code and framework alike: any edit invalidates every entry, which is
conservative and simple), the versions of sympy, mpmath, numpy and scipy, and the precision.

Entries are JSON files written atomically (temporary file + ``os.replace``), so two processes
writing at once or a run interrupted mid-write leave either the old or the new entry, never a
torn one. Each entry stores the SHA-256 of its payload; an entry that fails to parse, whose
checksum or key does not match, is reported as corrupt, deleted and recomputed, never trusted.

Verdicts that depend on the machine rather than the claim (a time limit reached, a crashed
worker) are not stored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import cache
from pathlib import Path

from importlib import metadata

import sympy as sp

from vitrum.claims import Claim
from vitrum.declare import Model
from vitrum.checks.evidence import Result

CACHE_FORMAT = 1


def default_dir() -> Path:
    return Path(os.environ.get("VITRUM_CACHE_DIR", Path.home() / ".cache" / "vitrum")) / "results"


@cache
def code_fingerprint() -> str:
    """SHA-256 over every .py file of the installed vitrum package (path and content)."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    for lib in ("sympy", "mpmath", "numpy", "scipy"):
        h.update(f"{lib}={metadata.version(lib)}".encode())
    return h.hexdigest()


def _canonical(value) -> str:
    if isinstance(value, sp.Basic):
        return sp.srepr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return f"{type(value).__name__}(" + ", ".join(f"{f.name}={_canonical(getattr(value, f.name))}" for f in dataclasses.fields(value)) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_canonical(k)}: {_canonical(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_canonical(v) for v in value) + "]"
    return repr(value)


_MODEL_PARTS: dict[int, tuple[Model, str]] = {}


def _model_part(model: Model) -> str:
    """The model's share of every key (computed once per model object, not once per claim)."""
    hit = _MODEL_PARTS.get(id(model))
    if hit is None or hit[0] is not model:
        text = (f"model={model.name}\nparams=" + _canonical(list(model.params.values()))
                + "\nconstants=" + _canonical(list(model.constants.values())))
        hit = _MODEL_PARTS[id(model)] = (model, text)
    return hit[1]


def claim_key(model: Model, claim: Claim, dps: int) -> str:
    """The cache key of a claim's verdict."""
    parts = [
        f"format={CACHE_FORMAT}",
        f"code={code_fingerprint()}",
        f"dps={dps}",
        _model_part(model),
        f"kind={claim.kind}",
        "claim=" + _canonical({f.name: getattr(claim, f.name) for f in dataclasses.fields(claim) if f.name not in ("model", "corrected")}),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class ResultCache:
    """A directory of verdicts keyed by :func:`claim_key`."""

    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory is not None else default_dir()
        self.corrupt: list[str] = []

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Result | None:
        path = self._path(key)
        try:
            text = path.read_text()
        except FileNotFoundError:
            return None
        except OSError:
            return None
        try:
            doc = json.loads(text)
            payload = json.dumps(doc["result"], sort_keys=True)
            ok = doc.get("key") == key and doc.get("sha256") == hashlib.sha256(payload.encode()).hexdigest()
            result = Result.from_json(doc["result"]) if ok else None
        except (ValueError, KeyError, TypeError):
            result = None
        if result is None:
            self.corrupt.append(str(path))
            try:
                path.unlink()
            except OSError:
                pass
        return result

    def put(self, key: str, result: Result) -> None:
        if result.verdict == "error" or "time limit" in str(result.evidence.get("reason", "")):
            return
        payload = result.to_json()
        text = json.dumps({"key": key, "sha256": hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest(),
                           "result": payload}, sort_keys=True)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        tmp.write_text(text)
        os.replace(tmp, path)
