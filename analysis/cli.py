"""The `coalition-reports` command: build, validate, params."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from .exceptions import CoalitionReportsError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Cited reports on the coalitions against ISIS.")


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _fail(exc: CoalitionReportsError) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(exc.exit_code)


@app.command()
def build(
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Build only this notebook (repeatable).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="Languages, comma-separated.")] = "ar,en",
    format: Annotated[str, typer.Option("--format", help="Formats, comma-separated.")] = "html,pdf",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Notebooks run at once.")] = os.cpu_count() or 1,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when nothing changed.")] = False,
    param: Annotated[Optional[list[str]], typer.Option("-p", "--param", help="name=value (repeatable).")] = None,
    self_contained: Annotated[
        bool, typer.Option("--self-contained", help="Inline plotly.js in every page (one file to mail) instead of sharing reports/assets/plotly.min.js.")
    ] = False,
) -> None:
    """Execute every report notebook in each language and export HTML and PDF into reports/."""
    from .build import run_build
    from .parameters import parse_cli_pairs

    tty = sys.stderr.isatty()
    say = _say(tty)
    try:
        result = run_build(
            only=only,
            langs=_split(lang),
            formats=_split(format),
            overrides=parse_cli_pairs(param or []),
            jobs=jobs,
            force=force,
            say=say,
            progress=tty,
            self_contained=self_contained,
        )
    except CoalitionReportsError as exc:
        _fail(exc)
    summary = f"{len(result.built)} built, {len(result.fresh)} up to date, {len(result.failed)} failed in {result.seconds:.2f} s"
    if result.errors:
        for exc in result.errors:
            typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        typer.echo(summary, err=True)
        raise typer.Exit(max(exc.exit_code for exc in result.errors))
    typer.echo(summary)


def _say(tty: bool):
    if not tty:
        return lambda line: print(line, file=sys.stderr, flush=True)
    from rich.console import Console

    console = Console(stderr=True, highlight=False)
    styles = {"FAILED": "bold red", "executed": "green", "printed": "green", "wrote": "dim", "executing": "cyan"}

    def say(line: str) -> None:
        console.print(line, style=styles.get(line.split(" ", 1)[0], ""), markup=False)

    return say


@app.command()
def validate() -> None:
    """Check every data file against its schema and its sources; print rows per table."""
    try:
        from .data import validate_all

        counts = validate_all()
    except CoalitionReportsError as exc:
        _fail(exc)
    total = sum(counts.values())
    typer.echo(f"valid: {total} rows in {len(counts)} tables (" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")")


@app.command()
def params(name: Annotated[str, typer.Argument(help="Notebook name, e.g. 00_overview.")]) -> None:
    """List a notebook's parameters, their types, allowed values and defaults."""
    from .notebooks import discover

    try:
        (nb,) = discover(only=[name])
    except CoalitionReportsError as exc:
        _fail(exc)
    for p in nb.parameters.values():
        typer.echo(f"{p.describe()}  # {p.help}" if p.help else p.describe())


def main() -> None:
    app()


if __name__ == "__main__":
    main()
