"""When a fact is about, how that is known, and whom its source cites for it.

A fact's period (`period_start`..`period_end`) is apart from its source's date: a figure a 2024
paper quotes from a 2021 article belongs to 2021. `period_status` says how the period is known:
stated by the text, inferred from the words in `period_quote` ("last year" -> 2023), or unknown
(then the period is empty, and a chart shows "period not stated", never the source's date).
`origin_ref` names the outlet the source cites for the figure (a row of references.csv).

Everything here is computed from the data tables; the words come from the catalogue.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from . import data, fmt
from .catalogue import has, in_text, t


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (not isinstance(value, str) and pd.isna(value))


def _short_date(value, precision: str, lang: str) -> str:
    value = pd.Timestamp(value).date()
    pattern = {"day": "d MMM y", "month": "MMMM y", "year": "y"}.get(precision, "d MMM y")
    return fmt.format_pattern(value, pattern, lang)


def inferred_mark(lang: str) -> str:
    return t("period.inferred_mark", lang)


def mark_inferred(text: str, lang: str) -> str:
    """'January 2024, inferred': the mark after a comma, never a bracket, so that a period or date
    set in a sentence's brackets does not nest them ('(January 2024, inferred)')."""
    return t("period.inferred_after", lang, text=text)


def source_label(source_id: str, lang: str, sources: pd.DataFrame | None = None) -> str:
    """'Elham al-Najjar, 15 Oct 2024', 'Al-Araby Al-Jadeed, 2023 (inferred)', 'Arabic Wikipedia, undated':
    who published or wrote the source and its date to the precision known, from sources.csv."""
    src = (sources if sources is not None else data.sources()).set_index("source_id").loc[source_id]
    by_kind = False
    if src["author_role"] == "author" and not _missing(src["author"]):
        name = src["author_ar"] if lang == "ar" and not _missing(src["author_ar"]) else src["author"]
    elif not _missing(src["publisher"]):
        name = t(f"publisher.{src['publisher']}", lang)
    else:
        name, by_kind = t(f"kind.{src['kind']}", lang), True
    inferred = src["date_status"] == "inferred"
    if src["date_status"] == "unknown" or _missing(src["date"]):
        label = t("period.label_when", lang, name=name, when=t("ui.undated", lang))
    elif src["date_precision"] == "not_before" and by_kind:
        # «تحليل نُشر في 29 كانون الثاني/يناير 2024 أو بعده»: the kind of text, then when it was published
        key = f"period.published_not_before_{src['kind']}"
        label = t(key if has(key) else "period.published_not_before", lang, name=name,
                  date=_short_date(src["date"], "day", lang))
    elif src["date_precision"] == "not_before":
        label = t("period.label_when", lang, name=name,
                  when=t("period.not_before", lang, date=_short_date(src["date"], "day", lang)))
    else:
        label = t("period.label_when", lang, name=name, when=_short_date(src["date"], src["date_precision"], lang))
    # after a comma, never in brackets: the label is set inside source lines «[…]» and citations «(…)»
    return t("period.date_inferred_after", lang, text=label) if inferred else label


_mentioned: set[str] | None = None  # sources this chapter has named in full; None: every mention in full


def start_chapter() -> None:
    """A chapter starts (an `Edition` is made): its first mention of each source is in full, the later
    ones short ('al-Najjar's paper', 'the early-2024 analysis'). Each chapter of the full report keeps its own."""
    global _mentioned
    _mentioned = set()


def stop_chapter() -> None:
    """Every mention in full again (outside a chapter: tests, the command line)."""
    global _mentioned
    _mentioned = None


def _short_name(src, lang: str) -> str | None:
    """A source's short name for a later mention in a chapter, or None when it has none."""
    kind = f"source_name.short_{src['kind']}"
    if not has(kind):
        return None
    if src["author_role"] == "author" and not _missing(src["author"]):
        author = src["author_ar"] if lang == "ar" and not _missing(src["author_ar"]) else src["author"]
        return t("source_name.by_author_short", lang, kind=t(kind, lang), surname=str(author).split()[-1])
    if src["date_precision"] == "not_before" and not _missing(src["date"]) and pd.Timestamp(src["date"]).month <= 4:
        return t("source_name.early_year_short", lang, kind=t(kind, lang), year=str(pd.Timestamp(src["date"]).year))
    return None


