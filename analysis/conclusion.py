"""The conclusion: what the record supports and what it cannot tell.

What it supports is a few judgements drawn from the findings and the sources' arguments, each the
sources' own ("the sources suggest …"), each citing the rows it rests on (`JUDGEMENTS`: a catalogue
message and its row ids; its numbers and whose claim a figure is are filled from those rows). A
judgement whose rows the edition does not hold is left out. What it cannot tell is counted from the
edition's rows; a point whose count is nil is left out."""

from __future__ import annotations

import pandas as pd

from . import evidence_base, findings, fmt, periods
from .catalogue import t

CIVILIAN_SUBJECTS = ("civilians",)


# (catalogue message, the rows it rests on): the quadrilateral coalition's relevance, what drives the
# US exit, ISIS's persistence, and whose claim the international coalition's record is
JUDGEMENTS = (
    ("conclusion.judge_quad", ("A001", "A002", "A004", "A005", "A009", "A006")),
    ("conclusion.judge_exit", ("A031", "A019", "A022", "A021", "A027", "A028")),
    ("conclusion.judge_isis", ("F035", "F030", "F029", "A036")),
    ("conclusion.judge_intl", ("F022",)),
)

# Who a judgement's claim is from, computed from the statements it rests on (placeholder prefix: rows):
# `<prefix>_n` the number of distinct speakers, `<prefix>_who` the speaker when there is one,
# `<prefix>_in` the source that quotes them (so the message says "an unnamed official suggests" for one
# speaker and "those quoted in … suggest" only where several agree)
SPEAKERS = {
    "conclusion.judge_quad": {"quad": ("A001", "A002", "A004", "A005")},
}


def speakers(groups: dict, lang: str) -> dict:
    """The `<prefix>_n`, `<prefix>_who`, `<prefix>_in` values of each group of statements."""
    from . import data, periods, statements

    said = data.statements().set_index("statement_id", drop=False)
    out: dict = {}
    for prefix, ids in groups.items():
        rows = said.loc[list(ids)]
        distinct = list(dict.fromkeys(rows["speaker"]))
        out[f"{prefix}_n"] = len(distinct)
        out[f"{prefix}_who"] = statements.speaker(rows.iloc[0], lang) if len(distinct) == 1 else ""
        out[f"{prefix}_in"] = fmt.join([periods.source_name(s, lang) for s in dict.fromkeys(rows["source_id"])], lang)
    return out


def judgements(lang: str, as_of: str = "", include_disputed: bool = True) -> list[tuple[str, list[str], dict]]:
    """(key, ids, values) of each judgement the edition's rows support, values filled from its rows."""
    held = findings.edition_ids(as_of, include_disputed)
    out = []
    for key, ids in JUDGEMENTS:
        if set(ids) <= held:
            from .findings import placeholders, row_values

            filled = row_values(ids, lang)
            filled.update(speakers(SPEAKERS.get(key, {}), lang))
            out.append((key, list(ids), {k: v for k, v in filled.items() if k in placeholders(key, lang)}))
    return out


def cannot_tell(facts: pd.DataFrame, events: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[tuple[str, dict]]:
    """(key, values) of each thing the record cannot tell, computed from the edition's rows."""
    out: list[tuple[str, dict]] = []
    later = findings.after_evidence(events, sources)
    if not later.empty:
        dated = later.sort_values("date").drop_duplicates("event_code")
        out.append(("conclusion.after", {
            "n": len(dated), "latest": findings.latest_source_text(sources, lang),
            "dates": fmt.join([periods.event_date(e, lang) for _, e in dated.iterrows()], lang)}))
    civilians = facts[facts["subject"].isin(CIVILIAN_SUBJECTS)]
    from .charts.casualties import civilians_stated

    if civilians_stated(facts) and civilians.empty:
        out.append(("conclusion.civilians", {}))
    attacks = facts[(facts["subject"] == "isis") & (facts["metric"] == "attacks")]
    if len(attacks) > 1 and (attacks["place"] == "unspecified").any():
        out.append(("conclusion.attacks_area", {}))
    unknown = int((facts["period_status"] == "unknown").sum())
    if unknown:
        out.append(("conclusion.periods", {"unknown": unknown, "facts": len(facts)}))
    disputed = int((facts["status"] == "disputed").sum())
    if disputed:
        out.append(("conclusion.disputed", {"disputed": disputed}))
    out.append(("conclusion.thin", {"sources": len(sources),
                                    "kinds": evidence_base.limits_values(sources, facts, lang)["kinds"]}))
    return out


def as_list(points: list[tuple[str, dict]], lang: str) -> tuple[str, list]:
    """The points as an HTML list (escaped), and the values code put into them (for the coverage check)."""
    import html

    items = "".join(f"<li>{html.escape(t(key, lang, **values))}</li>" for key, values in points)
    return f"<ul>{items}</ul>", [v for _, values in points for v in values.values()]
