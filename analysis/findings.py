"""The key findings: data (data/findings.csv), not prose typed in a notebook.

A finding is a catalogue message (`finding.KF01`) and the ids of the rows it rests on. Its
numbers, dates and attributions are filled by code from those rows, never typed:

- a fact `F030` fills `{ $F030 }` (its value with its qualifier: "about 120"), `{ $F030_period }`
  (the period it refers to, saying when that is inferred; `{ $F030_between }` the same for 'between
  … and …' in a sentence) and `{ $F030_source }` (the source that states it, with the outlet it cites;
  `{ $F030_subject }` the same before a verb);
- an event `E018` fills `{ $E018 }` (its date, to the precision given) and `{ $E018_source }`;
- a derived value `rate:F030` fills `{ $rate_F030 }`: the count per month, with the count's
  qualifier; the message says "derived" where it places it;
- a fact also fills `{ $F022_whose }`: whose claim the figure is, from its `claimant`
  (`whose.<claimant>` in the catalogue, else the claimant's name: "a claim on a page of the Saudi
  foreign ministry about the coalition");
- a statement (an argument, `data/statements.csv`) `A005` fills `{ $A005_speaker }` (who argues,
  as the source names them), `{ $A005_argues }` (what they argue, as the statements table words it)
  and `{ $A005_source }` (the source, with the outlet it cites).

An edition shows a finding only when it holds every row the finding rests on: a finding
whose evidence `as_of` (or `include_disputed`) leaves out is left out, never shown half-true.
A finding that rests on an event dated after the latest source of the edition says that the
sources do not tell whether it happened (`after_evidence`).
"""

from __future__ import annotations

import re

import pandas as pd

from . import data, derive, fmt, periods
from .catalogue import t
from .selection import select_facts, select_stated

# tables whose rows are selected by their source's date (facts by `select_facts`)
STATED_TABLES = {"events": "event_id", "coalition_members": "member_id", "working_groups": "wg_row_id",
                 "info_centre": "item_id", "stances": "stance_id", "isis_pockets": "pocket_id"}


def edition_ids(as_of: str = "", include_disputed: bool = True) -> set[str]:
    """The id of every row an edition with these parameters holds."""
    all_facts, sources = data.facts(), data.sources()
    ids = set(select_facts(all_facts, as_of, include_disputed)["fact_id"])
    for name, column in STATED_TABLES.items():
        ids |= set(select_stated(data.load(name), sources, as_of, all_facts)[column])
    from . import statements

    ids |= set(statements.select(as_of, all_facts)["statement_id"])
    return ids


def rests_on(finding) -> list[str]:
    return str(finding["rests_on"]).split(";")


def selected(as_of: str = "", include_disputed: bool = True, findings: pd.DataFrame | None = None) -> pd.DataFrame:
    """The findings an edition shows, in order: those whose every row the edition holds."""
    findings = data.findings() if findings is None else findings
    held = edition_ids(as_of, include_disputed)
    keep = [set(rests_on(f)) <= held for _, f in findings.iterrows()]
    return findings.loc[keep].sort_values("order").reset_index(drop=True)


def latest_source_date(sources: pd.DataFrame) -> pd.Timestamp | None:
    """The date of the latest dated source of an edition (None when none is dated)."""
    dated = pd.to_datetime(sources.loc[sources["date_status"] != "unknown", "date"]).dropna()
    return None if dated.empty else dated.max()


def latest_source_text(sources: pd.DataFrame, lang: str) -> str:
    """'15 October 2024': the latest source's date, to the precision it is known."""
    latest = latest_source_date(sources)
    if latest is None:
        return t("ui.undated", lang)
    row = sources.loc[pd.to_datetime(sources["date"]) == latest].iloc[0]
    precision = "day" if row["date_precision"] == "not_before" else row["date_precision"]
    return fmt.date(latest.date(), lang, precision)


