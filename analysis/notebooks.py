"""The report notebooks: which exist, and what each declares about itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .exceptions import ParameterError
from .parameters import Parameter, parameters_cell_source, parse_parameters
from .paths import notebooks_dir
from .textfile import read_json


@dataclass(frozen=True)
class ReportNotebook:
    path: Path
    parameters: dict[str, Parameter]
    title_key: str | None

    @property
    def name(self) -> str:
        return self.path.stem


def read_notebook(path: Path) -> ReportNotebook | None:
    """The notebook at `path` if it has a parameters cell, else None."""
    nb = read_json(path)
    source = parameters_cell_source(nb)
    if source is None:
        return None
    title_key = nb.get("metadata", {}).get("coalition", {}).get("title")
    return ReportNotebook(path, parse_parameters(source, where=str(path)), title_key)


def discover(folder: Path | None = None, only: list[str] | None = None) -> list[ReportNotebook]:
    """Every notebook in `folder` with a cell tagged `parameters`, by name; `only` filters by name."""
    folder = folder or notebooks_dir()
    paths = sorted(folder.glob("*.ipynb"))
    wanted = {n.removesuffix(".ipynb") for n in only or ()}
    # With --only, only the wanted notebooks are read: a broken other notebook does not stop them.
    found = [nb for p in paths if (not only or p.stem in wanted) and (nb := read_notebook(p)) is not None]
    if only:
        names = {nb.name for nb in found}
        unknown = sorted(wanted - names)
        if unknown:
            names |= {p.stem for p in paths if p.stem not in wanted and _readable_report(p)}
            raise ParameterError(
                f"--only {', '.join(unknown)}: no such report notebook in {folder}; "
                f"valid names: {', '.join(sorted(names)) or '(none)'}"
            )
        found = [nb for nb in found if nb.name in wanted]
    return found


def readable(folder: Path | None = None) -> list[ReportNotebook]:
    """Every report notebook in `folder` that can be read; a broken one is left out (a build names it)."""
    from .exceptions import CoalitionReportsError

    found = []
    for path in sorted((folder or notebooks_dir()).glob("*.ipynb")):
        try:
            nb = read_notebook(path)
        except CoalitionReportsError:
            continue
        if nb is not None:
            found.append(nb)
    return found


def _readable_report(path: Path) -> bool:
    """Whether `path` is a report notebook, for listing valid names (a broken one is left out)."""
    from .exceptions import CoalitionReportsError

    try:
        return read_notebook(path) is not None
    except CoalitionReportsError:
        return False