def shorten(text: str, lang: str) -> str:
    """`text` as the chapter shows it next: a source's full name ('the research paper by Elham al-Najjar
    (15 October 2024)', its bracket form too) stays at its first shown mention in the chapter and becomes
    its short name after. Applied where text is shown, so names computed but not shown do not count."""
    if _mentioned is None or not text:
        return text
    sources = data.sources()
    for _, src in sources.iterrows():
        short = _short_name(src, lang)
        if short is None:
            continue
        sid = src["source_id"]
        fulls = [_full_source_name(sid, lang, sources, flat) for flat in (False, True)]
        if lang == "en":
            fulls += [f[:1].upper() + f[1:] for f in fulls]
        pattern = re.compile("|".join(re.escape(f) for f in sorted(set(fulls), key=len, reverse=True)))
        key = f"{lang}:{sid}"

        def swap(m, key=key, short=short):
            if key not in _mentioned:
                _mentioned.add(key)
                return m.group(0)
            return short[:1].upper() + short[1:] if m.group(0)[:1].isupper() and lang == "en" else short
        text = pattern.sub(swap, text)
    return text


def source_name(source_id: str, lang: str, sources: pd.DataFrame | None = None, flat: bool = False) -> str:
    """The one short name a sentence calls a source by, in full (`shorten` makes later mentions short)."""
    return _full_source_name(source_id, lang, sources, flat)


def _full_source_name(source_id: str, lang: str, sources: pd.DataFrame | None = None, flat: bool = False) -> str:
    """The one short name a sentence calls a source by ('the research paper by Elham al-Najjar
    (15 October 2024)', 'the analysis of early 2024', 'Al-Araby Al-Jadeed's 2023 report', 'the Arabic
    Wikipedia article'), computed from sources.csv and catalogue words; the compact `source_label`
    stays for source lines under charts."""
    src = (sources if sources is not None else data.sources()).set_index("source_id").loc[source_id]
    kind = t(f"source_name.kind_{src['kind']}", lang)
    dated = not (src["date_status"] == "unknown" or _missing(src["date"]))
    if src["author_role"] == "author" and not _missing(src["author"]):
        author = src["author_ar"] if lang == "ar" and not _missing(src["author_ar"]) else src["author"]
        when = fmt.date(pd.Timestamp(src["date"]).date(), lang, src["date_precision"]) if dated else t("ui.undated", lang)
        # `flat`: the date after a comma, for a name set inside a sentence's brackets (no nested brackets)
        return t("source_name.by_author_flat" if flat else "source_name.by_author", lang, kind=kind, author=author, date=when)
    if not dated:
        if not _missing(src["publisher"]):
            return t("source_name.publisher_undated", lang, kind=kind, publisher=t(f"publisher.{src['publisher']}", lang))
        return t("source_name.undated", lang, kind=kind)
    date = pd.Timestamp(src["date"])
    if src["date_precision"] == "not_before":  # 'not before 29 Jan 2024': early in that year, or after the date
        key = "source_name.early_year" if date.month <= 4 else "source_name.after_date"
        return t(key, lang, kind=kind, year=str(date.year), date=fmt.date(date.date(), lang, "day"))
    if not _missing(src["publisher"]):
        return t("source_name.publisher_year", lang, kind=kind, publisher=t(f"publisher.{src['publisher']}", lang),
                 year=str(date.year))
    return t("source_name.of_year", lang, kind=kind, year=str(date.year))


def _origin_row(origin_ref, refs: pd.DataFrame | None = None):
    """The references.csv row of the outlet a source cites (the row it is the same as, if any); None when none."""
    if _missing(origin_ref) or not origin_ref:
        return None
    refs = refs if refs is not None else _references()
    ref = refs.loc[origin_ref]
    if not _missing(ref["same_as"]):
        same = refs[(refs["source_id"] == ref["source_id"]) & (refs["ref_no"] == ref["same_as"])]
        if not same.empty:
            ref = same.iloc[0]
    return ref


def origin_name(origin_ref, lang: str, refs: pd.DataFrame | None = None) -> str:
    """'RT Arabic (27 September 2024)': the outlet a source cites, for a sentence ('' when none)."""
    ref = _origin_row(origin_ref, refs)
    if ref is None:
        return ""
    publisher = in_text(f"publisher.{ref['publisher']}", lang)  # 'citing the Saudi Ministry of Foreign Affairs'
    if _missing(ref["date"]):
        return publisher
    # 'RT Arabic (27 September 2024)', «إندبندنت عربية (8 أكتوبر 2024)»: the date in brackets in both languages
    return f"{publisher} ({fmt.date(pd.Timestamp(ref['date']).date(), lang, 'day')})"


