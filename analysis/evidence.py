"""Evidence entries: each quote once, numbered, linked both ways with the charts that use it.

Rows that quote the same words of the same source (members and working groups often do)
make one entry. Under a chart, a short line names each source (publisher and date) with
the numbers of the entries the chart uses, each a link to its entry; an entry gives the
values it supports, the source, the verbatim Arabic quote and, in the English edition, the
project's translation, and links back to every chart that uses it. A chapter numbers its
own entries; the full report numbers them again, once, for its appendix (`assemble`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pandas as pd

from . import fmt, periods
from .catalogue import has, t

Key = tuple[str, str]  # (source_id, quote)


@dataclass
class Entry:
    source_id: str
    quote: str
    quote_en: str | None
    rows: list[str] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.source_id, self.quote)



def decap(text: str) -> str:
    """A label set mid-line starts lower-case ('length of the border'), except an acronym or a name
    that stays capital ('US soldiers', never 'uS soldiers')."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]

def entries(ids: list[str], cited: pd.DataFrame) -> list[Entry]:
    """One entry per distinct (source, quote) among `ids`, in order of first use."""
    rows = cited.drop_duplicates("id").set_index("id")
    found: dict[Key, Entry] = {}
    for rid in dict.fromkeys(ids):
        row = rows.loc[rid]
        key = (row["source_id"], row["quote"])
        if key not in found:
            quote_en = row.get("quote_en")
            found[key] = Entry(row["source_id"], row["quote"], quote_en if isinstance(quote_en, str) and quote_en else None)
        found[key].rows.append(rid)
    return list(found.values())


def key_of(rid: str, cited: pd.DataFrame) -> Key:
    row = cited.drop_duplicates("id").set_index("id").loc[rid]
    return (row["source_id"], row["quote"])


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def figure_label(n: int, lang: str) -> str:
    return t("ui.figure", lang, number=str(n))


def caption_html(ids: list[str], cited: pd.DataFrame, numbers: dict[Key, int], lang: str, figure: int | None = None) -> str:
    """The line under chart number `figure`: each source (publisher, date) with the numbers of its entries, linked.
    Entries are grouped by source and by the outlets their rows cite: 'Analysis (37, 38); Analysis, citing
    CNN (36)', never every number credited to an outlet only one of them cites."""
    parts = source_groups(ids, cited, numbers, lang)
    label = f'<b class="figure-no">{html.escape(figure_label(figure, lang))}</b> · ' if figure else ""
    heading = t("ui.sources_counted", lang, count=len(parts))
    return f'<p class="caption" dir="{_dir(lang)}">{label}{html.escape(heading)}: {fmt.semicolon(lang).join(parts)}</p>'


def source_groups(ids, cited: pd.DataFrame, numbers: dict[Key, int], lang: str) -> list[str]:
    """'Analysis (37, 38)', 'Analysis, citing CNN (36)': the evidence numbers of `ids`, linked, grouped by
    source and by the outlets their rows cite, so no number is credited to an outlet its row does not cite."""
    shown = cited.drop_duplicates("id").set_index("id")
    groups: dict[tuple[str, bool, str], list[int]] = {}  # (source, cites an outlet, label): numbers
    for entry in entries(list(ids), cited):
        origins = entry_origins(entry, shown)
        key = (entry.source_id, bool(origins), origins_label(entry.source_id, origins, lang))
        groups.setdefault(key, []).append(numbers[entry.key])
    comma = "، " if lang == "ar" else ", "
    parts = []
    for key in sorted(groups):
        nums = sorted(set(groups[key]))
        links = comma.join(f'<a href="#ev-{n}">{n}</a>' for n in nums)
        parts.append(t("ui.source_entries", lang, source=html.escape(key[2]), numbers=links, count=len(nums)))
    return parts


