"""Reading user claim files (TOML) into the same claim objects the models use.

Format (DESIGN.md)::

    [params]
    x = { assumptions = ["positive"], domain = [1e-3, 1e3] }
    nu = { assumptions = ["real"], domain = [0, 5], scale = "linear" }

    [[claim]]
    id = "dlmf.10.40.1.leading"
    kind = "asymptote"            # identity | limit | asymptote | value | inequality | scaling
    expr = "besseli(nu, x)"
    approx = "exp(x)/sqrt(2*pi*x)"
    limit = "x -> oo"
    order = 1                     # optional: residual is O(1/x**1); or "exp", or "log 2"
    source = "DLMF 10.40.1"
    expect = "holds"              # or "fails" (synonym "erratum"), with a reason

Keys per kind: identity ``lhs``, ``rhs``; limit ``expr``, ``limit``, ``value``; asymptote
``expr``, ``approx``, ``limit``, optional ``order``, ``eps_range``; value ``expr``, ``value``,
optional ``rtol``; inequality ``lhs``, ``op``, ``rhs``; scaling ``expr``, ``limit``, ``exponent``,
optional ``tol``, ``eps_range``.
Every claim may also give ``at`` (values for the other parameters), ``timeout`` (seconds),
``reason`` (why it is expected to fail) and ``statement``.

Every problem raises :class:`ClaimFileError`, one line naming the file, the claim id and the
offending text. Formulas are sympy syntax, evaluated by sympy's parser: a claim file is code you
trust, like a script; names with double underscores, ``lambda`` and ``import`` are refused.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.parsing.sympy_parser import convert_xor, parse_expr, standard_transformations

from vitrum.claims import Asymptote, Claim, Identity, Inequality, Limit, Order, Scaling, Value
from vitrum.declare import Citation, DeclarationError, Domain, Model, Param

KIND_KEYS: dict[str, tuple[set[str], set[str]]] = {
    # kind: (required, optional)
    "identity": ({"lhs", "rhs"}, set()),
    "limit": ({"expr", "limit", "value"}, set()),
    "asymptote": ({"expr", "approx", "limit"}, {"order", "eps_range"}),
    "value": ({"expr", "value"}, {"rtol"}),
    "inequality": ({"lhs", "op", "rhs"}, set()),
    "scaling": ({"expr", "limit", "exponent"}, {"tol", "eps_range"}),
}
COMMON_KEYS = {"id", "kind", "source", "expect", "reason", "at", "timeout", "statement"}
_LIMIT = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*->\s*(.+?)\s*$")
_FORBIDDEN = re.compile(r"__|\blambda\b|\bimport\b|;|\bN\s*\(|\bevalf\b")
_DECIMAL = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")


def _is_number(v) -> bool:
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)


def _quote(text) -> str:
    """The offending text verbatim, in quotes (not repr: backslashes stay single)."""
    return f"'{text}'" if isinstance(text, str) else repr(text)


class ClaimFileError(ValueError):
    """A claim file is unreadable or malformed; the message is one line naming the culprit."""


@dataclass
class ClaimFile:
    path: Path
    model: Model
    claims: list[Claim]


def load(path: str | Path) -> ClaimFile:
    """Read a claim file; every claim is attached to a small Model holding the file's params."""
    path = Path(path)
    try:
        # floats as Decimal: a printed value keeps the digits the user typed (and its trailing zeros)
        data = tomllib.loads(path.read_text(), parse_float=Decimal)
    except FileNotFoundError:
        raise ClaimFileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClaimFileError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ClaimFileError(f"{path}: not valid TOML: {exc}") from None
    unknown_top = set(data) - {"params", "claim"}
    if unknown_top:
        raise ClaimFileError(f"{path}: unknown top-level key(s) {', '.join(sorted(unknown_top))}; expected [params] and [[claim]]")
    params = _params(path, data.get("params", {}))
    symbols = {p.name: p.symbol for p in params}
    raw_claims = data.get("claim", [])
    if not isinstance(raw_claims, list) or not raw_claims:
        raise ClaimFileError(f"{path}: no [[claim]] tables")
    claims = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_claims):
        cid = raw.get("id") if isinstance(raw, dict) else None
        label = f"{path}: claim {cid!r}" if cid else f"{path}: claim #{i + 1}"
        if not isinstance(raw, dict) or not cid:
            raise ClaimFileError(f"{label}: missing key 'id'")
        if not isinstance(cid, str):
            raise ClaimFileError(f"{label}: id must be a string")
        if cid in seen:
            raise ClaimFileError(f"{label}: duplicate id")
        seen.add(cid)
        try:
            claims.append(_claim(raw, symbols, label))
        except DeclarationError as exc:
            raise ClaimFileError(f"{label}: {exc}") from None
    name = "file_" + re.sub(r"\W", "_", path.stem)
    try:
        model = Model(name=name, title=f"claims from {path.name}", params=params, quantities=[], claims=claims,
                      origin=str(path.resolve()))
    except DeclarationError as exc:
        raise ClaimFileError(f"{path}: {exc}") from None
    return ClaimFile(path, model, claims)