def named_attribution(row, lang: str, capital: bool = False, subject: bool = False) -> str:
    """A source as a sentence names it, with whom it cites: 'the research paper by Elham al-Najjar
    (15 October 2024), citing RT Arabic (27 September 2024)'. `capital` for a sentence's start;
    `subject` when a verb follows ("…, citing RT Arabic (…), reports that"): the English aside is closed by a comma."""
    name = source_name(row["source_id"], lang)
    origin = origin_name(row.get("origin_ref") if hasattr(row, "get") else row["origin_ref"], lang)
    text = t("period.citing", lang, source=name, origin=origin) if origin else name
    if origin and subject and lang == "en":
        text += ","
    return text[:1].upper() + text[1:] if capital and lang == "en" else text


def bracket_attribution(row, lang: str) -> str:
    """A source named inside a sentence's brackets, with no brackets of its own: 'the analysis of early 2024,
    citing Al-Monitor, 24 January 2024' (the short name, never the compact chart-line label)."""
    name = source_name(row["source_id"], lang, flat=True)
    ref = row.get("origin_ref") if hasattr(row, "get") else row["origin_ref"]
    if _missing(ref) or not ref:
        return name
    refs = _references()
    r = refs.loc[ref]
    if not _missing(r["same_as"]):
        same = refs[(refs["source_id"] == r["source_id"]) & (refs["ref_no"] == r["same_as"])]
        if not same.empty:
            r = same.iloc[0]
    origin = t(f"publisher.{r['publisher']}", lang)
    if not _missing(r["date"]):
        origin = t("period.origin_dated", lang, publisher=origin, date=fmt.date(pd.Timestamp(r["date"]).date(), lang, "day"))
    return t("period.citing", lang, source=name, origin=origin)


def estimate_period(row, lang: str) -> str:
    """The period an estimate refers to, for a sentence's brackets: 'January 2024', or, when inferred,
    'the estimate's date inferred as January 2024' («والتقدير يخص يناير 2024، وهذا مستنتج»)."""
    if row["period_status"] == "unknown":
        return t("period.unknown", lang)
    label = period_label(row["period_start"], row["period_end"], lang, full=True)
    return t("period.estimate_inferred", lang, text=label) if row["period_status"] == "inferred" else label


def quoted_attribution(row, lang: str) -> str:
    """Who quotes a claimant: 'quoted by The Washington Post (25 January 2024) in the analysis of early 2024',
    or 'quoted in the analysis of early 2024' when the source cites no outlet."""
    name = source_name(row["source_id"], lang)
    origin = origin_name(row.get("origin_ref") if hasattr(row, "get") else row["origin_ref"], lang)
    return t("period.quoted_by_in", lang, source=name, origin=origin) if origin else t("period.quoted_in", lang, source=name)


def period_label(start, end, lang: str, full: bool = False) -> str:
    """'2023', 'January 2024', 'Jan–Jun 2024', 'since October 2023', 'up to 2018'; '' when both ends are missing.
    `full`: months named in full, as running text writes them ('January–June 2024')."""
    mmm = "MMMM" if full else "MMM"
    s_missing, e_missing = _missing(start), _missing(end)
    if s_missing and e_missing:
        return ""
    if e_missing:
        return t("period.since", lang, date=fmt.date(pd.Timestamp(start).date(), lang, "month"))
    end = pd.Timestamp(end)
    if s_missing:
        whole_year = end.month == 12 and end.day == 31
        return t("period.until", lang, date=fmt.date(end.date(), lang, "year" if whole_year else "month"))
    start = pd.Timestamp(start)
    if start == end:
        return fmt.date(start.date(), lang, "day")
    if start.day == 1 and start.month == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return str(start.year)
    if start.day == 1 and end.is_month_end and start.year == end.year and start.month == end.month:
        return fmt.date(start.date(), lang, "month")
    if _year_end(start, end):
        # an end on 31 December of a later year is a year the text gives ('between 2015 and 2017',
        # 'nearly eight years' after Sept 2015 in a 2023 text): '2015–2017', 'Sep 2015–2023', never 'Dec 2017'
        first = str(start.year) if start.month == 1 and start.day == 1 else fmt.format_pattern(start.date(), f"{mmm} y", lang)
        return f"{_digits(first, lang)}–{fmt.date(end.date(), lang, 'year')}"
    # an end (or start) that is not a month's edge is a day the text gives ('Oct 2023–25 Jan 2024')
    end_text = fmt.format_pattern(end.date(), f"{mmm} y" if end.is_month_end else f"d {mmm} y", lang)
    if start.day != 1:
        return f"{fmt.format_pattern(start.date(), f'd {mmm} y', lang)}–{end_text}"
    if start.year == end.year and end.is_month_end:
        return f"{fmt.format_pattern(start.date(), mmm, lang)}–{end_text}"
    return f"{fmt.format_pattern(start.date(), f'{mmm} y', lang)}–{end_text}"