def entry_origins(entry: Entry, shown: pd.DataFrame) -> tuple[str, ...]:
    """The reference ids (outlets) the rows of `entry` cite, sorted; () when none does."""
    if "origin_ref" not in shown:
        return ()
    found = {shown.loc[rid, "origin_ref"] for rid in entry.rows}
    return tuple(sorted(o for o in found if isinstance(o, str) and o))


def origins_label(source_id: str, origins, lang: str) -> str:
    """'Elham al-Najjar, 15 Oct 2024, citing RT Arabic, 27 Sep 2024' for a source and the references it cites."""
    label = periods.source_label(source_id, lang)
    if not origins:
        return label
    return t("period.citing", lang, source=label,
             origin=fmt.join(list(dict.fromkeys(periods.origin_text(o, lang) for o in sorted(origins))), lang))


def label_with_origins(source_id: str, shown: pd.DataFrame, lang: str) -> str:
    """'Elham al-Najjar, 15 Oct 2024, citing RT Arabic, 27 Sep 2024': a source with the outlets it cites
    for the rows shown."""
    if "origin_ref" not in shown:
        return periods.source_label(source_id, lang)
    mine = shown.loc[shown["source_id"] == source_id, "origin_ref"]
    return origins_label(source_id, [o for o in dict.fromkeys(mine) if isinstance(o, str) and o], lang)


def origin_of(entry: Entry, rows: pd.DataFrame) -> str:
    """The outlet the entry's source cites for its first row ('' when none): entries are grouped by it."""
    row = rows.loc[entry.rows[0]]
    origin = row.get("origin_ref") if "origin_ref" in row else None
    return origin if isinstance(origin, str) and origin else ""


