"""One standard of doubt for every party's figures, computed from a fact's claimant and status.

Every figure is someone's statement. How a chart draws it and how a report words it depend on
two things only, never on which side the claimant is on:

- `status` "disputed" (a source reports the figure contested): hatched, and "disputed by …";
- a figure a party to the conflict gives (a government, an armed force, a coalition or one of its
  bodies: `PARTIES`), or one the source calls a claim (`status` "claim"): dotted, and
  "a party to the conflict" / "a claim";
- any other (a newspaper, a researcher, unnamed statistics): plain.

Colour never carries doubt: it tells series apart. Each figure and table names whose figures it
shows (`whose_line`), in the report's language.
"""

from __future__ import annotations

import html

import pandas as pd

from .catalogue import in_text, t

# Claimants that are parties to the conflict: the quadrilateral coalition's and the US-led coalition's
# governments, forces and officials, and Iraq's state bodies.
PARTIES = frozenset({
    "quad_joint_room", "info_centre_head", "pentagon_officials", "senior_us_military_official",
    "us_officials", "saudi_mofa", "anonymous_iraqi_official", "iraqi_parliament_security_committee_head",
})
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


def _who(row, lang: str) -> str:
    who = in_text(f"claimant.{row['claimant']}", lang)
    kind = level(row["claimant"], row["status"])
    if kind == "disputed" and isinstance(row.get("disputed_by"), str) and row["disputed_by"]:
        return t("doubt.whose_disputed", lang, who=who, by=t(f"disputed_by.{row['disputed_by']}", lang))
    if kind == "party":
        return t("doubt.whose_claim" if row["status"] == "claim" else "doubt.whose_party", lang, who=who)
    return who


def whose_line(ids, facts: pd.DataFrame, lang: str) -> str:
    """'Whose figures: Pentagon officials (a party to the conflict); The Washington Post' for the
    facts among `ids` ('' when none): every claimant once, in the order first shown."""
    rows = facts[facts["fact_id"].isin(list(ids))]
    if rows.empty:
        return ""
    order = {rid: i for i, rid in enumerate(ids)}
    rows = rows.assign(_o=rows["fact_id"].map(order)).sort_values("_o")
    parts = list(dict.fromkeys(_who(r, lang) for _, r in rows.iterrows()))
    sep = "؛ " if lang == "ar" else "; "
    return t("doubt.whose", lang, list=sep.join(parts))
