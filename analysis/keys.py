"""The catalogue keys the notebooks and the package use, found without running them.

A key is a string literal passed to a call (`t("ui.sources", lang)`,
`ed.heading("overview.title")`) whose first part is a namespace of
the catalogue (`ui`, `overview`, ...), or a notebook's title key in its
metadata. Keys built at run time from data (`"status." + code`) are checked
with the data instead (`data.validate_all`). `check()` runs before any kernel
starts, so a key without Arabic is found in a second, not inside a kernel.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from .exceptions import MissingTranslationError
from .paths import PACKAGE_DIR

KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


@dataclass(frozen=True)
class Use:
    key: str
    file: str
    line: int


def _literal_keys(source: str, namespaces: set[str]) -> list[tuple[str, int]]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []  # a cell that does not parse fails in its kernel, with its own message
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and KEY.match(arg.value):
                    if arg.value.split(".", 1)[0] in namespaces:
                        found.append((arg.value, arg.lineno))
    return found


def uses(notebooks: list[Path], namespaces: set[str], package: Path = PACKAGE_DIR) -> list[Use]:
    """Every literal catalogue key in `notebooks` (code cells, title) and in the package's modules."""
    from .textfile import display, read_json, read_text

    found: list[Use] = []
    for path in sorted(package.rglob("*.py")):
        found += [Use(k, display(path), n) for k, n in _literal_keys(read_text(path), namespaces)]
    for path in notebooks:
        nb = read_json(path)
        title = nb.get("metadata", {}).get("coalition", {}).get("title")
        if isinstance(title, str):
            found.append(Use(title, f"{display(path)} (metadata)", 0))
        for number, cell in enumerate(nb.get("cells", []), start=1):
            if cell.get("cell_type") == "code":
                source = cell.get("source", "")
                source = "".join(source) if isinstance(source, list) else source
                found += [Use(k, f"{display(path)}, cell {number}", n) for k, n in _literal_keys(source, namespaces)]
    return found


def problems(catalogue: dict[str, dict[str, str]], used: list[Use], langs=("ar", "en")) -> list[str]:
    """One line per key in use that the catalogue lacks, or lacks in a language."""
    out = []
    for use in used:
        entry = catalogue.get(use.key)
        where = f"{use.file}, line {use.line}" if use.line else use.file
        if entry is None:
            out.append(f"{where}: catalogue key {use.key!r} is not in the catalogue")
        else:
            out += [f"{where}: catalogue key {use.key!r} has no {lang!r} text" for lang in langs if not entry.get(lang)]
    return sorted(set(out))


def check(notebooks: list[Path]) -> int:
    """Raise MissingTranslationError listing every key in use without both languages; the count checked."""
    from .catalogue import catalogue

    table = catalogue()
    namespaces = {key.split(".", 1)[0] for key in table}
    used = uses(notebooks, namespaces)
    found = problems(table, used)
    if found:
        raise MissingTranslationError(f"{len(found)} catalogue problem(s):\n" + "\n".join(found))
    return len({u.key for u in used})
