"""The `coalition-reports` command: build, validate, params, sources add, quote."""

from __future__ import annotations

import os
import sys
from pathlib import Path
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
    cell_timeout: Annotated[float, typer.Option("--cell-timeout", min=1, help="Seconds a cell may run before it is stopped.")] = 300,
    self_contained: Annotated[
        bool, typer.Option("--self-contained", help="Inline plotly.js in every page (one file to mail) instead of sharing reports/assets/plotly.min.js.")
    ] = False,
) -> None:
    """Execute every report notebook in each language and export HTML and PDF into reports/."""
    from .build import run_build
    from .lifecycle import Interrupted
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
            cell_timeout=cell_timeout,
            self_contained=self_contained,
        )
    except CoalitionReportsError as exc:
        _fail(exc)
    except Interrupted as stop:
        _interrupted(stop)
    summary = _summary(result)
    if result.errors:
        for exc in result.errors:
            typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        typer.echo(summary, err=True)
        raise typer.Exit(max(exc.exit_code for exc in result.errors))
    typer.echo(summary)


def _summary(result) -> str:
    return (f"{len(result.built)} built, {len(result.fresh)} up to date, {len(result.failed)} failed, "
            f"{len(result.unpublished)} left unpublished in {result.seconds:.2f} s")


def _interrupted(stop) -> None:
    """Say what a stopped build published and what it did not; exit 130 (Ctrl-C), 143 or 129."""
    result = stop.result
    typer.secho(f"interrupted ({stop}): every worker, kernel and browser of the build has stopped",
                fg=typer.colors.YELLOW, err=True)
    if result is not None:
        typer.echo(f"  published: {', '.join(result.built) or 'nothing'}", err=True)
        typer.echo(f"  not published (previous files kept): {', '.join(result.unpublished + result.failed) or 'nothing'}", err=True)
        typer.echo(_summary(result), err=True)
    raise typer.Exit(stop.exit_code)


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
def preview(
    name: Annotated[Optional[str], typer.Argument(help="One notebook, e.g. 04_isis_today (default: every report).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="The edition to preview: ar or en.")] = "en",
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0: any free one).")] = 8765,
    pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="Print the PDF after each page.")] = True,
) -> None:
    """Serve the reports on 127.0.0.1, rebuild what a saved change touches, and reload the open page."""
    from .i18n import LANGS
    from .notebooks import discover
    from .preview import run

    try:
        if lang not in LANGS:
            from .exceptions import ParameterError

            raise ParameterError(f"--lang {lang!r}: valid languages are {', '.join(LANGS)}")
        names = [nb.name for nb in discover(only=[name] if name else None)]
    except CoalitionReportsError as exc:
        _fail(exc)
    run(names, lang, port=port, pdf=pdf, say=lambda line: print(line, file=sys.stderr, flush=True))


@app.command()
def validate() -> None:
    """Check every data file against its schema and its sources; list the numbers left to cite."""
    try:
        from .data import validate_all

        counts = validate_all(coverage=False)
    except CoalitionReportsError as exc:
        _fail(exc)
    total = sum(counts.values())
    typer.echo(f"valid: {total} rows in {len(counts)} tables (" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")")
    digits_left = _echo_todo()
    if digits_left:
        typer.secho(f"error: {digits_left} of these are written in digits: the build refuses data until each is "
                    "cited or excluded (number words are listed as a reminder only)", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)


def _echo_todo() -> int:
    """Print the numbers (digits and number words) of each source that no row quotes and no exclusion
    explains; return how many are written in digits."""
    from .coverage import todo

    left = todo()
    if not left:
        typer.echo("to do: none; every number in the sources is a data row or an exclusion")
        return 0
    count = sum(len(v) for v in left.values())
    typer.echo(f"to do: {count} {'number is' if count == 1 else 'numbers are'} neither a data row nor an exclusion "
               "(cite each in data/*.csv or explain it in data/exclusions.csv):")
    for sid, items in left.items():
        typer.echo(f"  {sid} ({items[0][0].file_name}): {len(items)}")
        for n, sentence in items:
            typer.echo(f"    line {n.line}, column {n.col}: {n.text}  «{sentence}»")
    return sum(1 for items in left.values() for n, _ in items if any(c.isdigit() for c in n.text))