def _head(entry: Entry, rows: pd.DataFrame, lang: str, grouped: bool = False) -> str:
    """What the entry's rows state (value with unit, disputed, period) and who says it (attribution or
    source). `grouped`: the entry stands under its source's name, so only the outlet it cites is said."""
    stated, said = [], []
    details = _details()
    # a centre item says what its number counts; a fact stating the same number only adds its period
    # ("every three months (the four parties rotate) · period not stated", never "3 · … · 3 · …")
    ordered = sorted(entry.rows, key=lambda rid: rows.loc[rid]["table"] != "info_centre")
    centre_values = {float(rows.loc[rid]["value"]) for rid in ordered
                     if rows.loc[rid]["table"] == "info_centre" and rid in details
                     and rows.loc[rid]["value"] is not None and rows.loc[rid]["value"] == rows.loc[rid]["value"]}
    for rid in ordered:
        row = rows.loc[rid]
        parts = []
        has_value = row["value"] is not None and row["value"] == row["value"]
        if has_value and row["table"] == "facts" and float(row["value"]) in centre_values:
            has_value = False
        # a centre item's number means nothing alone ('1'): it is written with what it counts
        # ('6 · Members per country'), and a frequency by its word alone ('Monthly')
        detail = _details().get(rid) if row["table"] == "info_centre" else None
        if detail and row.get("unit") == "per_month":  # 'monthly (before the lull …)', lower case as the other heads
            parts.append(f'<b>{html.escape(_lower(t("detail." + detail, lang), lang))}</b>')
        elif detail and has_value and row.get("unit") == "months":
            from . import data  # noqa: PLC0415 (as in _details)
            item = data.info_centre().set_index("item_id").loc[rid]
            aspect = item["aspect"]
            qualifier = row["qualifier"] if isinstance(row["qualifier"], str) and row["qualifier"] else None
            if qualifier is None:  # the qualifier of the fact stating the same number in the same passage
                from .charts.structure import _linked_fact  # noqa: PLC0415
                fact = _linked_fact(item, data.facts())
                qualifier = fact["qualifier"] if fact is not None and isinstance(fact["qualifier"], str) else "exact"
            count = fmt.count(row["value"], lang, qualifier, prose=True)
            key = ("structure.for_months" if aspect == "chair" else
                   "structure.every_months" if qualifier == "exact" else "structure.months")
            what = t(key, lang, n=count)
            if aspect == "chair_rotation" and qualifier != "exact":  # "at most three months each (officers rotate)"
                what = t("evidence.term_each", lang, term=what)
            label = t("detail." + detail, lang)
            label = decap(label) if lang == "en" else label
            parts.append(t("evidence.centre_term", lang, term=f"<b>{html.escape(str(what))}</b>",
                           detail=html.escape(label)))
        elif has_value and detail and has(f"structure.counted_{detail}"):
            # the number with its noun, in the noun's plural form: «جنرالان روسيان», not «2 · جنرالات روس»
            n = fmt.count(row["value"], lang, row["qualifier"] or "exact", row["value_high"])
            parts.append(f'<b>{html.escape(t(f"structure.counted_{detail}", lang, n=n))}</b>')
        elif has_value:
            unit = row["unit"] if row["table"] == "facts" and "unit" in row else None
            parts.append(f'<b>{html.escape(_with_unit(row, unit, lang))}</b>')
            metric = _metrics().get(rid) if row["table"] == "facts" else None
            if metric and has(f"metric.{metric}"):  # what the number counts: '> 600 · length of the Iraq–Syria border'
                label = t(f"metric.{metric}", lang)
                parts.append(html.escape(decap(label) if lang == "en" else label))
            if detail:
                parts.append(html.escape(t("detail." + detail, lang)))
        if row["table"] == "statements":  # an argument: who makes it, as the source names them
            from .statements import speaker
            from . import data  # noqa: PLC0415 (as in _details)

            who = speaker(data.statements().set_index("statement_id").loc[rid], lang, genitive=True)
            said_by = t("stmts.entry_speaker", lang, speaker=html.escape(who))
            parts.append(_lower(said_by, lang) if parts or stated else said_by)  # '… · according to X
        if row["status"] == "disputed":  # mid-line: '23,000 · fighters killed · disputed'
            status = t("status.disputed", lang)
            parts.append(html.escape(_lower(status, lang) if parts or stated else status))
        if row["table"] == "facts":
            # "period not stated" stands alone, never "Period: period not stated"
            period = periods.period_text(row, lang)
            if row["period_status"] == "unknown":
                if not grouped:  # a grouped list says once, at its head, what a figure without a period means
                    parts.append(html.escape(period))
            elif row["period_status"] == "inferred":  # «الفترة (مستنتجة): حتى 2018», the mark agreeing with «الفترة»
                # a period never breaks across lines: «25 يناير 2024» split from its dash reads as another number
                bare = periods.period_label(row["period_start"], row["period_end"], lang).replace(" ", "\u00a0")
                parts.append(html.escape(t("period.label_inferred", lang, period=bare)))
            else:
                parts.append(html.escape(t("period.label", lang, period=period.replace(" ", "\u00a0"))))
        who = periods.attribution(row, lang)  # the source, and the outlet it cites for this row
        if grouped:  # under a heading that names the source and the outlet it cites for the entry's first row
            origin = row.get("origin_ref")
            same = (isinstance(origin, str) and origin == origin_of(entry, rows)) or not (isinstance(origin, str) and origin)
            who = "" if same else t("evidence.citing", lang, origin=periods.origin_text(origin, lang))
        text = " · ".join(parts)
        if text and text not in stated:
            stated.append(text)
        if who not in said:
            said.append(html.escape(who))
    said = [w for w in said if w]
    return " · ".join(stated + ([fmt.semicolon(lang).join(said)] if said else []))


def _lower(text: str, lang: str) -> str:
    """A label set mid-line in an English head starts lower case ('· according to', '· disputed')."""
    return text[:1].lower() + text[1:] if lang == "en" else text


def _metrics() -> dict[str, str]:
    """What each fact counts (`metric` codes), by fact id."""
    from . import data

    return data.facts().set_index("fact_id")["metric"].to_dict()


MEASURES = ("km", "hours", "months", "years")  # every length or duration is written with its unit: «أكثر من 600 كيلومتر»


