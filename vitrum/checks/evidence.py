"""Verdicts and their evidence (the JSON result contract of DESIGN.md).

A :class:`Decision` is what a decider returns for one claim; :class:`Result` adds the claim's
identity, the expected verdict and timing. ``Result.to_json()`` has exactly the keys of the
contract: id, kind, verdict, expected, ok, source, evidence {computed, digits, routes, ...},
seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Verdict = Literal["holds", "fails", "undecided", "error"]
RouteVerdict = Literal["holds", "fails", "unknown", "undecided", "n/a"]


@dataclass
class Route:
    """What one route (symbolic or numeric) said, and why."""

    verdict: RouteVerdict
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.verdict}: {self.detail}" if self.detail else self.verdict


@dataclass
class Decision:
    verdict: Verdict
    computed: dict[str, str] = field(default_factory=dict)
    digits: float | None = None
    symbolic: Route = field(default_factory=lambda: Route("n/a"))
    numeric: Route = field(default_factory=lambda: Route("n/a"))
    reason: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    def evidence(self) -> dict[str, object]:
        ev: dict[str, object] = {
            "computed": self.computed,
            "digits": None if self.digits is None else round(float(self.digits), 1),
            "routes": {"symbolic": str(self.symbolic), "numeric": str(self.numeric)},
        }
        if self.reason:
            ev["reason"] = self.reason
        ev.update(self.extra)
        return ev


def combine(symbolic: Route, numeric: Route) -> tuple[Verdict, str]:
    """The verdict from the two routes. A symbolic result alone never confirms a claim;
    disagreeing routes give ``undecided``."""
    s, n = symbolic.verdict, numeric.verdict
    if n == "holds":
        if s == "fails":
            return "undecided", "routes disagree: numeric holds, symbolic fails"
        return "holds", ""
    if n == "fails":
        if s == "holds":
            return "undecided", "routes disagree: numeric fails, symbolic holds"
        return "fails", ""
    return "undecided", f"numeric route undecided ({numeric.detail})" + (f"; symbolic {s}" if s not in ("n/a",) else "")


@dataclass
class Result:
    id: str
    kind: str
    verdict: Verdict
    expected: str
    source: str
    evidence: dict[str, object]
    seconds: float
    model: str = ""
    statement: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict == self.expected

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "verdict": self.verdict,
            "expected": self.expected,
            "ok": self.ok,
            "source": self.source,
            "evidence": self.evidence,
            "seconds": round(self.seconds, 3),
            "model": self.model,
            "statement": self.statement,
        }

    @staticmethod
    def from_json(d: dict) -> "Result":
        return Result(
            id=d["id"], kind=d["kind"], verdict=d["verdict"], expected=d["expected"], source=d.get("source", ""),
            evidence=d.get("evidence", {}), seconds=float(d.get("seconds", 0.0)), model=d.get("model", ""),
            statement=d.get("statement", ""),
        )
