"""The `parameters` cell of a notebook, read back and used to validate `-p name=value`.

A parameters cell holds typed, commented defaults, as papermill recommends:

    lang: str = "en"  # ar | en
    as_of: str = ""  # ISO date (YYYY-MM-DD); empty: the latest date in the data
    include_disputed: bool = True  # true | false

The annotation gives the type; a comment of the form `a | b | c` lists the
allowed values. Papermill alone only warns about an unknown parameter; here
every problem is an error, raised before any kernel starts.
"""

from __future__ import annotations

import ast
import datetime as dt
import io
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

from .exceptions import ParameterError

_TYPES = {"str": str, "int": int, "float": float, "bool": bool}
_CHOICES = re.compile(r"^\s*[\w.-]+(\s*\|\s*[\w.-]+)+\s*$")
_ISO_HINT = "iso date"


@dataclass(frozen=True)
class Parameter:
    name: str
    type: type
    default: object
    help: str = ""
    choices: tuple[str, ...] = field(default=())

    @property
    def is_date(self) -> bool:
        return self.type is str and _ISO_HINT in self.help.lower()

    def describe(self) -> str:
        allowed = " | ".join(self.choices) if self.choices else self.type.__name__
        return f"{self.name} ({allowed}, default {self.default!r})"


def parameters_cell_source(notebook: dict) -> str | None:
    """The source of the first code cell tagged `parameters`, or None."""
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell.get("source", "")
            return "".join(source) if isinstance(source, list) else source
    return None


def _comments(source: str) -> dict[int, str]:
    comments = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            comments[tok.start[0]] = tok.string.lstrip("#").strip()
    return comments


def parse_parameters(source: str, where: str = "parameters cell") -> dict[str, Parameter]:
    """Parse a parameters cell into {name: Parameter}, in order."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise ParameterError(f"{where}: cannot parse the parameters cell: {exc}") from exc
    comments = _comments(source)
    params: dict[str, Parameter] = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, annotation = node.target.id, ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, annotation = node.targets[0].id, ""
        else:
            continue
        try:
            default = ast.literal_eval(node.value)
        except ValueError as exc:
            raise ParameterError(f"{where}: the default of {name!r} is not a literal") from exc
        kind = _TYPES.get(annotation, type(default) if type(default) in _TYPES.values() else str)
        help_text = comments.get(node.lineno, "")
        choices = tuple(c.strip() for c in help_text.split("|")) if _CHOICES.match(help_text) else ()
        if kind is bool:
            choices = ()
        params[name] = Parameter(name, kind, default, help_text, choices)
    return params


def read_parameters(path: Path) -> dict[str, Parameter]:
    """The declared parameters of the notebook at `path`."""
    from .textfile import read_json

    notebook = read_json(Path(path))
    source = parameters_cell_source(notebook)
    if source is None:
        raise ParameterError(f"{path}: no code cell is tagged 'parameters'")
    return parse_parameters(source, where=str(path))


def coerce(param: Parameter, raw: object, where: str) -> object:
    """Turn a command-line string into the parameter's type, or raise ParameterError."""
    if not isinstance(raw, str):
        value = raw
    elif param.type is bool:
        lowered = raw.strip().lower()
        if lowered not in {"true", "false", "1", "0", "yes", "no"}:
            raise ParameterError(_bad(param, raw, where, "expected true or false"))
        value = lowered in {"true", "1", "yes"}
    elif param.type in (int, float):
        try:
            value = param.type(raw)
        except ValueError:
            raise ParameterError(_bad(param, raw, where, f"expected {param.type.__name__}")) from None
    else:
        value = raw
    if not isinstance(value, param.type) or (param.type is int and isinstance(value, bool)):
        raise ParameterError(_bad(param, raw, where, f"expected {param.type.__name__}"))
    if param.choices and str(value) not in param.choices:
        raise ParameterError(_bad(param, raw, where, f"allowed values: {' | '.join(param.choices)}"))
    if param.is_date and value:
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            raise ParameterError(_bad(param, raw, where, "expected an ISO date YYYY-MM-DD")) from None
    return value


def _bad(param: Parameter, raw: object, where: str, why: str) -> str:
    return f"{where}: parameter {param.name}={raw!r} is invalid: {why}"


def validate(declared: dict[str, Parameter], given: dict[str, object], where: str) -> dict[str, object]:
    """Check `given` against `declared`; return the coerced values, or raise with the valid list."""
    unknown = sorted(set(given) - set(declared))
    problems = [f"unknown parameter {name!r}" for name in unknown]
    values: dict[str, object] = {}
    for name, raw in given.items():
        if name in declared:
            try:
                values[name] = coerce(declared[name], raw, where)
            except ParameterError as exc:
                problems.append(str(exc).removeprefix(f"{where}: "))
    if problems:
        valid = "\n".join(f"  - {p.describe()}" for p in declared.values())
        raise ParameterError(f"{where}: " + "; ".join(problems) + f"\nvalid parameters:\n{valid}")
    return values


def parse_cli_pairs(pairs: list[str]) -> dict[str, str]:
    """`["a=1", "b=x"]` -> {"a": "1", "b": "x"}; a pair with no `=` is an error."""
    result = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"-p {pair!r}: expected name=value")
        result[name.strip()] = value
    return result
