"""The sources' arguments (`data/statements.csv`) as reader text: who argues what, about what, when.

Each row names its speaker as the source does (an unnamed official stays unnamed; "analysts",
"the paper's author" as given), what they argue and the topic, as catalogue codes
(`speaker.*`, `argues.*`, `topic.*`), the period the argument refers to (as facts do), the source
and, when the source cites another outlet for it, that outlet (`origin_ref`), with the verbatim
Arabic quote and its reviewed translation.

    rows = statements.select(as_of)                 # the rows an edition may show (by source date)
    statements.sentence(row, "en")                  # 'A retired Iraqi colonel, … says that …'
    statements.disagreements(rows, topics)          # topics on which rows take opposite positions
    statements.table_html(rows, cited, numbers, "ar")

Notebooks call these through the edition (`ed.argument`, `ed.disagreements`, `ed.statements_table`),
which cites every row it shows: a sentence carries its evidence number, and each quote appears
once in the evidence list.
"""

from __future__ import annotations

import html

import pandas as pd

from . import data, evidence, fmt, i18n, periods
from .catalogue import has, t

POSITIONS = ("for", "against")


def select(as_of: str | None = "", facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Statements whose source was published on or before `as_of` (an undated source's rows are kept,
    as for every other row table: nothing says when they were stated)."""
    from .selection import select_stated

    facts = data.facts() if facts is None else facts
    return select_stated(data.statements(), data.sources(), as_of, facts)


def on_topics(rows: pd.DataFrame, topics) -> pd.DataFrame:
    """The rows about any of `topics`, in the order of `topics`, then of their ids."""
    order = {topic: i for i, topic in enumerate(topics)}
    picked = rows[rows["topic"].isin(order)].copy()
    picked["_order"] = picked["topic"].map(order)
    return picked.sort_values(["_order", "statement_id"]).drop(columns="_order").reset_index(drop=True)


def _capital(text: str, lang: str) -> str:
    return text[:1].upper() + text[1:] if lang == "en" else text


def speaker(row, lang: str, capital: bool = False, genitive: bool = False) -> str:
    """Who argues, as the source names them: 'an unnamed senior official at the Iraqi Ministry of Defence'.
    `genitive`: after a preposition (Arabic plurals change: «بحسب محللين سياسيين»)."""
    key = f"speaker_genitive.{row['speaker']}"
    # a speaker that is the source itself, in a paragraph citing another outlet ('the research paper,
    # in a paragraph citing Alhurra (4 September 2024)'): the outlet from the row's origin
    origin = periods.origin_name(row.get("origin_ref"), lang)
    text = t(key if genitive and has(key) else f"speaker.{row['speaker']}", lang, origin=origin)
    return _capital(text, lang) if capital else text


def sentence(row, lang: str) -> str:
    """The argument as one sentence: who, says what, and the period it refers to when the source gives
    or implies one; the citation is added by the edition."""
    who = speaker(row, lang, capital=True)
    comma = "،" if lang == "ar" else ","
    if comma in who:  # an apposition closes before the verb: 'Alina Romanowski, the US ambassador, says'
        who += comma
    values = {"speaker": who, "argues": t(f"argues.{row['argues']}", lang)}
    form = row["speaker_form"]  # the verb agrees with the speaker: one man, one woman, several
    if row["period_status"] == "unknown":
        return t(f"stmts.sentence_{form}", lang, **values)
    return t(f"stmts.sentence_period_{form}", lang, period=periods.period_text(row, lang), **values)


def disagreements(rows: pd.DataFrame, topics=None) -> list[tuple[str, pd.DataFrame, pd.DataFrame]]:
    """(topic, rows for, rows against) for every topic on which the rows take both positions."""
    out = []
    wanted = list(dict.fromkeys(rows["topic"])) if topics is None else list(topics)
    for topic in wanted:
        mine = rows[rows["topic"] == topic]
        yes, no = mine[mine["position"] == "for"], mine[mine["position"] == "against"]
        if not yes.empty and not no.empty:
            out.append((topic, yes.sort_values("statement_id"), no.sort_values("statement_id")))
    return out


def _source_year(row) -> str:
    """The year of the source a statement is quoted in ('' when undated)."""
    date = data.sources().set_index("source_id").loc[row["source_id"], "date"]
    return str(pd.Timestamp(date).year) if pd.notna(date) else ""


def when(row, lang: str) -> str:
    """When a statement is dated, one truth for the table and the text: the period the row states or
    infers; else the year of the source that quotes it, marked inferred ('2024, inferred'); else 'not stated'."""
    if row["period_status"] != "unknown":
        return periods.period_text(row, lang)
    year = _source_year(row)
    return periods.inferred_period(year, lang) if year else t("stmts.when_source", lang)


def _who(rows: pd.DataFrame, lang: str) -> str:
    """The speakers of `rows`, each once, with the year of the source(s) they speak in, inferred
    from it as the statements table says (`when`): 'Major General Tahsin al-Khafaji (2020 and 2023, inferred)'."""
    names = []
    for code, group in rows.groupby("speaker", sort=False):
        years = sorted({_source_year(r) or t("ui.undated", lang) for _, r in group.iterrows()})
        dates = fmt.join(years, lang)
        if any(y.isdigit() for y in years):
            dates = periods.inferred_period(dates, lang, years[0])
        # after «في رأي» an Arabic plural takes its genitive form («محللين سياسيين», not «محللون»)
        key = f"speaker_genitive.{code}" if has(f"speaker_genitive.{code}") else f"speaker.{code}"
        names.append(t("stmts.who_when", lang, speaker=t(key, lang), dates=dates))
    return fmt.join(names, lang)


def _says(rows: pd.DataFrame, lang: str) -> str:
    """'says' for one speaker, 'say' for several or for one that is many ('unnamed Iraqi politicians')."""
    speakers = rows.drop_duplicates("speaker")
    many = len(speakers) > 1 or (speakers["speaker_form"] == "many").any()
    return t("stmts.say_many" if many else "stmts.say_one", lang)


def disagreement_text(topic: str, yes: pd.DataFrame, no: pd.DataFrame, lang: str) -> str:
    """'The sources disagree on whether …. A (2023) says it still matters. B (2020) and C (2023) say it no
    longer does.': each side a sentence of its own (a list of speakers holds commas, so a side cannot be a
    clause of one sentence without semicolons doing two jobs)."""
    return t("stmts.disagree", lang, topic=t(f"topic.{topic}", lang), supporters=_subject(_who(yes, lang), lang),
             opponents=_subject(_who(no, lang), lang), yes=t(f"stmts.for_{topic}", lang),
             no=t(f"stmts.against_{topic}", lang), says_yes=_says(yes, lang), says_no=_says(no, lang))


def _subject(text: str, lang: str) -> str:
    """The speakers as a sentence's subject: a capital first letter, and in English the comma that
    closes an appositive before the verb ('Tahsin al-Khafaji, spokesman for … (2020), says')."""
    if lang != "en":
        return text
    last = text.rpartition("; and ")[2]
    last = last.rpartition(" (")[0] or last  # the year's bracket ('2020, inferred') is no apposition
    return text[:1].upper() + text[1:] + ("," if ", " in last else "")


def citation_html(ids, cited: pd.DataFrame, numbers: dict, lang: str) -> str:
    """'[Al-Araby Al-Jadeed, 2023, date inferred (12)]': the sources of `ids` with their evidence numbers, linked."""
    parts = evidence.source_groups(list(dict.fromkeys(ids)), cited, numbers, lang)
    return f'<span class="cite">[{fmt.semicolon(lang).join(parts)}]</span>'


def paragraph_html(text: str, ids, cited: pd.DataFrame, numbers: dict, lang: str) -> str:
    """A sentence that reports arguments, with its citation at its end."""
    return (f'<div class="coalition-text" dir="{i18n.direction(lang)}" lang="{lang}" style="{i18n.text_style(lang)}">'
            f'<p class="argument" style="break-inside:avoid">{html.escape(text)} {citation_html(ids, cited, numbers, lang)}</p></div>')


def table_html(ids, cited: pd.DataFrame, numbers: dict, lang: str) -> str:
    """The statements table: a row per statement (who, argues what, when, source with its evidence number),
    grouped under a row naming what they are about, in the order of `ids`."""
    rows = data.statements().set_index("statement_id").loc[list(ids)].reset_index()
    head = "".join(f"<th>{html.escape(t(f'stmts.col_{c}', lang))}</th>" for c in ("who", "argues", "when", "source"))
    widths = "".join(f'<col style="width:{w}%">' for w in (22, 46, 12, 20))
    body, topic = [], None
    for _, row in rows.iterrows():
        if row["topic"] != topic:
            topic = row["topic"]
            label = _capital(t(f"topic.{topic}", lang), lang)
            body.append(f'<tr class="topic" style="break-after:avoid;break-inside:avoid"><th colspan="4">{html.escape(label)}</th></tr>')
        cells = [speaker(row, lang, capital=True), _capital(t(f"argues.{row['argues']}", lang), lang), when(row, lang)]
        tds = "".join(f"<td>{html.escape(c)}</td>" for c in cells)
        body.append(f'<tr style="break-inside:avoid">{tds}<td>{citation_html([row["statement_id"]], cited, numbers, lang)}</td></tr>')
    return (f'<div class="coalition-text" dir="{i18n.direction(lang)}" lang="{lang}" style="{i18n.text_style(lang)}">'
            f'<table class="statements" style="width:100%;table-layout:fixed;font-size:.85em"><colgroup>{widths}</colgroup>'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>')


def rerender(marked: dict, cited: pd.DataFrame, numbers: dict, lang: str) -> str:
    """An output of `ed.argument`, `ed.disagreements` or `ed.statements_table` again, with the numbers of
    the full report's evidence appendix (`assemble`)."""
    if marked.get("statements") == "table":
        return table_html(marked["ids"], cited, numbers, lang)
    return paragraph_html(marked["sentence"], marked["ids"], cited, numbers, lang)