def _year_end(start: pd.Timestamp, end: pd.Timestamp) -> bool:
    """A range that ends on 31 December of a later year than it starts: its end is known to the year only."""
    return end.month == 12 and end.day == 31 and end.year > start.year


def _digits(text: str, lang: str) -> str:
    """A bare year as the language writes its digits (the formatter's year)."""
    return fmt.date(pd.Timestamp(int(text), 1, 1).date(), lang, "year") if text.isdigit() else text


def period_in_sentence(row, lang: str) -> str:
    """A period set in running text: a range of two dates reads «بين أكتوبر 2023 و25 يناير 2024», and an
    inferred one says so after it «(والفترة مستنتجة)», not «أكتوبر 2023–25 يناير 2024، مستنتج»."""
    if row["period_status"] == "unknown":
        return t("period.unknown", lang)
    start, end = row["period_start"], row["period_end"]
    label = period_label(start, end, lang)
    if not _missing(start) and not _missing(end) and "–" in label:
        start, end = pd.Timestamp(start), pd.Timestamp(end)
        first = fmt.date(start.date(), lang, "day" if start.day != 1 else ("year" if start.month == 1 and end.month == 12 and end.is_month_end else "month"))
        last = fmt.date(end.date(), lang, "year" if _year_end(start, end) else "month" if end.is_month_end else "day")
        label = t("period.between", lang, start=first, end=last)
    return t("period.inferred_in_sentence", lang, text=label) if row["period_status"] == "inferred" else label


def period_text(row, lang: str) -> str:
    """The period with how it is known: '2023 (inferred)', 'Jan–Jun 2024', 'period not stated'."""
    if row["period_status"] == "unknown":
        return t("period.unknown", lang)
    label = period_label(row["period_start"], row["period_end"], lang)
    shape = label
    first, dash, last = label.partition("–")
    if dash and " " in first.strip():  # also «من سبتمبر 2015 إلى 2023», not «سبتمبر 2015–2023»
        # «من أكتوبر 2023 إلى 25 يناير 2024», never «أكتوبر 2023–25 يناير 2024» (read as "2023–25")
        label = t("period.from_to", lang, start=first.strip(), end=last.strip())
    return inferred_period(label, lang, shape) if row["period_status"] == "inferred" else label


def period_in(row, lang: str) -> str:
    """The period after 'in': «في الفترة من كانون الثاني/يناير إلى حزيران/يونيو 2024», «في 2023»;
    never «في من …»."""
    text = period_text(row, lang)
    first, dash, last = period_label(row["period_start"], row["period_end"], lang).partition("–") \
        if row["period_status"] != "unknown" else ("", "", "")
    return t("period.in_range" if dash else "period.in_point", lang, text=text)


def inferred_period(label: str, lang: str, shape: str | None = None) -> str:
    """A period label marked inferred, saying what was inferred where the language needs it: Arabic
    «2023، والسنة مستنتجة», «يناير 2024، والتاريخ مستنتج», «يناير–يونيو 2024، والفترة مستنتجة»
    (a bare «مستنتج» after a date dangles); English 'January 2024, inferred'."""
    text = (shape or label).strip()
    if text.isdigit():
        kind = "year"
    elif "–" in text or not text[-1:].isdigit() or any(w in text for w in ("منذ", "حتى", "since", "up to")):
        kind = "period"
    else:
        kind = "date"
    return t(f"period.inferred_after_{kind}", lang, text=label)


