"""Structure charts: the two coalitions, their working groups, the information centre, Iraqi stances.

Wrangling functions take the tidy tables of `analysis.data` (already selected by
`as_of` / `include_disputed`) and return tidy frames; chart functions take those
frames and `lang` and return a styled, cited `plotly` figure. Every word comes
from the catalogue; each figure records the ids of the rows it shows.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from .. import fmt
from .. import periods, reconcile
from ..catalogue import has, in_text, t
from .style import COLORS, styled

# Order in which roles are listed inside each coalition (most central first).
ROLE_ORDER = [
    "leader", "member", "main_pole", "host", "plus_one", "combat_participant", "frontline_partner",
    "declined_to_join",
]
COALITION_ORDER = ["intl_coalition", "quad_coalition"]
COALITION_COLORS = {"intl_coalition": COLORS[0], "quad_coalition": COLORS[1]}
ASPECT_ORDER = ["seat", "operations_room", "chair", "chair_rotation", "staffing", "meeting_frequency", "claimed_output"]
DISPUTED_COLOR = "#a34848"
DECLINED_COLOR = "#b8bec7"
STANCE_COLORS = {"for": COLORS[2], "against": COLORS[3]}
# Colours for the chairs of the working groups: one per country, stable across groups.
CHAIR_COLORS = ["#2f5d8a", "#4f8a5b", "#c0713a", "#8a4f7d", "#b59a2d", "#3d8a8a", "#5b6470", "#a36b48"]
WRAP = 58  # characters per line of hover text


# --------------------------------------------------------------------------------------------
# Wrangling (tidy in, tidy out; no language)
# --------------------------------------------------------------------------------------------

def _rank(values: pd.Series, order: list[str]) -> pd.Series:
    return values.map({v: i for i, v in enumerate(order)}).fillna(len(order))


def member_roles(members: pd.DataFrame) -> pd.DataFrame:
    """One row per (coalition, role, member), merging the sources that state it.

    Columns: coalition, role, member, ids, source_ids, quotes (lists, in row order).
    """
    cols = ["coalition", "role", "member", "ids", "source_ids", "quotes"]
    if members.empty:
        return pd.DataFrame(columns=cols)
    grouped = (
        members.groupby(["coalition", "role", "member"], sort=False)
        .agg(ids=("member_id", list), source_ids=("source_id", list), quotes=("quote", list))
        .reset_index()
    )
    grouped["_c"] = _rank(grouped["coalition"], COALITION_ORDER)
    grouped["_r"] = _rank(grouped["role"], ROLE_ORDER)
    grouped["_first"] = grouped["ids"].str[0]
    return grouped.sort_values(["_c", "_r", "_first"]).reset_index(drop=True)[cols]


def coalition_size(facts: pd.DataFrame, coalition: str) -> pd.Series | None:
    """The fact stating how many states `coalition` counts (the latest stated), or None."""
    rows = facts[(facts["subject"] == coalition) & (facts["metric"] == "member_states")]
    if rows.empty:
        return None
    return rows.sort_values("stated_on", na_position="first").iloc[-1]


def working_group_chairs(groups: pd.DataFrame) -> pd.DataFrame:
    """One row per (working group, chair) in the order the source lists them; chair None if none is named.

    Columns: working_group, chair, ids, source_ids, quotes.
    """
    cols = ["working_group", "chair", "ids", "source_ids", "quotes"]
    if groups.empty:
        return pd.DataFrame(columns=cols)
    df = groups.copy()
    df["chair"] = df["chair"].where(df["chair"].notna(), None)
    out = (
        df.groupby(["working_group", df["chair"].fillna("")], sort=False)
        .agg(ids=("wg_row_id", list), source_ids=("source_id", list), quotes=("quote", list))
        .reset_index()
    )
    out["chair"] = pd.Series([c or None for c in out["chair"]], index=out.index, dtype=object)
    return out[cols]


def working_group_counts(groups: pd.DataFrame, facts: pd.DataFrame) -> dict:
    """How many groups the text announces (fact) and how many it lists (rows).

    {"announced": int | None, "announced_id": str | None, "listed": int, "chaired": int}
    """
    stated = facts[(facts["subject"] == "intl_coalition") & (facts["metric"] == "working_groups")]
    announced = stated.iloc[-1] if not stated.empty else None
    chaired = groups.loc[groups["chair"].notna(), "working_group"].nunique() if not groups.empty else 0
    return {
        "announced": None if announced is None else int(announced["value"]),
        "announced_id": None if announced is None else announced["fact_id"],
        "listed": int(groups["working_group"].nunique()) if not groups.empty else 0,
        "chaired": int(chaired),
    }


def chairs_per_country(groups: pd.DataFrame) -> pd.DataFrame:
    """How many working groups each named chair chairs (most first). Columns: chair, groups, ids."""
    named = groups[groups["chair"].notna()]
    if named.empty:
        return pd.DataFrame(columns=["chair", "groups", "ids"])
    out = named.groupby("chair", sort=False).agg(groups=("working_group", "nunique"), ids=("wg_row_id", list)).reset_index()
    return out.sort_values("groups", ascending=False, kind="stable").reset_index(drop=True)


def _linked_fact(row: pd.Series, facts: pd.DataFrame) -> pd.Series | None:
    """The fact that states the same number from the same passage (its quote lies inside the row's)."""
    if pd.isna(row.get("number")):
        return None
    same = facts[(facts["source_id"] == row["source_id"]) & (facts["value"] == float(row["number"]))]
    for _, fact in same.iterrows():
        if fact["quote"] in row["quote"] or row["quote"] in fact["quote"]:
            return fact
    return None


def centre_items(centre: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The information centre's organisation, one row per item, with the qualifier each number carries.

    Rows of `info_centre` that say the same thing (aspect, detail, number) are merged
    (their countries listed); a number takes the qualifier of the fact that states it
    in the same passage ("at most 3 months"). The centre's own claims about its output
    (facts on the info centre's intelligence, disputed) are added under the aspect
    `claimed_output`, so they disappear when the selection drops disputed facts.

    Columns: aspect, detail, countries, number, unit, qualifier, sequence, status, ids, source_ids, quotes.
    """
    cols = ["aspect", "detail", "countries", "number", "unit", "qualifier", "sequence", "status",
            "ids", "source_ids", "quotes", "period"]
    rows = []
    for _, row in centre.iterrows():
        fact = _linked_fact(row, facts)
        rows.append({
            "aspect": row["aspect"], "detail": row["detail"],
            "country": row["country"] if pd.notna(row["country"]) else None,
            "number": float(row["number"]) if pd.notna(row["number"]) else None,
            "unit": row["unit"] if pd.notna(row["unit"]) else None,
            "qualifier": fact["qualifier"] if fact is not None else ("exact" if pd.notna(row["number"]) else None),
            "sequence": int(row["sequence"]) if pd.notna(row["sequence"]) else None,
            "status": fact["status"] if fact is not None else "reported",
            "ids": [row["item_id"]] + ([fact["fact_id"]] if fact is not None else []),
            "source_id": row["source_id"], "quote": row["quote"],
            # the period the stating fact refers to (start, end, status, words), None when not stated
            "period": (None if fact is None or fact.get("period_status", "unknown") == "unknown" else
                       {k: fact.get(k) for k in ("period_start", "period_end", "period_status", "period_quote")}),
        })
    merged: dict[tuple, dict] = {}
    for r in rows:
        key = (r["aspect"], r["detail"], r["number"], r["qualifier"], r["sequence"])
        if key not in merged:
            merged[key] = {**{k: r[k] for k in ("aspect", "detail", "number", "unit", "qualifier", "sequence", "status",
                                                "period")},
                           "countries": [], "ids": [], "source_ids": [], "quotes": []}
        m = merged[key]
        if r["country"] and r["country"] not in m["countries"]:
            m["countries"].append(r["country"])
        m["ids"] += [i for i in r["ids"] if i not in m["ids"]]
        if r["quote"] not in m["quotes"]:
            m["quotes"].append(r["quote"])
            m["source_ids"].append(r["source_id"])
    claims = facts[(facts["subject"] == "info_centre") & (facts["topic"] == "intelligence")]
    for _, fact in claims.iterrows():
        merged[("claimed_output", fact["metric"])] = {
            "aspect": "claimed_output", "detail": fact["metric"], "countries": [], "number": float(fact["value"]),
            "unit": fact["unit"], "qualifier": fact["qualifier"], "sequence": None, "status": fact["status"],
            "ids": [fact["fact_id"]], "source_ids": [fact["source_id"]], "quotes": [fact["quote"]], "period": None,
        }
    out = pd.DataFrame(list(merged.values()), columns=cols)
    if out.empty:
        return out
    out["_a"] = _rank(out["aspect"], ASPECT_ORDER)
    out["_s"] = out["sequence"].fillna(99)
    return out.sort_values(["_a", "_s"], kind="stable").reset_index(drop=True)[cols]


def seat_sequence(centre: pd.DataFrame) -> pd.DataFrame:
    """The centre's seats: those the text orders first (1, 2, …), then the unordered ones, merged by place.

    Columns: order (int or None), detail, ids, source_ids, quotes.
    """
    cols = ["order", "detail", "ids", "source_ids", "quotes"]
    merged: dict[tuple, dict] = {}
    for _, row in centre[centre["aspect"] == "seat"].iterrows():
        order = None if pd.isna(row["sequence"]) else int(row["sequence"])
        entry = merged.setdefault((order, row["detail"]), {"order": order, "detail": row["detail"], "ids": [],
                                                           "source_ids": [], "quotes": []})
        entry["ids"].append(row["item_id"])
        entry["source_ids"].append(row["source_id"])
        entry["quotes"].append(row["quote"])
    out = pd.DataFrame(list(merged.values()), columns=cols).astype({"order": object})
    if out.empty:
        return out
    out["order"] = pd.Series([None if pd.isna(o) else int(o) for o in out["order"]], index=out.index, dtype=object)
    rank = [o if o is not None else 10**6 for o in out["order"]]
    return out.assign(_k=rank).sort_values("_k", kind="stable").drop(columns="_k").reset_index(drop=True)


def ordered_seats(seats: pd.DataFrame) -> pd.DataFrame:
    """The seats the text puts in order, when it orders any (else all): a table of the order lists no
    "order not stated" line that reads as one more seat (review 5)."""
    ordered = seats[[not _missing(o) for o in seats["order"]]] if not seats.empty else seats
    return seats if ordered.empty else ordered.reset_index(drop=True)


def stance_rows(stances: pd.DataFrame) -> pd.DataFrame:
    """Parties for and against the quadrilateral agreement, supporters first.

    Adds `side` (+1 for, -1 against) and `mislisted` (the source lists the party under
    the other side's heading, e.g. an opponent listed among the supporters).
    """
    cols = ["stance_id", "party", "party_type", "affiliation", "stance", "listed_under", "side", "mislisted",
            "source_id", "quote"]
    if stances.empty:
        return pd.DataFrame(columns=cols)
    df = stances.copy()
    df["side"] = df["stance"].map({"for": 1, "against": -1})
    df["mislisted"] = df["listed_under"].notna() & (df["listed_under"] != df["stance"])
    df["_s"] = df["side"] * -1
    return df.sort_values(["_s", "mislisted", "stance_id"], kind="stable").reset_index(drop=True)[cols]


def chart_fact_ids(facts: pd.DataFrame) -> list[str]:
    """Facts the charts show besides the structure rows: coalition sizes and the announced number of groups."""
    ids = [size["fact_id"] for c in COALITION_ORDER if (size := coalition_size(facts, c)) is not None]
    announced = working_group_counts(pd.DataFrame(columns=["working_group", "chair"]), facts)["announced_id"]
    return ids + ([announced] if announced else [])


def chapter_notes(reconciliation: pd.DataFrame, shown_ids: list[str]) -> pd.DataFrame:
    """The reconciliation notes every row of which this chapter shows (so none speaks of hidden rows)."""
    return reconcile.select(reconciliation, shown_ids, require="all")


def note_text(note: pd.Series, lang: str) -> str:
    """The text of a reconciliation note in `lang`."""
    return reconcile.text(note, lang)


def notes_html(notes: pd.DataFrame, lang: str) -> str:
    """Boxed notes (escaped), each headed by its kind, in the report's note style."""
    direction = "rtl" if lang == "ar" else "ltr"
    parts = []
    for _, note in notes.iterrows():
        parts.append(
            f'<div class="note" dir="{direction}"><p><b>{html.escape(t("kind." + note["kind"], lang))}.</b> '
            f"{html.escape(note_text(note, lang))}</p></div>"
        )
    return "".join(parts)


def shown_ids(*frames: pd.DataFrame, extra: list[str] | None = None) -> list[str]:
    """Every row id in the given wrangled frames (an `ids` list column or a `stance_id` column)."""
    ids: list[str] = []
    for frame in frames:
        if "ids" in frame:
            for values in frame["ids"]:
                ids += list(values)
        elif "stance_id" in frame:
            ids += list(frame["stance_id"])
    ids += [i for i in (extra or []) if i]
    return list(dict.fromkeys(ids))


# Member codes that stand for unnamed groups of states, not for one named state.
GROUP_MEMBERS = {"arab_states", "european_states", "middle_eastern_states", "other_western_states"}


NAMING_ROLES = ("leader", "combat_participant", "member")


def named_intl_states(members: pd.DataFrame, groups: pd.DataFrame | None = None) -> list[str]:
    """The international coalition's states the sources name one by one, in order of first mention:
    as leader, combat participant or member, and as working-group chairs ("the Kingdom" included)."""
    roles = member_roles(members)
    named = roles[(roles["coalition"] == "intl_coalition") & ~roles["member"].isin(GROUP_MEMBERS)
                  & roles["role"].isin(NAMING_ROLES)]["member"].tolist()
    if groups is not None and not groups.empty:
        named += groups["chair"].dropna().tolist()
    return list(dict.fromkeys(named))


def intro_paragraphs(facts: pd.DataFrame, members: pd.DataFrame, lang: str,
                     groups: pd.DataFrame | None = None) -> list[tuple[str, dict]]:
    """The opening narrative: catalogue keys and the values to fill them with, in order."""
    intl = coalition_size(facts, "intl_coalition")
    quad = coalition_size(facts, "quad_coalition")
    quad_n = fmt.count(quad["value"], lang, quad["qualifier"], prose=True) if quad is not None else "?"
    named = named_intl_states(members, groups)
    names = fmt.join([in_text(f"member.{m}", lang) if has(f"member.{m}") else in_text(f"chair.{m}", lang)
                       for m in named], lang)
    intl_states = fmt.count(intl["value"], lang, intl["qualifier"], prose=True) if intl is not None else "?"
    limits = {"named_states": t("structure.named_states", lang, named=len(named)), "names": names,
              "intl_states": intl_states}
    if intl is not None:
        return [("structure.intro_with_size", {"intl_states": intl_states, "quad_states": quad_n}),
                ("structure.intro_limits", limits)]
    return [("structure.intro_without_size", {"quad_states": quad_n}),
            ("structure.intro_limits_without_size", limits)]


def centre_standing(centre: pd.DataFrame, events: pd.DataFrame, lang: str) -> list[tuple[str, dict]]:
    """How the quadrilateral bodies faded, as the sources judge it (rows of aspect 'assessment')."""
    rows = centre[centre["aspect"] == "assessment"]
    if not {"lull_since_abdul_mahdi", "formal_coalition_or_courtesy"} <= set(rows["detail"]):
        return []
    by = rows.set_index("detail")
    resigned = events[events["event_code"] == "abdul_mahdi_government_resigned"]
    when = periods.event_date(resigned.iloc[0], lang) if not resigned.empty else t("period.unknown", lang)
    return [("structure.centre_standing", {
        "s003": periods.source_label(by.loc["lull_since_abdul_mahdi", "source_id"], lang),
        "s000": periods.source_label(by.loc["formal_coalition_or_courtesy", "source_id"], lang),
        "resigned": when})]


def working_group_paragraphs(groups: pd.DataFrame, facts: pd.DataFrame, lang: str) -> list[tuple[str, dict]]:
    """What to say about the working groups (or that no source up to this date lists them)."""
    counts = working_group_counts(groups, facts)
    if counts["listed"] == 0:
        return [("structure.wg_none", {})]
    top = chairs_per_country(groups).iloc[0]
    values = {"listed": fmt.count(counts["listed"], lang), "chaired": fmt.count(counts["chaired"], lang),
              "top_chair": in_text(f"chair.{top['chair']}", lang), "top_n": fmt.count(top["groups"], lang),
              # the source as sentences name it (one name per source), never a typed kind
              "source_name": periods.source_name(groups["source_id"].iloc[0], lang)}
    if counts["announced"] is not None:
        return [("structure.wg_text", {**values, "announced": fmt.count(counts["announced"], lang)})]
    return [("structure.wg_text_listed", values)]


def centre_paragraphs(items: pd.DataFrame, lang: str) -> list[tuple[str, dict]]:
    """What to say about the information centre: its organisation, then its disputed claims if shown."""
    describing = items[items["aspect"] != "assessment"]["source_ids"].explode().dropna().nunique() if len(items) else 0
    paragraphs: list[tuple[str, dict]] = [("structure.centre_text", {"n": int(describing)})]
    staff = items[(items["aspect"] == "staffing") & (items["detail"] == "members_per_country")]
    months = items[(items["aspect"] == "chair_rotation") & (items["unit"] == "months")]
    if not staff.empty and not months.empty:
        paragraphs.append(("structure.centre_numbers", {
            "staff": fmt.count(staff.iloc[0]["number"], lang, staff.iloc[0]["qualifier"], prose=True),
            "period": (t("structure.period_aside", lang, period=periods.period_text(staff.iloc[0]["period"], lang))
                       if isinstance(staff.iloc[0].get("period"), dict) else ""),
            "months": fmt.count(months.iloc[0]["number"], lang)}))
    claims = items[items["aspect"] == "claimed_output"].set_index("detail")
    if {"coordinates_provided", "intelligence_reports_provided"} <= set(claims.index):
        c, r = claims.loc["coordinates_provided"], claims.loc["intelligence_reports_provided"]
        paragraphs.append(("structure.centre_claims", {
            "coordinates": fmt.count(c["number"], lang, c["qualifier"], prose=True),
            "reports": fmt.count(r["number"], lang, r["qualifier"], prose=True)}))
    return paragraphs


def stance_paragraphs(rows: pd.DataFrame, lang: str) -> list[tuple[str, dict]]:
    """The stance counts, then one note per party the source lists under the other side's heading."""
    out = [("structure.stances_text", {"n_for": fmt.count(int((rows["stance"] == "for").sum()), lang),
                                       "n_against": fmt.count(int((rows["stance"] == "against").sum()), lang)})]
    return out


def mislisted_notes(rows: pd.DataFrame, lang: str) -> list[tuple[str, dict]]:
    """A note for each party listed under the other side's heading (e.g. an opponent among supporters)."""
    return [("structure.note_mislisted", {"party": t(f"party.{row['party']}", lang),
                                          "listed": t(f"listed_under.{row['listed_under']}", lang),
                                          "stance": t(f"stance.{row['stance']}", lang)})
            for _, row in rows[rows["mislisted"]].iterrows()]


def disputed_line(include_disputed: bool, left_out: int, lang: str) -> tuple[str, dict]:
    """The line on disputed claims: how many this edition leaves out, or that they are shown and marked."""
    if include_disputed:
        return ("structure.disputed_shown", {})
    return ("structure.disputed_left_out", {"n": fmt.count(left_out, lang)})


# --------------------------------------------------------------------------------------------
# Chart helpers
# --------------------------------------------------------------------------------------------

def _missing(value) -> bool:
    return value is None or bool(pd.isna(value))


def _wrap(text: str, width: int = WRAP) -> str:
    return "<br>".join(textwrap.wrap(text, width)) or text


def _hover(title: str, source_ids: list[str], quotes: list[str], lang: str, extra: str = "") -> str:
    """Hover text: what the box is, then each source's verbatim words."""
    lines = [f"<b>{_wrap(title)}</b>"]
    if extra:
        lines.append(_wrap(extra))
    for sid, quote in zip(source_ids, quotes):
        lines.append(f"{periods.source_label(sid, lang)}:<br>«{_wrap(quote)}»")
    return "<br>".join(lines)


def _box_label(text: str, width: int = 22, lang: str = "en") -> str:
    """Break a long box label into short lines so that treemap boxes stay legible."""
    return "<br>".join(_bidi(line, lang) for line in (textwrap.wrap(text, width, break_long_words=False) or [text]))


def _tiling(lang: str, **options) -> dict:
    """Treemap tiling: boxes fill from the top left, mirrored (`flip="x"`) to start top right in Arabic."""
    return {"pad": 4, **options, **({"flip": "x"} if lang == "ar" else {})}


def _list(items: list[str], lang: str) -> str:
    return ("، " if lang == "ar" else ", ").join(items)


# --------------------------------------------------------------------------------------------
# Charts
# --------------------------------------------------------------------------------------------

def _distinct(source_ids: list[str], quotes: list[str]) -> tuple[list[str], list[str]]:
    """Source ids and quotes with repeated quotes dropped (several rows often cite one sentence)."""
    pairs = list(dict.fromkeys(zip(source_ids, quotes)))
    return [p[0] for p in pairs], [p[1] for p in pairs]


def _bidi(text: str, lang: str) -> str:
    """Embed an Arabic line right-to-left inside the (left-to-right) figure, so numbers and marks keep their place."""
    return f"\u202b{text}\u202c" if lang == "ar" else text


def _lines(items: list[str], width: int, lang: str, bullet: str = "• ") -> str:
    """Items as bulleted lines, each wrapped to `width` characters (right-to-left lines in Arabic)."""
    out = []
    for item in items:
        wrapped = textwrap.wrap(item, width, break_long_words=False) or [item]
        out.append(_bidi(bullet + wrapped[0], lang))
        out += [_bidi("  " + more, lang) for more in wrapped[1:]]
    return "<br>".join(out)


def coalitions_treemap(roles: pd.DataFrame, facts: pd.DataFrame, lang: str) -> go.Figure:
    """The two coalitions side by side: one box per role, listing the states or bodies that hold it.

    `roles` is `member_roles(...)`; `facts` gives each coalition's stated number of states.
    Every role box has the same area: a box's size means nothing.
    """
    ids_, parents, labels, hovers, colors, values = [], [], [], [], [], []
    cited: list[str] = []
    ids_.append("root")
    parents.append("")
    labels.append(t("structure.both_coalitions", lang))
    hovers.append(t("structure.both_coalitions", lang))
    colors.append("#f4f6f8")
    values.append(0)
    for coalition in [c for c in COALITION_ORDER if c in set(roles["coalition"])]:
        name = t(f"coalition.{coalition}", lang)
        size = coalition_size(facts, coalition)
        label, hover = name, name
        if size is not None:
            count = fmt.qualified(size["value"], size["qualifier"], lang)
            key = "structure.intl_states" if coalition == "intl_coalition" else "structure.quad_states"
            label = f"{name} · {t(key, lang, n=count)}"
            hover = _hover(label, [size["source_id"]], [size["quote"]], lang)
            cited.append(size["fact_id"])
        cid = f"c:{coalition}"
        rows = roles[roles["coalition"] == coalition]
        ids_.append(cid)
        parents.append("root")
        labels.append(f"<b>{_bidi(label, lang)}</b>")
        hovers.append(hover)
        colors.append(COALITION_COLORS.get(coalition, COLORS[5]))
        values.append(0)
        for role in list(dict.fromkeys(rows["role"])):
            part = rows[rows["role"] == role]
            role_label = t(f"role.{role}", lang)
            names = [t(f"member.{m}", lang) for m in part["member"]]
            sids, quotes = _distinct(sum(part["source_ids"], []), sum(part["quotes"], []))
            ids_.append(f"{cid}/r:{role}")
            parents.append(cid)
            # short lines: a narrow box shrinks a long line's text below what print can read (7 pt)
            labels.append(f"<b>{_box_label(role_label, 14, lang)}</b><br>{_lines(names, 24, lang)}")
            hovers.append(_hover(f"{role_label}: {_list(names, lang)}", sids, quotes, lang))
            colors.append(DECLINED_COLOR if role == "declined_to_join" else COALITION_COLORS.get(coalition, COLORS[5]))
            values.append(1)  # every role the same area: a box's size means nothing
            cited += sum(part["ids"], [])
    fig = go.Figure(go.Treemap(
        ids=ids_, parents=parents, labels=labels, customdata=hovers, values=values, branchvalues="remainder",
        marker={"colors": colors, "line": {"color": "white", "width": 2}},
        textinfo="label", hovertemplate="%{customdata}<extra></extra>",
        textfont={"size": 14}, insidetextfont={"color": "white"}, pathbar={"visible": False}, textposition="top right" if lang == "ar" else "top left",
        tiling=_tiling(lang), sort=False,
    ))
    return styled(fig, lang, t("structure.chart_coalitions", lang), cited, height=580)


def working_groups_treemap(chairs: pd.DataFrame, counts: dict, lang: str) -> go.Figure:
    """The international coalition's working groups, each with the states that chair it.

    The root box says how many groups the text announces and how many it lists; a
    group with no chair named says so; each chair keeps one colour in every group.
    """
    ids_, parents, labels, hovers, colors, values = [], [], [], [], [], []
    cited = list(chairs["ids"].explode().dropna()) if not chairs.empty else []
    if counts.get("announced_id"):
        cited.append(counts["announced_id"])
    if counts.get("announced") is not None:
        root_label = t("structure.wg_root", lang, announced=fmt.count(counts["announced"], lang),
                       listed=fmt.count(counts["listed"], lang))
    else:
        root_label = t("structure.wg_root_listed", lang, listed=fmt.count(counts["listed"], lang))
    ids_.append("root")
    parents.append("")
    values.append(0)
    labels.append(f"<b>{_bidi(root_label, lang)}</b>")
    hovers.append(_wrap(root_label))
    colors.append("#f4f6f8")
    palette = {}
    for chair in chairs["chair"].dropna():
        palette.setdefault(chair, CHAIR_COLORS[len(palette) % len(CHAIR_COLORS)])
    for group in list(dict.fromkeys(chairs["working_group"])):
        rows = chairs[chairs["working_group"] == group]
        group_label = t(f"working_group.{group}", lang)
        gid = f"g:{group}"
        first = rows.iloc[0]
        ids_.append(gid)
        parents.append("root")
        values.append(0)
        labels.append(f"<b>{_box_label(group_label, 40, lang)}</b>")
        hovers.append(_hover(group_label, first["source_ids"][:1], first["quotes"][:1], lang))
        colors.append("#e3e7ec")
        for _, row in rows.iterrows():
            if pd.isna(row["chair"]):
                chair_label = full_label = t("structure.no_chair", lang)
                color = "#ffffff"
            else:
                # a box holds the short name ("“The Kingdom” (unnamed)"); the text and the hover say more
                box_key = f"structure.box_chair_{row['chair']}"
                full_label = t(f"chair.{row['chair']}", lang)
                chair_label = t(box_key, lang) if has(box_key) else full_label
                color = palette[row["chair"]]
            ids_.append(f"{gid}/{'none' if pd.isna(row['chair']) else row['chair']}")
            values.append(60 / len(rows))  # every group the same area
            parents.append(gid)
            labels.append(_box_label(chair_label, 18, lang))
            hovers.append(_hover(f"{group_label}: {full_label}", row["source_ids"][:1], row["quotes"][:1], lang))
            colors.append(color)
    fig = go.Figure(go.Treemap(
        ids=ids_, parents=parents, labels=labels, customdata=hovers,
        values=values, branchvalues="remainder",
        marker={"colors": colors, "line": {"color": "white", "width": 2}, "pad": {"t": 26, "l": 4, "r": 4, "b": 4}},
        textinfo="label", hovertemplate="%{customdata}<extra></extra>",
        textfont={"size": 14}, pathbar={"visible": False}, textposition="top right" if lang == "ar" else "top left",
        tiling=_tiling(lang, packing="dice-slice"), sort=False,
    ))
    return styled(fig, lang, t("structure.chart_working_groups", lang), cited, height=640)


# Details whose countries say something the detail does not (who rotates, who chairs first).
COUNTRY_DETAILS = {"first_chair", "officers_rotate"}


def _centre_label(row: pd.Series, lang: str) -> str:
    """A short label for one item of the centre's organisation (what, where, how many)."""
    if row["aspect"] == "claimed_output":
        what = t(f"metric.{row['detail']}", lang)
    elif has(f"structure.short_{row['detail']}"):  # the box's heading says "Chair": "First: Iraq"
        what = t(f"structure.short_{row['detail']}", lang)
    else:
        what = t(f"detail.{row['detail']}", lang)
    if row["aspect"] == "seat" and not _missing(row["sequence"]):
        what = t("structure.seat_first" if int(row["sequence"]) == 1 else "structure.seat_later", lang, place=what)
    countries = [c for c in row["countries"] if c not in ("all_four", "each")]
    if countries and row["detail"] in COUNTRY_DETAILS:
        what = f"{what}: {_list([t('country.' + c, lang) for c in countries], lang)}"
    number = row["number"]
    if not _missing(number) and row["unit"] != "per_month":
        qualifier = row["qualifier"] or "exact"
        count = fmt.count(number, lang, qualifier, prose=row["unit"] == "months")  # "at most three months"
        if has(f"structure.counted_{row['detail']}"):  # the count with its noun: «جنرالان روسيان», «6 أعضاء من كل بلد»
            text = _sentence_case(t(f"structure.counted_{row['detail']}", lang, n=count), lang)
            period = row.get("period") if hasattr(row, "get") else None
            if isinstance(period, dict):  # "Six members per country (October 2015, inferred)": the figure's period
                text = t("structure.label_period", lang, what=text, period=periods.period_text(period, lang))
            return text
        if row["unit"] == "months" and row["aspect"] == "chair":  # a term: "First: Iraq, for three months"
            term = t("structure.for_months", lang, n=count).replace(" ", "\u00a0")
            return t("structure.label_term", lang, what=what, term=term)
        if row["unit"] == "months":
            every = row["aspect"] == "chair_rotation" and qualifier == "exact"
            count = t("structure.every_months" if every else "structure.months", lang, n=count)
            # «الرئاسة الأولى: العراق، لمدة 3 أشهر»: a clause, never a «·» that wraps to start a line
            count = str(count).replace(" ", chr(0xA0))
            if qualifier == "exact" and not every:
                return t("structure.label_for", lang, what=what, count=count)
            # "The four parties rotate every three months"; "Officers rotate: …, Iran; at most three months each"
            return t("structure.label_every" if every else "structure.label_each", lang, what=what, count=count)
        what = f"{what}:\u00a0{str(count).replace(' ', chr(0xA0))}"  # a number never parts from its qualifier; «:» not a «·» that wraps to a line start
    return what


def _sentence_case(text: str, lang: str) -> str:
    """A box line opens with a capital in English ("Six members per country"); Arabic has no case."""
    return text[:1].upper() + text[1:] if lang == "en" else text


def centre_treemap(items: pd.DataFrame, lang: str) -> go.Figure:
    """How the quadrilateral information centre is organised: one box per aspect, listing what the sources say.

    The centre's own claims about its output get a box of their own, red and hatched,
    marked disputed in its label and in a line under the chart.
    """
    ids_, parents, labels, hovers, colors, patterns, values = [], [], [], [], [], [], []
    root_label = t("subject.info_centre", lang)
    ids_.append("root")
    parents.append("")
    labels.append(f"<b>{root_label}</b>")
    hovers.append(root_label)
    colors.append("#f4f6f8")
    patterns.append("")
    values.append(0)
    cited: list[str] = []
    disputed_shown = False
    aspects = list(dict.fromkeys(items["aspect"]))
    palette = [COLORS[i] for i in (0, 1, 2, 3, 6, 4, 5)]
    for n, aspect in enumerate(aspects):
        rows = items[items["aspect"] == aspect]
        disputed = (rows["status"] == "disputed").any()
        title = t("structure.claimed_output" if aspect == "claimed_output" else f"aspect.{aspect}", lang)
        lines = [_centre_label(row, lang) for _, row in rows.iterrows()]
        sids, quotes = _distinct(sum(rows["source_ids"], []), sum(rows["quotes"], []))
        extra = ""
        if disputed:
            disputed_shown = True
            extra = t("structure.disputed_hover", lang)
        ids_.append(f"a:{aspect}")
        parents.append("root")
        head = _bidi(title, lang) if lang == "ar" else _box_label(title, 22, lang)  # long English titles shrink the box's text
        labels.append(f"<b>{head}</b><br>{_lines(lines, 24 if lang == 'ar' else 20, lang)}")
        hovers.append(_hover(title, sids, quotes, lang, extra=_list(lines, lang) + ("<br>" + extra if extra else "")))
        colors.append(DISPUTED_COLOR if disputed else palette[n % len(palette)])
        patterns.append("/" if disputed else "")
        values.append(1)  # every aspect the same area: legible text in each box
        cited += sum(rows["ids"], [])
    fig = go.Figure(go.Treemap(
        ids=ids_, parents=parents, labels=labels, customdata=hovers, values=values, branchvalues="remainder",
        marker={"colors": colors, "line": {"color": "white", "width": 2},
                "pattern": {"shape": patterns, "fillmode": "overlay", "fgcolor": "white", "fgopacity": 0.3,
                            "size": 10, "solidity": 0.2}},
        textinfo="label", hovertemplate="%{customdata}<extra></extra>",
        textfont={"size": 13}, insidetextfont={"color": "white"}, pathbar={"visible": False}, textposition="top right" if lang == "ar" else "top left",
        tiling=_tiling(lang), sort=False,
    ))
    fig = styled(fig, lang, t("structure.chart_centre", lang), cited, height=640)
    if disputed_shown:
        rtl = lang == "ar"
        fig.add_annotation(
            text=f"<span style='color:{DISPUTED_COLOR}'>▨</span> {t('structure.disputed_legend', lang)}",
            xref="paper", yref="paper", x=1 if rtl else 0, y=-0.01, xanchor="right" if rtl else "left",
            yanchor="top", showarrow=False, font={"size": 12},
        )
        fig.update_layout(margin={"b": 60})
    return fig


def seats_table(seats: pd.DataFrame, lang: str) -> go.Figure:
    """Where the centre sat: the places in the order the text gives (only those, when it orders any)."""
    seats = ordered_seats(seats)
    rtl = lang == "ar"
    order = [t("structure.order_not_stated", lang) if _missing(o) else fmt.number(o, lang) for o in seats["order"]]
    places = [t(f"detail.{d}", lang) for d in seats["detail"]]
    sources = ["<br>".join(periods.source_label(s, lang) for s in dict.fromkeys(sids)) for sids in seats["source_ids"]]
    header = [t("structure.col_order", lang), t("structure.col_place", lang), t("structure.col_source", lang)]
    columns = [order, places, sources]
    widths = [0.7, 2.3, 2.8]
    if rtl:
        header, columns, widths = header[::-1], columns[::-1], widths[::-1]
    align = "right" if rtl else "left"
    fill = [["white" if _missing(o) else "#eef3f8" for o in seats["order"]]] * 3
    fig = go.Figure(go.Table(
        columnwidth=widths,
        header={"values": [f"<b>{h}</b>" for h in header], "align": align, "fill": {"color": "#dfe6ee"},
                "font": {"size": 13}, "height": 34},
        cells={"values": columns, "align": align, "fill": {"color": fill}, "font": {"size": 13}, "height": 44},
    ))
    fig = styled(fig, lang, t("structure.chart_seats", lang), list(seats["ids"].explode()), height=360)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 60, "b": 10})
    return fig


def stances_chart(rows: pd.DataFrame, lang: str) -> go.Figure:
    """Iraqi parties for and against the quadrilateral agreement, as a diverging chart.

    Supporters to one side, opponents to the other; a party the source lists under
    the other side's heading is hatched and named in the legend.
    """
    rtl = lang == "ar"
    fig = go.Figure()
    labels = []
    for _, row in rows.iterrows():
        label = t(f"party.{row['party']}", lang)
        if pd.notna(row["affiliation"]) and row["affiliation"] != row["party"]:
            label = f"{label} ({t('affiliation.' + row['affiliation'], lang)})"
        labels.append(_box_label(label, 34, lang))
    rows = rows.assign(label=labels)
    groups = [
        ("for", False, t("stance.for", lang), ""),
        ("against", False, t("stance.against", lang), ""),
        ("against", True, t("structure.against_listed_for", lang), "/"),
        ("for", True, t("structure.for_listed_against", lang), "/"),
    ]
    for stance, mislisted, name, shape in groups:
        part = rows[(rows["stance"] == stance) & (rows["mislisted"] == mislisted)]
        if part.empty:
            continue
        hovers = [
            _hover(f"{row['label'].replace('<br>', ' ')}: {t('stance.' + row['stance'], lang)}", [row["source_id"]],
                   [row["quote"]], lang,
                   t("listed_under." + row["listed_under"], lang) if row["mislisted"] else "")
            for _, row in part.iterrows()
        ]
        fig.add_trace(go.Bar(
            y=part["label"], x=part["side"], orientation="h", name=name,
            marker={"color": STANCE_COLORS[stance], "pattern": {"shape": shape, "fgcolor": "white", "size": 7}},
            text=[t(f"party_type.{p}", lang) for p in part["party_type"]], textposition="inside",
            insidetextanchor="middle", insidetextfont={"color": "white"},
            customdata=hovers, hovertemplate="%{customdata}<extra></extra>",
        ))
    fig.update_layout(barmode="relative", bargap=0.25)
    fig.update_xaxes(
        range=[1.15, -1.15] if rtl else [-1.15, 1.15], tickvals=[-0.5, 0.5],
        ticktext=[f"<b>{t('stance.against', lang)}</b>", f"<b>{t('stance.for', lang)}</b>"],
        zeroline=True, zerolinewidth=2, showgrid=False, side="top",
    )
    fig.update_yaxes(side="right" if rtl else "left", automargin=True, autorange="reversed",
                     categoryorder="array", categoryarray=list(rows["label"]))
    fig = styled(fig, lang, t("structure.chart_stances", lang), list(rows["stance_id"]), height=440)
    fig.update_layout(margin={"b": 70})
    return fig


# -- lists as tables ---------------------------------------------------------------------------
# Lists of members, working groups, the centre's organisation and the parties' stances read better
# as tables than as boxes of equal size: each function gives the table's markup, the values of its
# title (which states what the table shows) and the ids of the rows it shows (cited under it).

def _html_table(head: list[str], rows: list[list[str]], lang: str, group_rows: dict[int, str] | None = None) -> str:
    """An escaped table; `rows` hold escaped cells; `group_rows` puts a spanning heading row before row i."""
    direction = "rtl" if lang == "ar" else "ltr"
    thead = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = []
    for i, row in enumerate(rows):
        if group_rows and i in group_rows:
            body.append(f'<tr class="group"><th colspan="{len(head)}">{html.escape(group_rows[i])}</th></tr>')
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    return (f'<table class="compact list" dir="{direction}"><thead><tr>{thead}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def coalitions_table(roles: pd.DataFrame, facts: pd.DataFrame, lang: str) -> tuple[str, str, list[str], dict]:
    """Who is in each coalition, in what role: (title key, markup, row ids, title values)."""
    rows, groups, ids = [], {}, []
    values: dict = {}
    for coalition in [c for c in COALITION_ORDER if c in set(roles["coalition"])]:
        name = t(f"coalition.{coalition}", lang)
        size = coalition_size(facts, coalition)
        if size is not None:
            key = "structure.intl_states" if coalition == "intl_coalition" else "structure.quad_states"
            name = f"{name} · {t(key, lang, n=fmt.qualified(size['value'], size['qualifier'], lang))}"
            ids.append(size["fact_id"])
        groups[len(rows)] = name
        part = roles[roles["coalition"] == coalition]
        for role in dict.fromkeys(part["role"]):
            these = part[part["role"] == role]
            names = [t(f"member.{m}", lang) for m in these["member"]]
            rows.append([html.escape(t(f"role.{role}", lang)), html.escape(_list(names, lang))])
            ids += sum(these["ids"], [])
        leaders = part[part["role"] == "leader"]["member"].tolist()
        members = part[part["role"] == "member"]["member"].tolist()
        if coalition == "intl_coalition" and leaders:
            values["leader"] = fmt.join([in_text(f"member.{m}", lang) for m in leaders], lang)
            values["intl_size"] = "" if size is None else fmt.count(size["value"], lang, size["qualifier"] or "exact", prose=True)
        if coalition == "quad_coalition" and members:
            values["quad_members"] = fmt.join([t(f"member.{m}", lang) for m in members], lang)
    full = {"leader", "quad_members"} <= set(values) and values.get("intl_size")
    head = [t("structure.col_role", lang), t("structure.col_members", lang)]
    return ("structure.table_coalitions" if full else "structure.chart_coalitions", _html_table(head, rows, lang, groups),
            ids, values if full else {})


def working_groups_table(chairs: pd.DataFrame, counts: dict, lang: str) -> tuple[str, str, list[str], dict]:
    """The working groups and the states that chair them: (title key, markup, row ids, title values)."""
    rows, ids = [], list(chairs["ids"].explode().dropna()) if not chairs.empty else []
    if counts.get("announced_id"):
        ids.append(counts["announced_id"])
    for group in dict.fromkeys(chairs["working_group"]):
        these = chairs[chairs["working_group"] == group]
        named = [t(f"chair.{c}", lang) for c in these["chair"] if not _missing(c)]
        rows.append([html.escape(t(f"working_group.{group}", lang)),
                     html.escape(_list(named, lang) if named else t("structure.no_chair", lang))])
    per = chairs.dropna(subset=["chair"]).groupby("chair", sort=False)["working_group"].nunique()
    key, values = "structure.chart_working_groups", {}
    if counts.get("listed") and not per.empty:
        top = per.sort_values(ascending=False, kind="stable")
        key = "structure.table_working_groups" if counts.get("announced") is not None else "structure.table_working_groups_listed"
        values = {"listed": counts["listed"], "top": in_text(f"chair.{top.index[0]}", lang), "top_n": int(top.iloc[0])}
        if counts.get("announced") is not None:
            values["announced"] = counts["announced"]
    head = [t("structure.col_group", lang), t("structure.col_chairs", lang)]
    return key, _html_table(head, rows, lang), ids, values


def centre_table(items: pd.DataFrame, lang: str) -> tuple[str, str, list[str], dict]:
    """How the information centre was organised, aspect by aspect; the centre's own claims say whose
    they are and that they are disputed (`doubt`): (title key, markup, row ids, title values)."""
    from .. import doubt

    rows, ids = [], []
    disputed = 0
    for aspect in dict.fromkeys(items["aspect"]):
        these = items[items["aspect"] == aspect]
        title = t("structure.claimed_output" if aspect == "claimed_output" else f"aspect.{aspect}", lang)
        lines = []
        for _, row in these.iterrows():
            line = html.escape(_centre_label(row, lang))
            if row["status"] != "reported":
                disputed += row["status"] == "disputed"
                line += " " + doubt.mark_html(row["status"], lang)
            lines.append(line)
        rows.append([html.escape(title), "<br>".join(lines)])
        ids += sum(these["ids"], [])
    sources = len({s for sids in items["source_ids"] for s in sids})
    head = [t("structure.col_aspect", lang), t("structure.col_said", lang)]
    return "structure.table_centre", _html_table(head, rows, lang), ids, {"sources": sources, "disputed": int(disputed)}


def seats_html(seats: pd.DataFrame, lang: str) -> tuple[str, str, list[str], dict]:
    """Where the centre sat, in the order the text gives: (title key, markup, row ids, title values). When
    the text orders some seats, only those are listed: an unordered place (Baghdad, the ministry) names
    a seat already ordered at a coarser level, and the structure table quotes it."""
    seats = ordered_seats(seats)
    rows = []
    for _, s in seats.iterrows():
        order = t("structure.order_not_stated", lang) if _missing(s["order"]) else fmt.number(s["order"], lang)
        rows.append([html.escape(str(order)), html.escape(t(f"detail.{s['detail']}", lang)),
                     html.escape(fmt.semicolon(lang).join(periods.source_label(x, lang) for x in dict.fromkeys(s["source_ids"])))])
    ordered = seats[seats["order"].notna()].sort_values("order")
    key, values = "structure.chart_seats", {}
    if len(ordered) >= 2:
        key = "structure.table_seats"
        values = {"first": in_text(f"detail.{ordered.iloc[0]['detail']}", lang),
                  "then": in_text(f"detail.{ordered.iloc[1]['detail']}", lang)}
    head = [t("structure.col_order", lang), t("structure.col_place", lang), t("structure.col_source", lang)]
    return key, _html_table(head, rows, lang), list(seats["ids"].explode()), values


def stances_table(rows: pd.DataFrame, lang: str) -> tuple[str, str, list[str], dict]:
    """The Iraqi parties for and against the agreement, with where the source lists each:
    (title key, markup, row ids, title values)."""
    out = []
    for _, row in rows.iterrows():
        label = t(f"party.{row['party']}", lang)
        if pd.notna(row["affiliation"]) and row["affiliation"] != row["party"]:
            label = f"{label} ({t('affiliation.' + row['affiliation'], lang)})"
        stance = t(f"stance.{row['stance']}", lang)
        if row["mislisted"]:
            stance = t("structure.against_listed_for" if row["stance"] == "against" else "structure.for_listed_against", lang)
        out.append([html.escape(label), html.escape(t(f"party_type.{row['party_type']}", lang)), html.escape(stance)])
    values = {"n_for": int((rows["stance"] == "for").sum()), "n_against": int((rows["stance"] == "against").sum())}
    head = [t("structure.col_party", lang), t("structure.col_kind", lang), t("structure.col_stance", lang)]
    return "structure.table_stances", _html_table(head, out, lang), list(rows["stance_id"]), values