def _with_unit(row, unit, lang: str) -> str:
    """The value as the entry writes it: a measure with its unit, in the noun's plural form («لا يزيد على
    ساعتين», «3 سنوات», '> 600 km'); any other number as `fmt.qualified` writes it."""
    qualifier = row["qualifier"] or "exact"
    if unit not in MEASURES or qualifier == "range":
        return fmt.qualified(row["value"], qualifier, lang, row["value_high"], unit=unit)
    value = float(row["value"])
    if lang == "ar" and value in (1.0, 2.0):  # the noun alone or its dual, after the qualifier: «لا يزيد على ساعتين»
        words = t(f"evidence.measure_{unit}", lang, n=int(value))
        return words if qualifier == "exact" else f"{t(f'qualifier.{qualifier}', lang)} {words}"
    return t(f"evidence.measure_{unit}", lang, n=fmt.count(value, lang, qualifier))


def _details() -> dict[str, str]:
    """The information centre's items: what each counts (`detail` codes)."""
    from . import data

    return data.info_centre().set_index("item_id")["detail"].to_dict()


def list_html(items: list[Entry], numbers: dict[Key, int], uses: dict[Key, list[tuple[str, str]]],
              cited: pd.DataFrame, lang: str) -> str:
    """The numbered entries; `uses` maps an entry to the (anchor, figure number) of each chart using it."""
    rows = cited.drop_duplicates("id").set_index("id")
    groups: list[tuple[tuple[str, str], list[str]]] = []  # ((source, origin), entries): each run under its name
    for entry in sorted(items, key=lambda e: numbers[e.key]):
        n = numbers[entry.key]
        anchors = "".join(f'<span id="{html.escape(rid)}"></span>' for rid in entry.rows)  # row ids: link targets only
        head = [_head(entry, rows, lang, grouped=True)]
        comma = "، " if lang == "ar" else ", "
        back = comma.join(f'<a class="backref" href="#{html.escape(a)}">{html.escape(figure_label(n_fig, lang))}</a>'
                          for a, n_fig in uses.get(entry.key, []))
        back = f"↩ {back}" if back else ""
        translation = ""
        if lang == "en" and entry.quote_en:  # its own line under the quote; the list says once whose it is
            translation = f'<div class="translation" lang="en">“{html.escape(entry.quote_en)}”</div>'
        group = (entry.source_id, origin_of(entry, rows))
        if not groups or groups[-1][0] != group:
            groups.append((group, []))
        head_text = " · ".join(h for h in head if h)
        line = " · ".join(x for x in (head_text, back) if x)
        # the head on the item's first line, in the edition's direction, then the quote as its own
        # right-to-left block: the list number stands beside the first line, never beside the last
        # line of a wrapped quote, and the English never runs on into the Arabic
        # (the row anchors go inside the first block: no empty line box before it)
        quote = f'«{html.escape(entry.quote)}»'
        if line:
            line = f'<div class="ev-head" dir="{_dir(lang)}">{anchors}{line}</div>'
        else:
            quote = anchors + quote
        groups[-1][1].append(
            f'<li id="ev-{n}" value="{n}">{line}'
            f'<div class="quote" lang="ar" dir="rtl">{quote}</div>{translation}</li>'
        )
    said = []
    if any(r.get("table") == "facts" and r.get("period_status") == "unknown" for e in items for r in (rows.loc[x] for x in e.rows)):
        said.append(t("evidence.period_unstated", lang))
    if lang == "en" and any(e.quote_en for e in items):
        said.append(t("evidence.translations_ours", lang))
    intro = f'<p class="evidence-intro">{html.escape(" ".join(said))}</p>' if said else ""
    body = "".join(
        f'<p class="ev-source">{html.escape(periods.attribution({"source_id": sid, "origin_ref": origin or None}, lang))}</p>'
        f'<ol class="sources evidence" dir="{_dir(lang)}">' + "".join(lis) + "</ol>" for (sid, origin), lis in groups)
    return f'<div class="evidence-list" dir="{_dir(lang)}">{intro}{body}</div>'