# words of a quote that make only the year an inference ("last year", "this year", a month's name)
_YEAR_ONLY_WORDS = ("العام", "الأشهر", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")


def period_prose(row, lang: str) -> str:
    """A period for running text: months in full and the inference in brackets, saying what was
    inferred: 'January–June 2024', '2023 (year inferred)', 'January 2024 (period inferred)'."""
    if row["period_status"] == "unknown":
        return t("period.unknown", lang)
    label = period_label(row["period_start"], row["period_end"], lang, full=True)
    if row["period_status"] != "inferred":
        return label
    words = row.get("period_quote") if hasattr(row, "get") else None
    year_only = isinstance(words, str) and any(w in words for w in _YEAR_ONLY_WORDS)
    return t("period.prose_year_inferred" if year_only else "period.prose_period_inferred", lang, text=label)


def _references() -> pd.DataFrame:
    return data.references().set_index("ref_id")


def origin_text(origin_ref, lang: str, refs: pd.DataFrame | None = None) -> str:
    """'Alhurra, 4 Sep 2024' for a reference id ('' when none); a reference that repeats an
    earlier one ('op. cit.') takes that one's outlet and date."""
    ref = _origin_row(origin_ref, refs)
    if ref is None:
        return ""
    publisher = in_text(f"publisher.{ref['publisher']}", lang)
    if _missing(ref["date"]):
        return t("period.origin_undated", lang, publisher=publisher)
    return f"{publisher}، {_short_date(ref['date'], 'day', lang)}" if lang == "ar" else f"{publisher}, {_short_date(ref['date'], 'day', lang)}"


def origin_date(origin_ref, lang: str, refs: pd.DataFrame | None = None) -> str:
    """'25 January 2024': the date of the outlet a source cites, in full ('' when none or undated)."""
    ref = _origin_row(origin_ref, refs)
    if ref is None:
        return ""
    return "" if _missing(ref["date"]) else fmt.date(pd.Timestamp(ref["date"]).date(), lang, "day")


def attribution(row, lang: str, sources: pd.DataFrame | None = None, refs: pd.DataFrame | None = None) -> str:
    """'Elham al-Najjar, 15 Oct 2024, citing Alhurra, 4 Sep 2024': the source and, if any, whom it cites."""
    source = source_label(row["source_id"], lang, sources)
    origin = origin_text(row.get("origin_ref") if hasattr(row, "get") else row["origin_ref"], lang, refs)
    return t("period.citing", lang, source=source, origin=origin) if origin else source


def annotate(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`facts` with reader columns `period_text`, `origin` and `attribution` (and the raw columns kept)."""
    sources, refs = data.sources(), _references()
    out = facts.copy()
    out["period_text"] = [period_text(r, lang) for _, r in out.iterrows()]
    out["origin"] = [origin_text(o, lang, refs) for o in out["origin_ref"]]
    out["attribution"] = [attribution(r, lang, sources, refs) for _, r in out.iterrows()]
    return out


def sources_dates(sources: pd.DataFrame, lang: str, style: str = "phrase", gender: str = "m") -> str:
    """How the sources are dated, counted from sources.csv, never with nested brackets:
    'phrase': 'four dated 2020 to 2024 (three of those dates inferred from the text) and one undated';
    'bracketed' (set inside a subtitle's brackets): the aside between dashes instead;
    'sentence': 'Four of the sources are dated 2020 to 2024 (…) and one is undated'.
    `gender` is the gender of the noun the sources are counted with ("f": Arabic «وثائق»), which the
    Arabic numbers and their adjectives agree with."""
    sentence = style == "sentence"

    def key_for(base: str) -> str:
        """The message for this style and gender, falling back to the plain one."""
        for key in (base + ("_sentence" if sentence else "") + ("_f" if str(gender).startswith("f") else ""),
                    base + ("_sentence" if sentence else ""), base):
            if has(key):
                return key
        return base
    dated = sources[sources["date"].notna() & (sources["date_status"] != "unknown")]
    text = ""
    if not dated.empty:
        first, last = pd.to_datetime(dated["date"]).min(), pd.to_datetime(dated["date"]).max()
        key = "sources.dates_year" if first.year == last.year else "sources.dates_span"
        text = t(key_for(key), lang, n=len(dated), first=str(first.year), last=str(last.year))
        inferred = int((dated["date_status"] == "inferred").sum())
        if inferred:
            aside = t(key_for("sources.dates_inferred"), lang, n=inferred)
            undated_follows = len(sources) > len(dated)
            how = "sources.dates_aside_dashes" if style == "bracketed" and undated_follows else (
                "sources.dates_aside_comma" if style == "bracketed" else "sources.dates_aside")
            text = t(how, lang, dates=text, aside=aside)
    undated = len(sources) - len(dated)
    if undated:
        words = t(key_for("sources.undated"), lang, n=undated)
        text = t("sources.dates_undated", lang, dates=text, undated=words) if text else words
    return text[:1].upper() + text[1:] if sentence and lang == "en" else text


def event_date(event, lang: str) -> str:
    """An event's date to the precision its source gives, with '(inferred)' when only implied."""
    text = fmt.date(event["date"], lang, event["precision"])
    text = after(text, lang) if event.get("date_relation") == "after" else text
    return mark_inferred(text, lang) if event["date_status"] == "inferred" else text


def after(text: str, lang: str) -> str:
    """'after 2026': an event the source places after a date, not on it."""
    return t("period.after", lang, date=text)
