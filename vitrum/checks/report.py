"""A run's results: summary, the text table, the JSON document of DESIGN.md, the exit code."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vitrum.checks.evidence import Result

JSON_VERSION = 1


@dataclass
class Report:
    results: list[Result]
    interrupted: bool = False
    not_run: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every verdict equals its expectation (and the run was complete)."""
        return all(r.ok for r in self.results) and not self.interrupted and not self.not_run

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def __getitem__(self, claim_id: str) -> Result:
        for r in self.results:
            if r.id == claim_id:
                return r
        raise KeyError(claim_id)

    def summary(self) -> dict[str, object]:
        verdicts = Counter(r.verdict for r in self.results)
        return {
            "claims": len(self.results),
            "as_expected": sum(r.ok for r in self.results),
            "unexpected": sum(not r.ok for r in self.results),
            "verdicts": {v: verdicts.get(v, 0) for v in ("holds", "fails", "undecided", "error")},
            "seconds": round(sum(r.seconds for r in self.results), 3),
            "interrupted": self.interrupted,
            "not_run": self.not_run,
        }

    def to_json(self) -> dict[str, object]:
        return {"version": JSON_VERSION, "results": [r.to_json() for r in self.results], "summary": self.summary()}

    def write_json(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=2) + "\n")

    def table(self) -> str:
        """The final table: one line per claim, then the summary."""
        width = max((len(r.id) for r in self.results), default=10)
        lines = [f"{'claim':<{width}}  {'kind':<10} {'verdict':<9} {'expected':<8} {'ok':<3} {'s':>7}  evidence"]
        for r in self.results:
            mark = "ok" if r.ok else "NO"
            lines.append(f"{r.id:<{width}}  {r.kind:<10} {r.verdict:<9} {r.expected:<8} {mark:<3} {r.seconds:7.2f}  {headline(r)}")
        s = self.summary()
        v = s["verdicts"]
        lines.append("")
        lines.append(
            f"{s['claims']} claims: {s['as_expected']} as expected, {s['unexpected']} not "
            f"(holds {v['holds']}, fails {v['fails']}, undecided {v['undecided']}, error {v['error']}) in {s['seconds']:.1f} s of work"
        )
        if self.interrupted:
            lines.append(f"interrupted: {len(self.not_run)} claims not run: {', '.join(self.not_run[:10])}")
        return "\n".join(lines)


def headline(r: Result) -> str:
    """One line of the decisive evidence."""
    ev = r.evidence
    routes = ev.get("routes", {})
    numeric = str(routes.get("numeric", ""))
    text = ev.get("reason") or numeric
    return str(text).replace("\n", " ")[:110]