def _params(path: Path, table) -> list[Param]:
    if not isinstance(table, dict):
        raise ClaimFileError(f"{path}: [params] must be a table")
    out = []
    for name, spec in table.items():
        where = f"{path}: param {name!r}"
        if not isinstance(spec, dict):
            raise ClaimFileError(f"{where}: must be a table like {{ assumptions = [\"positive\"], domain = [1e-3, 1e3] }}")
        extra = set(spec) - {"assumptions", "domain", "scale", "typical", "dimension", "meaning"}
        if extra:
            raise ClaimFileError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        assumptions = spec.get("assumptions", ["real"])
        if isinstance(assumptions, str):
            assumptions = [assumptions]
        domain = None
        if "domain" in spec:
            d = spec["domain"]
            if not (isinstance(d, list) and len(d) == 2 and all(_is_number(v) for v in d)):
                raise ClaimFileError(f"{where}: domain must be [lo, hi] with two numbers, got {d!r}")
            lo, hi = float(d[0]), float(d[1])
            scale = spec.get("scale") or ("log" if lo > 0 and hi / lo >= 100 else "linear")
            try:
                domain = Domain(lo, hi, scale)
            except DeclarationError as exc:
                raise ClaimFileError(f"{where}: bad domain {d!r}: {exc}") from None
        try:
            typical = spec.get("typical")
            if typical is not None and not _is_number(typical):
                raise ClaimFileError(f"{where}: typical must be a number, got {typical!r}")
            out.append(Param(name, dimension=spec.get("dimension", "1"), assumptions=tuple(assumptions), domain=domain,
                             meaning=spec.get("meaning", ""), typical=None if typical is None else float(typical)))
        except (DeclarationError, TypeError) as exc:
            raise ClaimFileError(f"{where}: {exc}") from None
    return out


def parse_formula(text, symbols: dict[str, sp.Symbol], label: str, key: str, extra: dict[str, sp.Symbol] | None = None) -> sp.Expr:
    """Parse sympy syntax; unknown names and functions are errors naming the text."""
    if not (_is_number(text) or isinstance(text, str)):
        raise ClaimFileError(f"{label}: {key} must be a formula string or a number, got {text!r}")
    if _is_number(text):
        if isinstance(text, (float, Decimal)) and not math.isfinite(text):
            raise ClaimFileError(f"{label}: {key} = {text} is not finite")
        if isinstance(text, int):
            return sp.Integer(text)
        return sp.Float(str(text), max(30, len(str(text))))
    if _FORBIDDEN.search(text):
        raise ClaimFileError(f"{label}: {key} = {_quote(text)} contains a forbidden construct (__, lambda, import, ;, N(), evalf)")
    local = dict(symbols)
    if extra:
        local.update(extra)
    try:
        expr = parse_expr(text, local_dict=local, transformations=standard_transformations + (convert_xor,))
    except Exception as exc:
        raise ClaimFileError(f"{label}: {key} = {_quote(text)} does not parse: {type(exc).__name__}: {exc}".replace("\n", " ")) from None
    if not isinstance(expr, sp.Basic):
        raise ClaimFileError(f"{label}: {key} = {_quote(text)} is not a formula")
    undefined = sorted({str(f.func) for f in expr.atoms(AppliedUndef)})
    if undefined:
        raise ClaimFileError(f"{label}: {key} = {_quote(text)}: unknown function(s) {', '.join(undefined)}")
    unknown = sorted(s.name for s in expr.free_symbols if s.name not in local)
    if unknown:
        raise ClaimFileError(f"{label}: {key} = {_quote(text)}: unknown name(s) {', '.join(unknown)} (declare them under [params])")
    return expr


def parse_limit(text, symbols: dict[str, sp.Symbol], label: str) -> tuple[sp.Symbol, sp.Expr, str]:
    """``"x -> oo"``, ``"x -> 0+"``, ``"x -> 1-"`` -> (symbol, point, direction)."""
    if not isinstance(text, str):
        raise ClaimFileError(f"{label}: limit must be a string like \"x -> oo\", got {text!r}")
    m = _LIMIT.match(text)
    if not m:
        raise ClaimFileError(f"{label}: limit {_quote(text)} does not parse; write \"x -> oo\", \"x -> 0+\" or \"x -> 1-\"")
    name, point_text = m.group(1), m.group(2)
    if name not in symbols:
        raise ClaimFileError(f"{label}: limit {text!r}: {name!r} is not a declared parameter")
    direction = "+"
    if point_text.endswith(("+", "-")) and point_text not in ("+oo", "-oo"):
        direction, point_text = point_text[-1], point_text[:-1].strip()
    point = parse_formula(point_text, {}, label, "limit point")
    if point.free_symbols or not (point.is_real or point in (sp.oo, -sp.oo)):
        raise ClaimFileError(f"{label}: limit {text!r}: the point must be a real number or oo")
    return symbols[name], point, direction


