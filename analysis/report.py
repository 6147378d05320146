"""What a notebook calls to speak to readers: the `Edition` of a report.

A chapter makes one edition right after its parameters cell:

    from analysis.report import Edition
    ed = Edition(lang, as_of, include_disputed, name="04_isis_today")

and then calls `ed.heading(...)`, `ed.text(...)`, `ed.show(fig)`, `ed.note(...)`,
`ed.cite(ids)`, `ed.block(markup)`, `ed.sources()` and, for editors, `ed.keys()`.

Making the edition checks the parameters before anything else runs, with the same
checks and message as `coalition-reports build` (`analysis.parameters`): a wrong type,
a value outside the allowed ones, and any name the kernel holds beyond the declared
ones (what `papermill -p no_such 1` injects) raise `ParameterError`, shown by
IPython as one short error, not a traceback. So papermill, `nbconvert --execute` and
JupyterLab's Run All refuse what the build refuses.

Every word comes from the catalogue; every chart must carry the ids of the rows it
shows (`layout.meta.fact_ids`) and be built for the edition's language, or `show`
raises UncitedFigureError. The rows shown are held by the edition (never by this
module), so a warm kernel whose names are cleared keeps nothing of a notebook.

Outputs are HTML with `dir`, `lang` and inline direction and alignment, so JupyterLab
shows each paragraph as readers will read it (Arabic right-aligned, right to left);
the report's template and CSS render the same markup.
"""

from __future__ import annotations

import html
import urllib.parse

from . import i18n
from .exceptions import ParameterError, UncitedFigureError
from .parameters import parse_parameters, validate

COMPUTED = "coalition_computed"  # output metadata: the numbers code put into the text
EDITOR_ONLY = "coalition_editor_only"  # output metadata: shown in JupyterLab, never in a report
PLOTLY_MIME = "application/vnd.plotly.v1+json"

# The parameters every report notebook declares, in its cell tagged `parameters`
# (tests/test_notebooks.py checks each notebook's cell against this one).
PARAMETERS_CELL = '''lang: str = "en"  # ar | en
as_of: str = ""  # ISO date (YYYY-MM-DD): use facts stated on or before it; empty: the latest in the data
include_disputed: bool = True  # true | false
'''
DECLARED = parse_parameters(PARAMETERS_CELL)

# JupyterLab only: the report's look for captions, notes and quotes. The selectors match
# inside Lab's output area, never in a report page (which has report.css).
LAB_STYLE = """<style>
.jp-OutputArea-output .coalition-text h1, .jp-OutputArea-output .coalition-text h2 { border: 0; }
.jp-OutputArea-output .coalition-text .caption { color: #5b6470; font-size: .85em; margin: .25rem 0 1.25rem; }
.jp-OutputArea-output .coalition-text .note { border-inline-start: 3px solid #2f5d8a; padding: .25rem .75rem;
  background: #f3f6f9; }
.jp-OutputArea-output .coalition-text .quote { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; }
.jp-OutputArea-output .coalition-text .translation { display: block; color: #3a424c; font-size: .95em; }
.jp-OutputArea-output .coalition-text[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif;
  font-size: 1.1em; }
.jp-OutputArea-output .coalition-keys td { vertical-align: top; text-align: start; }
</style>"""


def computed_numbers(values) -> list[str]:
    """The numbers (digit runs) in the values filled into a sentence: what code, not the catalogue,
    wrote. The output-side coverage check accounts for a number in a report with this list."""
    from .output_coverage import numbers_in_line

    items = values.values() if isinstance(values, dict) else values
    return sorted({n for v in items for n in numbers_in_line(str(v))})


def source_line(rows, lang: str) -> str:
    """The citation label of each source of `rows` (publisher and date), once per outlet it cites
    for them ('Elham al-Najjar, 15 Oct 2024, citing RT Arabic, 27 Sep 2024') and once for the rows
    citing none, joined."""
    from . import evidence, fmt

    origins = rows["origin_ref"] if "origin_ref" in rows else [None] * len(rows)
    groups = sorted({(sid, (o,) if isinstance(o, str) and o else ()) for sid, o in zip(rows["source_id"], origins)})
    return fmt.semicolon(lang).join(dict.fromkeys(evidence.origins_label(sid, o, lang) for sid, o in groups))