def after_evidence(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Events dated after the latest source (plans, deadlines): the sources cannot tell whether they happened.
    An event of month or year precision counts as after when its whole month or year is."""
    latest = latest_source_date(sources)
    if latest is None or events.empty:
        return events.iloc[0:0]
    starts = pd.to_datetime(events["date"])
    return events.loc[starts > latest]


def after_evidence_values(events: pd.DataFrame, sources: pd.DataFrame, lang: str) -> dict | None:
    """The values of the sentence that says the sources end before these dated plans (None when none is
    after them): for `ed.text("finding.after_evidence", **values)` in any chapter that shows plans."""
    later = after_evidence(events, sources)
    if later.empty:
        return None
    dates = list(dict.fromkeys(periods.event_date(e, lang) for _, e in later.sort_values("date").iterrows()))
    return {"n": len(dates), "dates": fmt.join(dates, lang), "latest": latest_source_text(sources, lang)}


def after_evidence_text(events: pd.DataFrame, sources: pd.DataFrame, lang: str) -> str:
    """The sentence that says the sources end before these dated plans ('' when none is after them)."""
    values = after_evidence_values(events, sources, lang)
    return t("finding.after_evidence", lang, **values) if values else ""


def _fact_value(row, lang: str):
    """A fact's value as a sentence places it: a share as the source writes it ('95%'), else a count
    that selects the noun's plural form and reads with its qualifier ('about 120')."""
    share = fmt.share(row["value"], row["unit"], lang)
    if share is not None:
        return fmt.qualified(row["value"], row["qualifier"], lang, row["value_high"], unit=row["unit"])
    high = row["value_high"] if pd.notna(row["value_high"]) else None
    return fmt.count(row["value"], lang, row["qualifier"], high, prose=True)


def whose(row, lang: str) -> str:
    """Whose claim a fact is, from its claimant: the catalogue's `whose.<claimant>` where the claimant's
    standing needs saying (a claim on a ministry's page about the coalition, not an outside count), else
    the claimant's name."""
    from .catalogue import has

    key = f"whose.{row['claimant']}"
    return t(key, lang) if has(key) else t("whose.default", lang, claimant=t(f"claimant.{row['claimant']}", lang))


def row_values(ids, lang: str) -> dict:
    """Every value the rows `ids` can fill, by placeholder name (see the module's docstring)."""
    from . import statements

    facts = data.facts().set_index("fact_id", drop=False)
    events = data.events().set_index("event_id", drop=False)
    said = data.statements().set_index("statement_id", drop=False)
    out: dict = {}
    for rid in ids:
        if rid in facts.index:
            row = facts.loc[rid]
            out[rid] = _fact_value(row, lang)
            out[f"{rid}_period"] = periods.period_prose(row, lang)
            out[f"{rid}_between"] = periods.period_in_sentence(row, lang)
            out[f"{rid}_source"] = periods.named_attribution(row, lang)
            out[f"{rid}_subject"] = periods.named_attribution(row, lang, subject=True)
            out[f"{rid}_whose"] = whose(row, lang)
            out[f"{rid}_in"] = periods.source_name(row["source_id"], lang)
        elif rid in events.index:
            row = events.loc[rid]
            out[rid] = periods.event_date(row, lang)
            out[f"{rid}_source"] = periods.named_attribution(row, lang)
        elif rid in said.index:
            row = said.loc[rid]
            out[f"{rid}_speaker"] = statements.speaker(row, lang)
            out[f"{rid}_Speaker"] = statements.speaker(row, lang, capital=True)
            out[f"{rid}_argues"] = t(f"argues.{row['argues']}", lang)
            out[f"{rid}_in"] = periods.source_name(row["source_id"], lang)
            out[f"{rid}_source"] = periods.named_attribution(row, lang)
    return out


def values(finding, lang: str) -> dict:
    """Every value the finding's rows can fill, by placeholder name (see the module's docstring)."""
    out = row_values(rests_on(finding), lang)
    derived = finding["derived"] if isinstance(finding["derived"], str) else ""
    rates = derive.rate_rows(data.facts()).set_index("fact_id") if derived else None
    for spec in filter(None, derived.split(";")):
        kind, rid = spec.split(":", 1)
        if kind == "rate":
            r = rates.loc[rid]
            out[f"rate_{rid}"] = fmt.count(r["per_month"], lang, r["qualifier"], prose=True)
    return out


def placeholders(key: str, lang: str) -> set[str]:
    """The variables a catalogue message places (`{ $F030 }` -> 'F030')."""
    from .catalogue import _load

    return set(re.findall(r"\{\s*\$([A-Za-z][A-Za-z0-9_]*)", _load()[lang].sources.get(key, "")))


def render(finding, lang: str, sources: pd.DataFrame, events: pd.DataFrame) -> tuple[str, dict]:
    """(key, values) of a finding for `ed.text`, only the values its message places; and, for a finding
    that rests on plans dated after the evidence, the sentence saying the sources cannot tell."""
    key = finding["message"]
    filled = values(finding, lang)
    used = placeholders(key, lang)
    missing = used - set(filled) - {"after"}
    if missing:
        from .exceptions import DataValidationError

        raise DataValidationError(f"findings.csv, {finding['finding_id']}: message {key!r} places "
                                  f"{', '.join(sorted(missing))}, which no row it rests on fills")
    out = {k: v for k, v in filled.items() if k in used}
    own = events[events["event_id"].isin(rests_on(finding))]
    after = after_evidence_text(own, sources, lang)
    return key, {**out, "after": (" " + after) if after else ""}