def _order(value, label: str) -> Order | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ClaimFileError(f"{label}: order must be a number, \"exp\" or \"log P\", got {value!r}")
    if _is_number(value):
        if value <= 0:
            raise ClaimFileError(f"{label}: order must be positive, got {value!r}")
        return Order(float(value))
    if isinstance(value, str):
        parts = value.split()
        if parts == ["exp"]:
            return Order(kind="exp")
        if len(parts) == 2 and parts[0] == "log":
            try:
                return Order(float(parts[1]), "log")
            except ValueError:
                pass
    raise ClaimFileError(f"{label}: order must be a number, \"exp\" or \"log P\", got {value!r}")


def _eps_range(value, point: sp.Expr, label: str) -> tuple[float, float]:
    """[start, stop]: values of the variable, same sign, moving toward the limit point."""
    if not (isinstance(value, list) and len(value) == 2 and all(_is_number(v) for v in value)):
        raise ClaimFileError(f"{label}: eps_range must be [start, stop], two numbers, got {value!r}")
    start, stop = float(value[0]), float(value[1])
    if start == 0 or stop == 0 or (start > 0) != (stop > 0):
        raise ClaimFileError(f"{label}: eps_range {value!r} must not contain or touch 0 (start and stop of one sign)")
    if point in (sp.oo, -sp.oo):
        toward = abs(stop) > abs(start)
    else:
        toward = abs(stop - float(point)) < abs(start - float(point))
    if not toward:
        raise ClaimFileError(f"{label}: eps_range {value!r} moves away from the limit point {point}")
    return start, stop


def _claim(raw: dict, symbols: dict[str, sp.Symbol], label: str) -> Claim:
    kind = raw.get("kind")
    if kind not in KIND_KEYS:
        raise ClaimFileError(f"{label}: unknown kind {kind!r}; one of {', '.join(KIND_KEYS)}")
    required, optional = KIND_KEYS[kind]
    missing = sorted(required - set(raw))
    if missing:
        raise ClaimFileError(f"{label}: missing key(s) {', '.join(missing)} for kind {kind!r}")
    unknown = sorted(set(raw) - required - optional - COMMON_KEYS)
    if unknown:
        raise ClaimFileError(f"{label}: unknown key(s) {', '.join(unknown)} for kind {kind!r}")
    expect = {"erratum": "fails"}.get(raw.get("expect", "holds"), raw.get("expect", "holds"))
    if expect not in ("holds", "fails"):
        raise ClaimFileError(f"{label}: expect must be \"holds\" or \"fails\" (or its synonym \"erratum\"), got {raw['expect']!r}")
    at = raw.get("at", {})
    if not isinstance(at, dict) or any(k not in symbols or not _is_number(v) for k, v in at.items()):
        raise ClaimFileError(f"{label}: at must map declared parameters to numbers, got {at!r}")
    timeout = raw.get("timeout", 60.0)
    if not _is_number(timeout) or timeout <= 0:
        raise ClaimFileError(f"{label}: timeout must be a positive number of seconds, got {timeout!r}")
    source = raw.get("source", "")
    common = dict(
        id=raw["id"], statement=raw.get("statement", ""), citation=Citation(str(source)) if source else None, expect=expect,
        reason=raw.get("reason", "expected to fail (claim file)" if expect == "fails" else ""), at={k: float(v) for k, v in at.items()},
        timeout=float(timeout),
    )

    def f(key: str) -> sp.Expr:
        return parse_formula(raw[key], symbols, label, key)

    if kind == "identity":
        return Identity(lhs=f("lhs"), rhs=f("rhs"), **common)
    if kind == "value":
        rtol = raw.get("rtol")
        if rtol is not None and (not _is_number(rtol) or not rtol > 0):
            raise ClaimFileError(f"{label}: rtol must be a positive number, got {rtol!r}")
        raw_value = raw["value"]
        # a decimal, typed as a TOML number or as a string, is judged to its printed digits
        value_text = str(raw_value) if isinstance(raw_value, Decimal) or (isinstance(raw_value, str) and _DECIMAL.match(raw_value.strip())) else ""
        return Value(expr=f("expr"), value=f("value"), rtol=None if rtol is None else float(rtol), value_text=value_text, **common)
    if kind == "inequality":
        if raw["op"] not in ("<", "<=", ">", ">="):
            raise ClaimFileError(f"{label}: op must be one of <, <=, >, >=, got {raw['op']!r}")
        return Inequality(lhs=f("lhs"), rhs=f("rhs"), op=raw["op"], **common)
    var, point, direction = parse_limit(raw["limit"], symbols, label)
    eps_range = raw.get("eps_range")
    if eps_range is not None:
        eps_range = _eps_range(eps_range, point, label)
    if kind == "limit":
        return Limit(expr=f("expr"), var=var, point=point, value=f("value"), direction=direction, **common)
    if kind == "scaling":
        exponent = f("exponent")
        if not exponent.is_number or not exponent.is_real:
            raise ClaimFileError(f"{label}: exponent = {_quote(raw['exponent'])} must be a real number")
        return Scaling(expr=f("expr"), var=var, point=point, exponent=exponent, tol=float(raw.get("tol", 0.05)),
                       eps_range=eps_range, **common)
    return Asymptote(expr=f("expr"), approx=f("approx"), var=var, point=point, direction=direction,
                     order=_order(raw.get("order"), label), eps_range=eps_range, **common)
