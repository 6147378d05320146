"""`reports/index.html`: links to every report file that exists, and nothing else."""

from __future__ import annotations

import html
import os
from pathlib import Path

from .catalogue import t
from .notebooks import readable

from .i18n import LANGS
FORMATS = ("html", "pdf")


def report_files(reports: Path) -> dict[str, dict[str, dict[str, Path]]]:
    """{name: {lang: {fmt: path}}} for the report files on disk."""
    found: dict[str, dict[str, dict[str, Path]]] = {}
    for lang in LANGS:
        folder = reports / lang
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            fmt = path.suffix.lstrip(".")
            if path.is_file() and fmt in FORMATS and not path.name.startswith("."):
                found.setdefault(path.stem, {}).setdefault(lang, {})[fmt] = path
    return found


CHART_FORMATS = ("svg", "png", "csv")


def chart_files(reports: Path) -> dict[str, dict[str, dict[str, Path]]]:
    """{lang: {chart_id: {fmt: path}}} for the chart files on disk."""
    found: dict[str, dict[str, dict[str, Path]]] = {}
    for lang in LANGS:
        folder = reports / lang / "charts"
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                fmt = path.suffix.lstrip(".")
                if path.is_file() and fmt in CHART_FORMATS and not path.name.startswith("."):
                    found.setdefault(lang, {}).setdefault(path.stem, {})[fmt] = path
    return found


def _chart_section(reports: Path) -> str:
    blocks = []
    for lang, charts in chart_files(reports).items():
        items = "".join(
            f"<li>{html.escape(chart_id)}: "
            + " · ".join(f'<a href="{lang}/charts/{html.escape(p.name)}">{fmt.upper()}</a>' for fmt, p in sorted(files.items()))
            + "</li>"
            for chart_id, files in sorted(charts.items(), key=lambda kv: _chart_order(kv[0]))
        )
        blocks.append(f'<h3 lang="{lang}">{html.escape(t("ui.lang_name", lang))}</h3><ul class="charts">{items}</ul>')
    if not blocks:
        return ""
    return f"<h2>{html.escape(t('ui.charts', 'en'))} · <span lang=\"ar\" dir=\"rtl\">{html.escape(t('ui.charts', 'ar'))}</span></h2>" + "".join(blocks)


def _chart_order(chart_id: str) -> tuple[str, int]:
    name, _, n = chart_id.rpartition("-")
    return (name, int(n) if n.isdigit() else 0)


def _changes_section(reports: Path, changes) -> str:
    """What changed since the previous edition, in both languages (nothing when unknown)."""
    if changes is None:
        return ""
    from .editions import FOLDER, history, render

    records = history(reports)
    links = " · ".join(f'<a href="{FOLDER}/edition-{e["number"]:04d}.json">{e["number"]}</a> ({html.escape(e.get("built", ""))})'
                       for e in records)
    listing = (f'<p class="editions">{html.escape(t("changes.records", "en"))} · <span lang="ar" dir="rtl">'
               f'{html.escape(t("changes.records", "ar"))}</span>: {links}</p>') if records else ""
    return "".join(render(changes, lang, heading_level=2) for lang in LANGS) + listing


def render_index(reports: Path, titles: dict[str, dict[str, str]], changes=None) -> str:
    """The index page; `titles` maps a report name to its title per language."""
    rows = []
    for name, langs in sorted(report_files(reports).items()):
        cells = []
        for lang in LANGS:
            links = " · ".join(
                f'<a href="{lang}/{html.escape(p.name)}">{fmt.upper()}</a>'
                for fmt, p in sorted(langs.get(lang, {}).items())
            )
            title = html.escape(titles.get(name, {}).get(lang, name))
            direction = "rtl" if lang == "ar" else "ltr"
            cells.append(f'<td dir="{direction}" lang="{lang}">{title}<br>{links or "—"}</td>' if links else "<td>—</td>")
        rows.append(f"<tr><th scope=\"row\">{html.escape(name)}</th>{''.join(cells)}</tr>")
    heading = f"{html.escape(t('ui.index_title', 'en'))} · <span lang=\"ar\" dir=\"rtl\">{html.escape(t('ui.index_title', 'ar'))}</span>"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(t('ui.index_title', 'en'))}</title>"
        "<style>body{font:16px/1.5 'Noto Sans','Noto Sans Arabic',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
        "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d9dee5;padding:.5rem;text-align:start;vertical-align:top}"
        "td[dir=rtl]{text-align:right}section.changes[dir=rtl]{text-align:right}</style></head>\n<body>\n"
        f"<h1>{heading}</h1>\n<table>\n<thead><tr><th></th><th>{html.escape(t('ui.lang_name', 'ar'))}</th>"
        f"<th>{html.escape(t('ui.lang_name', 'en'))}</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n" + _changes_section(reports, changes) + _chart_section(reports) + "\n</body>\n</html>\n"
    )


def report_titles(notebooks_folder: Path | None = None) -> dict[str, dict[str, str]]:
    titles = {"full": {lang: t("full.title", lang) for lang in LANGS}}
    for nb in readable(notebooks_folder):  # a broken notebook does not stop the index of the others
        if nb.title_key:
            titles[nb.name] = {lang: t(nb.title_key, lang) for lang in LANGS}
    return titles


def write_index(reports: Path, notebooks_folder: Path | None = None, changes=None) -> Path:
    """Write `reports/index.html` atomically and return its path."""
    target = reports / "index.html"
    reports.mkdir(parents=True, exist_ok=True)
    tmp = reports / f".index.html.{os.getpid()}.tmp"
    tmp.write_text(render_index(reports, report_titles(notebooks_folder), changes), encoding="utf-8")
    os.replace(tmp, target)
    return target