def heading_id(text: str) -> str:
    """The anchor of a heading, as nbconvert writes it for a Markdown heading."""
    return urllib.parse.quote(text.replace(" ", "-"), safe="?/:@!$&'()*+,;=")


class _ShortError:
    """Mixed into an error raised in a notebook: IPython shows its message, not a traceback."""

    def _render_traceback_(self) -> list[str]:
        return [f"{self.shown_as}: {self}"]


class EditionParameterError(_ShortError, ParameterError):
    """A parameter (or an injected name) the notebook does not accept."""

    shown_as = "ParameterError"


def _user_namespace() -> dict | None:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipykernel
        return None
    shell = get_ipython()
    return None if shell is None else shell


def _where(name: str) -> str:
    from .paths import notebooks_dir

    return str(notebooks_dir() / f"{name}.ipynb") if name else "parameters cell"


def _raw(value: object, param) -> object:
    """A value as the build would have it: papermill's CLI types `-p x 1` as int, the build reads
    strings; anything not already of the declared type is checked as its text."""
    if isinstance(value, param.type) and not (param.type is int and isinstance(value, bool)):
        return value
    return value if isinstance(value, str) else str(value)


class Edition:
    """One report in one language, with its parameters checked: what a chapter speaks through."""

    def __init__(self, lang: str = "en", as_of: str = "", include_disputed: bool = True, *, name: str = "",
                 namespace: dict | None = None) -> None:
        where = _where(name)
        given = {"lang": lang, "as_of": as_of, "include_disputed": include_disputed}
        shell = _user_namespace()
        extra = self._extra_names(shell, namespace)
        try:
            values = validate(DECLARED, {**{k: _raw(v, DECLARED[k]) for k, v in given.items()}, **extra}, where)
        except ParameterError as exc:
            raise EditionParameterError(str(exc)) from None
        self.name = name
        self.lang: str = values["lang"]
        self.as_of: str = values["as_of"]
        self.include_disputed: bool = values["include_disputed"]
        self.dir = i18n.direction(self.lang)
        # the names there before this notebook's own: a later edition in this kernel allows any other
        self._namespace_at_start = set(self._names(shell, namespace)) - self._since_previous(self._names(shell, namespace))
        self._facts: list[str] = []  # rows shown, in order: the sources list quotes each
        self._charts: list[tuple[str, str, list[str]]] = []  # (anchor, title, row ids) of each chart shown
        self._tables = 0  # tables shown so far: each is numbered
        self._numbers: dict = {}  # evidence entry (source, quote) -> its number in this report
        self._keys: list[str] = []  # catalogue keys asked for while this edition was the latest
        from . import catalogue

        catalogue.listen(self._heard)
        from . import periods

        periods.start_chapter()  # this chapter names each source in full once, then by its short name
        if shell is not None:
            self._display_html(LAB_STYLE, editor_only=True)

    # -- parameters --------------------------------------------------------------------------
    @staticmethod
    def _names(shell, namespace: dict | None) -> dict:
        if namespace is not None:
            return namespace
        if shell is None:
            return {}
        hidden = getattr(shell, "user_ns_hidden", {})
        return {k: v for k, v in shell.user_ns.items() if k not in hidden}

    @classmethod
    def _extra_names(cls, shell, namespace: dict | None) -> dict:
        """Names the kernel holds beyond the declared parameters and what this module put there:
        a name papermill or a user injected. Names made after a previous edition of this kernel
        (a second Run All in JupyterLab) are the notebook's own."""
        names = cls._names(shell, namespace)
        since = cls._since_previous(names)
        return {k: v for k, v in names.items()
                if not k.startswith("_") and k not in DECLARED and k not in since
                and v is not Edition and not isinstance(v, Edition)
                and type(v).__name__ != "module"}

    @staticmethod
    def _since_previous(names: dict) -> set:
        """The names made after an earlier edition of this kernel: the notebook's own."""
        previous = [v for v in names.values() if isinstance(v, Edition)]
        return set().union(*(set(names) - e._namespace_at_start for e in previous)) if previous else set()

    @property
    def parameters(self) -> dict[str, object]:
        return {"lang": self.lang, "as_of": self.as_of, "include_disputed": self.include_disputed}

    def __repr__(self) -> str:
        return f"Edition({self.lang!r}, {self.as_of!r}, {self.include_disputed!r}, name={self.name!r})"

    # -- words -------------------------------------------------------------------------------
    def _heard(self, key: str) -> None:
        if key not in self._keys:
            self._keys.append(key)

    def t(self, key: str, **values) -> str:
        """The catalogue's text for `key` in this edition's language."""
        from .catalogue import t

        return t(key, self.lang, **values)

    def _wrap(self, inner: str, tag: str = "div", cls: str = "") -> str:
        classes = f"coalition-text {cls}".strip()
        return (f'<{tag} class="{classes}" dir="{self.dir}" lang="{self.lang}" '
                f'style="{i18n.text_style(self.lang)}">{inner}</{tag}>')

    def _display_html(self, markup: str, numbers=(), editor_only: bool = False, extra_metadata=None,
                      markdown: str | None = None) -> None:
        """Show `markup`; with `markdown`, the same as Markdown too (the full report's assembler finds
        headings by their Markdown; JupyterLab and the template show the HTML)."""
        from IPython.display import HTML, display

        metadata = {COMPUTED: computed_numbers(list(numbers))}
        if editor_only:
            metadata = {EDITOR_ONLY: True}
        metadata = {**metadata, **(extra_metadata or {})}
        if markdown is None:
            if not editor_only:  # a source named in full once a chapter, then by its short name
                from . import periods

                markup = periods.shorten(markup, self.lang)
            display(HTML(markup), metadata=metadata)
        else:
            display({"text/html": markup, "text/markdown": markdown}, raw=True, metadata=metadata)

    def _heading(self, text: str, level: int, numbers=(), extra_metadata=None) -> None:
        self._display_html(self._wrap(f'<h{level} id="{html.escape(heading_id(text))}">{html.escape(text)}</h{level}>'),
                           numbers, extra_metadata=extra_metadata, markdown=f"{'#' * level} {text}")

    def heading(self, key: str, level: int = 2, **values) -> None:
        """A heading from the catalogue (level 1: the chapter's title)."""
        self._heading(self.t(key, **values), level, values.values())

    def text(self, key: str, **values) -> None:
        """A paragraph from the catalogue (Fluent, Markdown inside), `{ $name }` filled from values."""
        import mistune

        self._display_html(self._wrap(mistune.html(self.t(key, **values))), values.values())

    def note(self, key: str, **values) -> None:
        """A boxed note from the catalogue: reconciliation, caveats."""
        import mistune

        body = mistune.html(self.t(key, **values))
        self._display_html(self._wrap(f'<div class="note" dir="{self.dir}">{body}</div>'), values.values())

    def block(self, markup: str, numbers=()) -> None:
        """An HTML block built by code (a table, a list of notes), with the counts it computed."""
        self._display_html(self._wrap(markup), numbers)

    # -- charts and citations ----------------------------------------------------------------
    def _check_ids(self, ids, what: str):
        from . import citations, evidence

        cited = citations.index()
        unknown = sorted(set(ids) - set(cited["id"]))
        if unknown:
            raise UncitedFigureError(f"{what} cites rows that no data table holds: {', '.join(unknown)}")
        self._facts.extend(i for i in ids if i not in self._facts)
        for entry in evidence.entries(ids, cited):
            self._numbers.setdefault(entry.key, len(self._numbers) + 1)
        return cited

    def cite(self, ids) -> None:
        """Rows a sentence states (not a chart): the sources list quotes them; a caption names their
        sources and their evidence entries."""
        from . import evidence

        ids = [i for i in ids if i]
        if not ids:
            return
        cited = self._check_ids(ids, "text")
        self._display_html(self._wrap(evidence.caption_html(ids, cited, self._numbers, self.lang)),
                           extra_metadata={"coalition": {"kind": "sources", "ids": list(ids), "chart": False}})

    # -- the sources' arguments (data/statements.csv) -------------------------------------------
    def statements(self, topics=None):
        """The statements this edition may show (their source published on or before `as_of`),
        on `topics` when given, in that order."""
        from . import statements

        rows = statements.select(self.as_of)
        return rows if topics is None else statements.on_topics(rows, topics)

    def _argument_paragraph(self, text: str, ids: list[str], kind: str, numbers=()) -> None:
        from . import statements

        cited = self._check_ids(ids, "an argument")
        self._display_html(statements.paragraph_html(text, ids, cited, self._numbers, self.lang), numbers,
                           extra_metadata={"coalition": {"kind": "sources", "ids": list(ids), "chart": False,
                                                         "statements": kind, "sentence": text}})

    def argument(self, statement_id: str) -> None:
        """One argument as a sentence ('A retired Iraqi colonel, … says that …'), ending with its citation:
        the source and the number of its evidence entry. A statement `as_of` excludes is not shown."""
        from . import data, statements

        known = data.statements().set_index("statement_id")
        if statement_id not in known.index:
            raise UncitedFigureError(f"argument {statement_id!r}: no row of data/statements.csv has this id")
        shown = self.statements().set_index("statement_id")
        if statement_id not in shown.index:
            return
        row = shown.loc[statement_id].copy()
        row["statement_id"] = statement_id
        self._argument_paragraph(statements.sentence(row, self.lang), [statement_id], "sentence")

    def judgement(self, key: str, ids, **values) -> None:
        """A sentence of judgement drawn from rows (the conclusion's), ending with the citation of every
        row it rests on, as an argument's sentence does."""
        self._argument_paragraph(self.t(key, **values), list(ids), "sentence", values.values())

    def disagreements(self, topics) -> None:
        """Where the sources disagree on `topics` (rows on one topic with opposite positions): one sentence
        each, citing every row on both sides."""
        from . import statements

        found = statements.disagreements(self.statements(topics), topics)
        for topic, yes, no in found:
            ids = [*yes["statement_id"], *no["statement_id"]]
            self._argument_paragraph(statements.disagreement_text(topic, yes, no, self.lang), ids, "disagreement")

    def statements_table(self, topics, title: str | None = None) -> None:
        """The cited table of the statements on `topics`: who, argues what, about what, when, source.
        With `title` (a catalogue key taking `n`, the arguments, and `speakers`), it is numbered as the
        other tables are ("Table 4. The arguments …: 9 arguments from 7 speakers")."""
        from . import statements

        rows = self.statements(topics)
        if rows.empty:
            return
        ids = list(rows["statement_id"])
        cited = self._check_ids(ids, "the statements table")
        if title:
            values = {"n": len(rows), "speakers": rows["speaker"].nunique()}
            # which coalitions the rows argue about, from their topics: a table on the quadrilateral
            # coalition that also holds the international coalition's legitimacy says both (review 5)
            from .catalogue import has

            kinds = {str(x).split("_")[0] for x in rows["topic"]}
            if {"quad", "intl"} <= kinds and has(f"{title}_both"):
                title = f"{title}_both"
            self._tables += 1
            self._numbered("table", self._tables, self.t(title, **values), values.values())
        self._display_html(statements.table_html(ids, cited, self._numbers, self.lang),
                           extra_metadata={"coalition": {"kind": "sources", "ids": ids, "chart": False,
                                                         "statements": "table"}})

    def show(self, fig) -> None:
        """A chart, then the sources of the rows it shows. The chart must cite its rows and be built
        for this edition's language."""
        meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
        title = fig.layout.title.text or "(untitled)"
        ids = list(meta.get("fact_ids") or [])
        if not ids:
            raise UncitedFigureError(f"chart {title!r} shows figures with no row ids in layout.meta.fact_ids")
        built_for = meta.get("lang")
        if built_for != self.lang:
            raise UncitedFigureError(
                f"chart {title!r} was built for language {built_for!r}, not this edition's {self.lang!r}: "
                f"pass ed.lang to the chart function")
        cited = self._check_ids(ids, f"chart {title!r}")
        from IPython.display import display

        from . import evidence
        from .alt import describe, plain
        from .numbering import untitled

        plain_title = plain(fig.layout.title.text)
        self._charts.append((f"chart-{len(self._charts) + 1}", plain_title, ids))  # the template numbers charts the same way
        fig.update_layout(meta={**fig.layout.meta, "alt": describe(fig, self.lang)})  # the chart's text alternative
        # the title, numbered, is printed above the chart as text ("Figure 4. …"); the chart gives up its room
        # its numbers are the chart's own, computed from the rows it cites
        self._numbered("figure", len(self._charts), fig.layout.title.text or "", [plain_title],
                       () if meta.get("counts_rows") else ids)
        untitled(fig)
        # the JSON mimetype, as plotly's `plotly_mimetype` renderer gives it, without setting a
        # renderer for the whole kernel: JupyterLab draws it, the report's template renders it
        display({PLOTLY_MIME: fig.to_plotly_json(), "text/plain": f"<chart: {title}>"}, raw=True)
        # the full report renumbers the evidence of every chapter from this output's metadata
        self._display_html(
            self._wrap(evidence.caption_html(ids, cited, self._numbers, self.lang, figure=len(self._charts))),
            extra_metadata={"coalition": {"kind": "sources", "ids": list(ids), "title": plain_title, "chart": True}})

    def _numbered(self, kind: str, n: int, title: str, numbers=(), ids=()) -> None:
        """The numbered title of a figure or table ("Figure 4. …", «الشكل 4. …»), and whose figures it
        shows (`doubt`); the full report numbers them again across its chapters (`assemble`)."""
        from . import data, doubt, numbering

        whose = doubt.whose_line(list(ids), data.facts(), self.lang)
        markup = numbering.title_html(kind, n, title, self.lang)
        if whose:
            markup += f'<p class="whose">{html.escape(whose)}</p>'
        self._display_html(self._wrap(markup), numbers,
                           extra_metadata={"coalition": {"kind": f"{kind}-title"}})

    def table(self, key: str, markup: str, ids=(), values: dict | None = None, numbers=()) -> None:
        """A table built by code, under its numbered title (catalogue `key`, filled from `values`), then
        the sources of the rows it shows (`ids`), as under a chart. Table builders return these four:
        `ed.table(*structure.stances_table(parties, ed.lang))`."""
        values = values or {}
        self._tables += 1
        self._numbered("table", self._tables, self.t(key, **values), values.values(), ids)
        self._display_html(self._wrap(markup), [*numbers, *values.values()])
        self.cite(list(ids))

    # -- the closing list --------------------------------------------------------------------
    def sources(self) -> None:
        """The closing list of this report's evidence: each quote once, numbered as under the charts,
        with its values, source, verbatim quote (and translation) and links back to its charts.
        The full report leaves these lists out for one appendix (`assemble`)."""
        from . import citations, evidence

        marked = {"coalition": {"kind": "evidence"}}
        self._heading(self.t("ui.sources_section"), 2, extra_metadata=marked)
        cited = citations.index()
        for entry in evidence.entries(self._facts, cited):
            self._numbers.setdefault(entry.key, len(self._numbers) + 1)
        uses: dict = {}
        for n, (anchor, _, ids) in enumerate(self._charts, start=1):
            for entry in evidence.entries(ids, cited):
                uses.setdefault(entry.key, []).append((anchor, n))
        self._display_html(self._wrap(evidence.list_html(evidence.entries(self._facts, cited), self._numbers, uses, cited,
                                                         self.lang)), extra_metadata=marked)

    # -- for editors -------------------------------------------------------------------------
    @property
    def keys_used(self) -> list[str]:
        """Every catalogue key this notebook asked for so far, in order."""
        return list(self._keys)

    def keys(self) -> None:
        """For editors, never in a report: every catalogue entry this notebook used, in both
        languages, with the file and line to edit."""
        from .catalogue import _load

        langs = _load()
        rows = []
        for key in self._keys:
            cells = "".join(
                f'<td dir="{i18n.direction(lang)}" lang="{lang}" style="{i18n.text_style(lang)}">'
                f'<small>{langs[lang].path.name}:{langs[lang].lines.get(key, "?")}</small><br>'
                f'{html.escape(langs[lang].sources.get(key, ""))}</td>' for lang in i18n.LANGS)
            rows.append(f"<tr><td><code>{html.escape(key)}</code></td>{cells}</tr>")
        head = "".join(f"<th>{lang}</th>" for lang in i18n.LANGS)
        self._display_html(f'<table class="coalition-keys"><thead><tr><th>key</th>{head}</tr></thead>'
                           f'<tbody>{"".join(rows)}</tbody></table>', editor_only=True)