@app.command()
def params(name: Annotated[str, typer.Argument(help="Notebook name, e.g. 01_sources.")]) -> None:
    """List a notebook's parameters, their types, allowed values and defaults."""
    from .notebooks import discover

    try:
        (nb,) = discover(only=[name])
    except CoalitionReportsError as exc:
        _fail(exc)
    for p in nb.parameters.values():
        typer.echo(f"{p.describe()}  # {p.help}" if p.help else p.describe())


sources_app = typer.Typer(no_args_is_help=True, help="Register new source texts.")
app.add_typer(sources_app, name="sources")


@sources_app.command("add")
def sources_add(
    file: Annotated[Path, typer.Argument(help="The source's text: a UTF-8 plain-text file.")],
    kind: Annotated[str, typer.Option("--kind", help="news | encyclopedia | research | analysis.")],
    publisher: Annotated[Optional[str], typer.Option("--publisher", help="A publisher code with a catalogue message publisher-CODE (en.ftl and ar.ftl).")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="The date the text states: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    date_quote: Annotated[Optional[str], typer.Option("--date-quote", help="With --date: the words of the text that state it.")] = None,
    date_inferred: Annotated[Optional[str], typer.Option("--date-inferred", help="A date the text implies (YYYY[-MM[-DD]]); needs --because.")] = None,
    because: Annotated[Optional[str], typer.Option("--because", help="With --date-inferred: the words of the text that imply the date.")] = None,
    author: Annotated[Optional[str], typer.Option("--author", help="The author, in Latin letters.")] = None,
    author_ar: Annotated[Optional[str], typer.Option("--author-ar", help="The author as the text writes it (checked against the text).")] = None,
    title_ar: Annotated[Optional[str], typer.Option("--title-ar", help="The title as the text writes it (checked against the text).")] = None,
    title_en: Annotated[Optional[str], typer.Option("--title-en", help="The title in English.")] = None,
    about: Annotated[Optional[str], typer.Option("--about", help="One line in English on what the text is.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Where the text was published (http:// or https://).")] = None,
    source_id: Annotated[Optional[str], typer.Option("--id", help="The new source's id (default: the next free one, e.g. S005).")] = None,
) -> None:
    """Copy a new source text into the user sources folder and add its row to data/sources.csv."""
    from .new_source import Options, add

    try:
        added = add(file, Options(kind=kind, publisher=publisher, date=date, date_quote=date_quote,
                                  date_inferred=date_inferred, because=because, author=author, author_ar=author_ar,
                                  title_ar=title_ar, title_en=title_en, about=about, url=url, source_id=source_id))
    except CoalitionReportsError as exc:
        _fail(exc)
    typer.echo(f"added {added.source_id}: {added.path} ({added.paragraphs} paragraphs)")
    typer.echo(f"  data/sources.csv: {added.row['source_id']}, {added.row['kind']}, "
               f"{added.row['date'] or 'undated'} ({added.row['date_status']})")
    typer.echo(f"  readers see it as: '{added.label('en')}' / '{added.label('ar')}' (computed from data/sources.csv)")
    typer.echo(f"next: coalition-reports quote {added.source_id} WORDS, then cite the figures in data/facts.csv; "
               "coalition-reports validate lists what is left")


@app.command()
def quote(
    source: Annotated[str, typer.Argument(help="A source id (S002) or its file name.")],
    words: Annotated[list[str], typer.Argument(help="The words to find (spelling variants, diacritics and digits are forgiven).")],
) -> None:
    """Print the verbatim span of SOURCE where WORDS occur, with its line: ready to paste as a quote."""
    from .quoting import lookup

    text = " ".join(words)
    try:
        found = lookup(source, text)
    except CoalitionReportsError as exc:
        _fail(exc)
    if len(found.matches) == 1:
        m = found.matches[0]
        typer.echo(f"{found.source_id} ({found.file_name}), line {m.line}, column {m.col}:")
        typer.echo(m.span)
        return
    if found.matches:
        typer.secho(f"error: found {len(found.matches)} times in {found.source_id}; give a longer quote:", fg=typer.colors.RED, err=True)
        for m in found.matches:
            typer.echo(f"{found.source_id}, line {m.line}, column {m.col}: {m.span}", err=True)
        raise typer.Exit(1)
    message = f"error: not found in {found.source_id} ({found.file_name})"
    if found.near is not None and found.near.ratio >= 0.5:
        message += f"; the closest span is on line {found.near.line}:\n{found.near.span}\n" + "\n".join(
            f"  {d}" for d in found.near.differences)
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
