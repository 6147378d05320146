"""One standard of doubt for every party's figures, computed from a fact's claimant and status.

Every figure is someone's statement. How a chart draws it and how a report words it depend on
two things only, never on which side the claimant is on:

- `status` "disputed" (a source reports the figure contested): hatched, and "disputed by …";
- a figure a party to the conflict gives about itself (a coalition's room, CENTCOM, the Pentagon, US
  officials: `PARTIES`), or one the source calls a claim (`status` "claim"): dotted, and
  "a party to the conflict" / "a claim";
- any other (a newspaper, a researcher, unnamed statistics, an Iraqi lawmaker or official quoted on
  a coalition's structure: `IRAQI_ROLES`, named by their standing): plain.

Colour never carries doubt: it tells series apart. Each figure and table names whose figures it
shows (`whose_line`), in the report's language.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from . import data, periods
from .catalogue import in_text, t

# Claimants that are parties to the conflict giving their own figures: the quadrilateral coalition's
# joint room and its head, and the US-led coalition's side (CENTCOM, the Pentagon, US officials).
PARTIES = frozenset({
    "quad_joint_room", "info_centre_head", "pentagon_officials", "senior_us_military_official",
    "us_officials",
})  # not the Saudi foreign ministry: no source says Saudi Arabia is a member (its page is `whose.saudi_mofa`)
# Iraqi lawmakers and officials quoted on a coalition's structure: not a belligerent's own count, so
# drawn plain and named by their standing ('(Iraqi lawmaker)'), never "a party to the conflict".
IRAQI_ROLES = {
    "iraqi_parliament_security_committee_head": "iraqi_lawmaker",
    "anonymous_iraqi_official": "iraqi_official",
}
PATTERNS = {"disputed": "/", "party": ".", "plain": ""}


def level(claimant, status) -> str:
    """'disputed', 'party' (a party's own figure, or a claim) or 'plain'."""
    if status == "disputed":
        return "disputed"
    if status == "claim" or claimant in PARTIES:
        return "party"
    return "plain"


def pattern(claimant, status) -> str:
    """The fill pattern of a bar or box drawing the figure (plotly's `marker.pattern.shape`)."""
    return PATTERNS[level(claimant, status)]


def legend_name(kind: str, lang: str) -> str:
    """What a pattern means, for a chart's legend ('party': 'Dotted: figure given by a party to the conflict')."""
    return t(f"doubt.legend_{kind}", lang)


def mark_html(status: str, lang: str) -> str:
    """'(disputed)' / '(a claim)' after an item of a table."""
    return f'<i class="doubt">({html.escape(t("status." + status, lang).lower() if lang == "en" else t("status." + status, lang))})</i>'


def _text(value) -> str:
    return value if isinstance(value, str) and value and value == value else ""


def _slug(name) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).lower().replace("-", "_")).strip("_") if _text(name) else ""


def _own(source_id: str, sources: pd.DataFrame) -> set[str]:
    """The codes under which a source speaks for itself: its publisher and its author."""
    if source_id not in sources.index:
        return set()
    src = sources.loc[source_id]
    return {_text(src["publisher"]), _slug(src["author"])} - {""}


def _origin_publisher(origin_ref: str) -> str:
    """The publisher code of the outlet a reference names ('' when none); an 'op. cit.' takes the earlier one's."""
    if not origin_ref:
        return ""
    refs = data.references().set_index("ref_id")
    if origin_ref not in refs.index:
        return ""
    ref = refs.loc[origin_ref]
    if _text(str(ref["same_as"])) and str(ref["same_as"]) != "nan":
        same = refs[(refs["source_id"] == ref["source_id"]) & (refs["ref_no"].astype(str) == str(ref["same_as"]))]
        if not same.empty:
            ref = same.iloc[0]
    return _text(ref["publisher"])


def _author(source_id: str, sources: pd.DataFrame, lang: str) -> str:
    """Who wrote a source, by name ('Elham al-Najjar'), else its publisher, else its short name."""
    src = sources.loc[source_id]
    name = _text(src["author_ar"] if lang == "ar" else src["author"])
    if name:
        return name
    if _text(src["publisher"]):
        return in_text(f"publisher.{src['publisher']}", lang)
    return periods.source_name(source_id, lang)


def _who(row, lang: str, sources: pd.DataFrame | None = None) -> str:
    """Whose a row's figure is, as the source line under it cites it: the claimant, and the outlet the
    source quotes (`origin_ref`): 'Independent Arabia (8 October 2024), as quoted by Elham al-Najjar'
    when the author only passes the outlet's figure on; 'Iraqi officials, via RT Arabic (…)' otherwise;
    'The Washington Post (25 January 2024)' when the outlet is the claimant."""
    sources = sources if sources is not None else data.sources().set_index("source_id")
    claimant = _text(row.get("claimant")) or _text(row.get("raised_by"))
    ref = _text(row.get("origin_ref"))
    origin = periods.origin_name(ref, lang)
    if origin and (not claimant or claimant in _own(row["source_id"], sources)):
        return t("doubt.whose_quoted_by", lang, origin=origin, by=_author(row["source_id"], sources, lang))
    if not claimant:  # an event its source dates itself
        return _author(row["source_id"], sources, lang)
    outlet = bool(origin) and claimant == _origin_publisher(ref)
    who = origin if outlet else in_text(f"{'claimant' if _text(row.get('claimant')) else 'raised_by'}.{claimant}", lang)
    status = _text(row.get("status"))
    kind = level(claimant, status) if status else "plain"
    if kind == "disputed" and _text(row.get("disputed_by")):
        who = t("doubt.whose_disputed", lang, who=who, by=t(f"disputed_by.{row['disputed_by']}", lang))
    elif kind == "party":
        who = t("doubt.whose_claim" if status == "claim" else "doubt.whose_party", lang, who=who)
    elif claimant in IRAQI_ROLES:
        who = t(f"doubt.whose_{IRAQI_ROLES[claimant]}", lang, who=who)
    return t("doubt.whose_via", lang, who=who, origin=origin) if origin and not outlet else who


def whose_line(ids, facts: pd.DataFrame, lang: str, events: pd.DataFrame | None = None) -> str:
    """'Whose figures: Pentagon officials (a party to the conflict), via The Washington Post (…)' for the
    rows among `ids` ('' when no fact is among them): every claimant once, in the order first shown.
    A chart that shows figures names the claimant of its events too (who raised them, whom the source cites)."""
    ids = list(ids)
    rows = facts[facts["fact_id"].isin(ids)].rename(columns={"fact_id": "_id"})
    if rows.empty:
        return ""
    events = events if events is not None else data.events()
    dated = events[events["event_id"].isin(ids)].rename(columns={"event_id": "_id"})
    if not dated.empty:
        rows = pd.concat([rows, dated], ignore_index=True)
    order = {rid: i for i, rid in enumerate(ids)}
    rows = rows.assign(_o=rows["_id"].map(order)).sort_values("_o", kind="stable")
    sources = data.sources().set_index("source_id")
    parts = list(dict.fromkeys(_who(r, lang, sources) for _, r in rows.iterrows()))
    sep = "؛ " if lang == "ar" else "; "
    return t("doubt.whose", lang, list=sep.join(parts))
