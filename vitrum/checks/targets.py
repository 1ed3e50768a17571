"""Turning what a user names into (model, claim) pairs: a Model, a Claim, a claim-file path,
a model name, a claim-id prefix, or a list of these."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from vitrum import models
from vitrum.claimfile import load
from vitrum.claims import Claim
from vitrum.declare import Model

Target = Model | Claim | str | Path


class UnknownTarget(ValueError):
    """A target names no model, claim or claim file."""


def resolve(targets: Target | Iterable[Target] | None) -> list[tuple[Model, Claim]]:
    """(model, claim) pairs for the targets, in order, without repeats. None: every model."""
    if targets is None:
        targets = models.names()
    elif isinstance(targets, (Model, Claim, str, Path)):
        targets = [targets]
    out: list[tuple[Model, Claim]] = []
    seen: set[tuple[str, str]] = set()

    def add(model: Model, claim: Claim) -> None:
        key = (model.name, claim.id)
        if key not in seen:
            seen.add(key)
            out.append((model, claim))

    for t in targets:
        if isinstance(t, Model):
            for c in t.claims.values():
                add(t, c)
        elif isinstance(t, Claim):
            add(_owner(t), t)
        elif isinstance(t, Path) or str(t).endswith(".toml"):
            cf = load(t)
            for c in cf.claims:
                add(cf.model, c)
        elif t in models.names():
            m = models.get(t)
            for c in m.claims.values():
                add(m, c)
        else:
            hits = claims_matching(str(t))
            if not hits:
                raise UnknownTarget(f"{t!r} is not a model ({', '.join(models.names())}), a claim id prefix or a .toml claim file")
            for m, c in hits:
                add(m, c)
    return out


def claims_matching(prefix: str) -> list[tuple[Model, Claim]]:
    """Claims whose id is ``prefix`` or continues it after a dot (``kl1987`` takes kl1987.* but
    not kl1987e.*); if none, claims whose id merely starts with it."""
    built, broken = [], []
    for name in models.names():
        try:
            built.append(models.get(name))
        except models.ModelBuildError as exc:  # one broken model must not hide the others' claims
            broken.append(str(exc))
    every = [(m, c) for m in built for c in m.claims.values()]
    by_segment = [(m, c) for m, c in every if c.id == prefix or c.id.startswith(prefix + ".")]
    hits = by_segment or [(m, c) for m, c in every if c.id.startswith(prefix)]
    if not hits and broken:
        raise UnknownTarget(f"no claim matches {prefix!r} among the models that build; " + "; ".join(broken))
    return hits


def _owner(claim: Claim) -> Model:
    if claim.model in models.names():
        return models.get(claim.model)
    raise UnknownTarget(f"claim {claim.id!r} belongs to no registered model; check its Model instead")
