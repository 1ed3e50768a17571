"""The data flow is one way: declare -> models -> derive -> numeric -> checks -> cli.

Every import of a vitrum module anywhere in the package (module level or inside a function) is
checked against the layer order. The only exceptions are the two facade methods DESIGN.md
mandates on Quantity (``reference``, ``fast``), which reach into the numeric layer on call.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "vitrum"

# lower number = lower layer; a module may import only from layers <= its own, with the
# stricter rules below
LAYERS = {
    "vitrum.dimension": 0, "vitrum.properties": 0, "vitrum.declare": 0, "vitrum.claims": 0,
    "vitrum.claimfile": 1, "vitrum.models": 1,
    "vitrum.derive": 2,
    "vitrum.numeric": 3,
    "vitrum.checks": 4,
    "vitrum.docgen": 5, "vitrum.cli": 5, "vitrum": 5,
}
FACADES = {("vitrum.declare", "vitrum.numeric.reference"), ("vitrum.declare", "vitrum.numeric.emit")}


def layer(module: str) -> int:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in LAYERS:
            return LAYERS[key]
    raise AssertionError(f"module {module} has no layer")


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def vitrum_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("vitrum")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("vitrum") and node.level == 0:
            for alias in node.names:
                # `from vitrum.numeric import eigen` imports the submodule vitrum.numeric.eigen
                sub = f"{node.module}.{alias.name}"
                is_module = (PACKAGE.parent / Path(*sub.split("."))).with_suffix(".py").exists() or (PACKAGE.parent / Path(*sub.split("."))).is_dir()
                out.add(sub if is_module else node.module)
    return out


def test_every_import_respects_the_layers():
    violations = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = module_name(path)
        for imported in vitrum_imports(path):
            if (me, imported) in FACADES:
                continue
            if layer(imported) > layer(me):
                violations.append(f"{me} (layer {layer(me)}) imports {imported} (layer {layer(imported)})")
            if me.startswith("vitrum.models") and not imported.startswith(("vitrum.declare", "vitrum.claims", "vitrum.dimension",
                                                                             "vitrum.properties", "vitrum.models")):
                violations.append(f"{me}: models import only the declaration layer, not {imported}")
            if imported.startswith("vitrum.cli") and me != "vitrum.cli":
                violations.append(f"{me} imports the cli")
    assert not violations, "\n".join(violations)


def test_the_check_itself_catches_a_violation(tmp_path):
    bad = tmp_path / "vitrum" / "numeric" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("def f():\n    from vitrum.checks.runner import run_claims\n")
    assert vitrum_imports(bad) == {"vitrum.checks.runner"}
    assert layer("vitrum.checks.runner") > layer("vitrum.numeric.bad")
