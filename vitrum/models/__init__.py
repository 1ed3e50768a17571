"""The model registry: ``vitrum.models.get("stm")``, ``vitrum.models.all()``.

Each model family lives in one module of this package with a ``build() -> Model`` function;
``MODULES`` maps a model name to that module. Models are built (and validated) on first use and
cached for the life of the process.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache

from vitrum.declare import DeclarationError, Model


class ModelBuildError(DeclarationError):
    """A registered model module failed to import or to build; the message names the model."""

MODULES: dict[str, str] = {
    "stm": "vitrum.models.tunneling",
    "soft_potential": "vitrum.models.soft_potential",
    "multicenter": "vitrum.models.multicenter",
    "vibration_assisted": "vitrum.models.vibration_assisted",
    "interacting_tls": "vitrum.models.interacting_tls",
    "electron_pairs": "vitrum.models.electron_pairs",
}


def names() -> list[str]:
    """The registered models whose module is present in this installation."""
    return [n for n, mod in MODULES.items() if importlib.util.find_spec(mod) is not None]


@cache
def get(name: str) -> Model:
    """The model called ``name``; KeyError listing the known names otherwise."""
    if name not in names():
        raise KeyError(f"unknown model {name!r}; known models: {', '.join(names())}")
    try:
        model = importlib.import_module(MODULES[name]).build()
    except DeclarationError as exc:
        raise ModelBuildError(f"model {name!r} is declared wrongly: {exc}") from exc
    except Exception as exc:
        raise ModelBuildError(f"model {name!r} ({MODULES[name]}) failed to build: {type(exc).__name__}: {exc}") from exc
    if model.name != name:
        raise RuntimeError(f"module {MODULES[name]} built model {model.name!r}, registered as {name!r}")
    return model


def all() -> list[Model]:  # noqa: A001 - the DESIGN contract names it so
    """Every registered model, built."""
    return [get(n) for n in names()]
