"""Pandera schemas and table metadata for every CSV file in `data/`.

Each table is described by a `Table`: its file, its pandera schema (types and
per-column checks), its id column, the columns holding verbatim quotes from
the row's source, the columns holding coded values (which need a catalogue
entry `<column>.<code>`), and its (start, end) column pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandera.pandas as pa

ID_SOURCE = r"^S\d{3}$"
CODE = r"^[a-z][a-z0-9_]*$"
DATE = "datetime64[ns]"


def _str(nullable: bool = False, **kw) -> pa.Column:
    return pa.Column(str, nullable=nullable, **kw)


def _code(nullable: bool = False, allowed: tuple[str, ...] | None = None) -> pa.Column:
    checks = [pa.Check.str_matches(CODE)]
    if allowed:
        checks.append(pa.Check.isin(list(allowed)))
    return pa.Column(str, checks=checks, nullable=nullable)


def _id(pattern: str) -> pa.Column:
    return pa.Column(str, checks=pa.Check.str_matches(pattern), unique=True, nullable=False)


def _date(nullable: bool = True) -> pa.Column:
    return pa.Column(DATE, coerce=True, nullable=nullable)


def _num(nullable: bool = False, **kw) -> pa.Column:
    return pa.Column(float, coerce=True, nullable=nullable, **kw)


def _int(nullable: bool = True) -> pa.Column:
    return pa.Column("Int64", coerce=True, nullable=nullable)


def _source_id() -> pa.Column:
    return pa.Column(str, checks=pa.Check.str_matches(ID_SOURCE), nullable=False)


def _quote() -> pa.Column:
    return pa.Column(str, checks=pa.Check.str_length(min_value=2), nullable=False)


def _translation() -> pa.Column:
    """The project's reviewed English translation of the row's quote: present, and not Arabic."""
    return pa.Column(str, nullable=False, checks=[
        pa.Check.str_length(min_value=2),
        pa.Check(lambda s: ~s.str.contains(r"[\u0600-\u06FF]", regex=True), element_wise=False,
                 error="an English translation holds Arabic script"),
    ])


def _no_sentence_opens_with_digit() -> pa.Check:
    """Editors' rule for reader prose typed in data: a sentence opens with a word ("The number 153…"), never a digit."""
    return pa.Check(lambda s: ~s.str.contains(r"(?:^|[.!?؟]\s+)[0-9\u0660-\u0669]", regex=True), element_wise=False,
                    error="a sentence opens with a digit: begin it with a word (“The number 153 …”)")


def _schema(name: str, columns: dict[str, pa.Column]) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(columns, name=name, strict=True, ordered=False)


@dataclass(frozen=True)
class Table:
    name: str
    schema: pa.DataFrameSchema
    id_column: str | None
    quote_columns: tuple[str, ...] = ()
    coded_columns: tuple[str, ...] = ()
    ranges: tuple[tuple[str, str], ...] = ()
    has_source: bool = True
    extra: dict = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"


QUALIFIERS = ("exact", "about", "at_least", "at_most", "more_than", "nearly", "estimated", "range")
STATUSES = ("reported", "claim", "disputed")
# How the period a fact refers to is known: the source states it, the source's words imply it
# (`period_quote` holds them), or nothing in the text says (the period is then left empty).
PERIOD_STATUSES = ("stated", "inferred", "unknown")
PRECISIONS = ("day", "month", "year")

SOURCES = Table(
    "sources",
    _schema("sources", {
        "source_id": _id(ID_SOURCE),
        "file_name": _str(checks=pa.Check.str_matches(r"^[\w.-]+\.txt$")),
        "kind": _code(allowed=("news", "encyclopedia", "research", "analysis")),
        "publisher": _code(nullable=True),
        "author": _str(nullable=True),
        "author_ar": _str(nullable=True),
        "author_role": _code(nullable=True, allowed=("author", "contributor")),
        "title_ar": _str(nullable=True),
        "title_en": _str(nullable=True),
        "about_en": _str(),
        "date": _date(),
        "date_precision": _code(nullable=True, allowed=PRECISIONS + ("not_before",)),
        "date_status": _code(allowed=("stated", "inferred", "unknown")),
        "date_ground": _str(),
        "date_quote": _str(nullable=True),
        "language": _code(),
        "url": _str(nullable=True, checks=pa.Check.str_matches(r"^https?://")),
    }),
    id_column="source_id",
    quote_columns=("author_ar", "title_ar", "date_quote"),
    coded_columns=("kind", "publisher", "date_precision", "date_status", "language"),
)

FACTS = Table(
    "facts",
    _schema("facts", {
        "fact_id": _id(r"^F\d{3}$"),
        "topic": _code(),
        "metric": _code(),
        "unit": _code(),
        "subject": _code(),
        "place": _code(),
        "value": _num(),
        "value_high": _num(nullable=True),
        "qualifier": _code(allowed=QUALIFIERS),
        "period_start": _date(),
        "period_end": _date(),
        "period_status": _code(allowed=PERIOD_STATUSES),
        "period_quote": _str(nullable=True),
        "stated_on": _date(),
        "claimant": _code(),
        "status": _code(allowed=STATUSES),
        "disputed_by": _code(nullable=True),
        "dispute_quote": _str(nullable=True),
        "ref_marker": _int(),
        "origin_ref": _str(nullable=True, checks=pa.Check.str_matches(r"^S\d{3}_R\d{2}$")),
        "source_id": _source_id(),
        "quote": _quote(),
        "quote_en": _translation(),
        "note": _str(nullable=True),
    }),
    id_column="fact_id",
    quote_columns=("quote", "dispute_quote", "period_quote"),
    coded_columns=("topic", "metric", "unit", "subject", "place", "qualifier", "claimant", "status", "disputed_by"),
    ranges=(("period_start", "period_end"), ("value", "value_high")),
)

EVENTS = Table(
    "events",
    _schema("events", {
        "event_id": _id(r"^E\d{3}$"),
        "event_code": _code(),
        "date": _date(nullable=False),
        "precision": _code(allowed=PRECISIONS),
        "end_date": _date(),
        "date_status": _code(allowed=("stated", "inferred")),
        "date_quote": _str(nullable=True),
        # "after": the source places the event after the date ("after 2026"), not on it
        "date_relation": _code(nullable=True, allowed=("after",)),
        "theme": _code(),
        "source_id": _source_id(),
        "quote": _quote(),
        "quote_en": _translation(),
        # the outlet the source cites for the event (a row of references.csv), as facts' origin_ref
        "origin_ref": _str(nullable=True, checks=pa.Check.str_matches(r"^S\d{3}_R\d{2}$")),
        # "possibility": the source reports the event as something that may happen ("قد تبقى"), not a plan
        "modality": _code(nullable=True, allowed=("possibility",)),
        # who raises that possibility, as the source names them
        "raised_by": _code(nullable=True),
    }),
    id_column="event_id",
    quote_columns=("quote", "date_quote"),
    coded_columns=("event_code", "precision", "date_status", "theme", "raised_by"),
    ranges=(("date", "end_date"),),
)

COALITION_MEMBERS = Table(
    "coalition_members",
    _schema("coalition_members", {
        "member_id": _id(r"^M\d{3}$"),
        "coalition": _code(allowed=("intl_coalition", "quad_coalition")),
        "member": _code(),
        "role": _code(),
        "source_id": _source_id(),
        "quote": _quote(),
        "quote_en": _translation(),
    }),
    id_column="member_id",
    quote_columns=("quote",),
    coded_columns=("coalition", "member", "role"),
)

WORKING_GROUPS = Table(
    "working_groups",
    _schema("working_groups", {
        "wg_row_id": _id(r"^W\d{3}$"),
        "working_group": _code(),
        "chair": _code(nullable=True),
        "source_id": _source_id(),
        "quote": _quote(),
        "quote_en": _translation(),
    }),
    id_column="wg_row_id",
    quote_columns=("quote",),
    coded_columns=("working_group", "chair"),
)

INFO_CENTRE = Table(
    "info_centre",
    _schema("info_centre", {
        "item_id": _id(r"^C\d{3}$"),
        "aspect": _code(),
        "detail": _code(),
        "number": _num(nullable=True),
        "unit": _code(nullable=True),
        "country": _code(nullable=True),
        "sequence": _int(),
        "source_id": _source_id(),
        "quote": _quote(),
        "quote_en": _translation(),
    }),
    id_column="item_id",
    quote_columns=("quote",),
    coded_columns=("aspect", "detail", "unit", "country"),
)

STANCES = Table(
    "stances",
    _schema("stances", {
        "stance_id": _id(r"^P\d{3}$"),
        "party": _code(),
        "party_type": _code(allowed=("party", "armed_group", "person")),
        "affiliation": _code(nullable=True),
        "stance": _code(allowed=("for", "against")),
        "listed_under": _code(allowed=("for", "against")),
        "source_id": _source_id(),
        "quote": _quote(),
        "quote_en": _translation(),
    }),
    id_column="stance_id",
    quote_columns=("quote",),
    coded_columns=("party", "party_type", "affiliation", "stance", "listed_under"),
)

REFERENCES = Table(
    "references",
    _schema("references", {
        "ref_id": _id(r"^S\d{3}_R\d{2}$"),
        "source_id": _source_id(),
        "ref_no": _int(),
        "publisher": _code(),
        "date": _date(),
        "url": _str(nullable=True, checks=pa.Check.str_matches(r"^https?://")),
        "same_as": _int(),
        "quote": _quote(),
        "quote_en": _translation(),
    }),
    id_column="ref_id",
    quote_columns=("quote", "url"),
    coded_columns=("publisher",),
)

# The sources' arguments: who (as the source names them) argues what, about what, when, in which source.
SPEAKER_FORMS = ("one_m", "one_f", "many")  # grammar of the speaker: the verb agrees with it (يرى/ترى, says/say)
POSITIONS = ("for", "against")  # on the topic's question ("does Iraq still need US forces?"): two rows on one
# topic with opposite positions are a disagreement the chapters report

STATEMENTS = Table(
    "statements",
    _schema("statements", {
        "statement_id": _id(r"^A\d{3}$"),
        "speaker": _code(),
        "speaker_form": _code(allowed=SPEAKER_FORMS),
        "argues": _code(),
        "topic": _code(),
        "position": _code(nullable=True, allowed=POSITIONS),
        "period_start": _date(),
        "period_end": _date(),
        "period_status": _code(allowed=PERIOD_STATUSES),
        "period_quote": _str(nullable=True),
        "source_id": _source_id(),
        "origin_ref": _str(nullable=True, checks=pa.Check.str_matches(r"^S\d{3}_R\d{2}$")),
        "quote": _quote(),
        "quote_en": _translation(),
    }),
    id_column="statement_id",
    quote_columns=("quote", "period_quote"),
    coded_columns=("speaker", "argues", "topic"),
    ranges=(("period_start", "period_end"),),
)

ISIS_POCKETS = Table(
    "isis_pockets",
    _schema("isis_pockets", {
        "pocket_id": _id(r"^K\d{3}$"),
        "area": _code(),
        "source_id": _source_id(),
        "quote": _quote(),
        "quote_en": _translation(),
    }),
    id_column="pocket_id",
    quote_columns=("quote",),
    coded_columns=("area",),
)

RECONCILIATION = Table(
    "reconciliation",
    _schema("reconciliation", {
        "note_id": _id(r"^N\d{3}$"),
        "fact_ids": _str(checks=pa.Check.str_matches(r"^[A-Z]\d{3}(;[A-Z]\d{3})+$")),
        "kind": _code(),
        "note_en": _str(checks=_no_sentence_opens_with_digit()),
        "note_ar": _str(checks=_no_sentence_opens_with_digit()),
    }),
    id_column="note_id",
    coded_columns=("kind",),
    has_source=False,
)

EXCLUSIONS = Table(
    "exclusions",
    _schema("exclusions", {
        "exclusion_id": _id(r"^X\d{3}$"),
        "source_id": _source_id(),
        "number": _str(checks=pa.Check.str_matches(r"^(\d+([.,]\d+)*|[\u0600-\u06FF]+)$")),  # digits or a number word
        "context": _str(),
        "reason": _str(checks=pa.Check.str_matches(r"^(reference_marker|date_part|not_a_figure|repeat_of:[A-Z]\d{3})$")),
    }),
    id_column="exclusion_id",
    quote_columns=("context",),
    coded_columns=("reason",),
)

FINDINGS = Table(
    "findings",
    _schema("findings", {
        "finding_id": _id(r"^KF\d{2}$"),
        "order": pa.Column("Int64", coerce=True, nullable=False, unique=True, checks=pa.Check.ge(1)),
        "message": _str(checks=pa.Check.str_matches(r"^finding\.[A-Za-z0-9_]+$")),
        # the rows the finding rests on: every one must be in an edition for the finding to be in it
        "rests_on": _str(checks=pa.Check.str_matches(r"^[A-Z]\d{3}(;[A-Z]\d{3})*$")),
        # values no source states, computed from those rows ("rate:F030": F030's count per month)
        "derived": _str(nullable=True, checks=pa.Check.str_matches(r"^rate:[A-Z]\d{3}(;rate:[A-Z]\d{3})*$")),
    }),
    id_column="finding_id",
    has_source=False,
)

TABLES: dict[str, Table] = {t.name: t for t in (
    SOURCES, FACTS, EVENTS, COALITION_MEMBERS, WORKING_GROUPS, INFO_CENTRE, STANCES, ISIS_POCKETS, REFERENCES, STATEMENTS,
    RECONCILIATION, EXCLUSIONS, FINDINGS,
)}


def coded_value(column: str, value: str) -> str:
    """The code a cell stands for (`repeat_of:F001` is coded as `repeat_of`)."""
    return value.split(":", 1)[0] if column == "reason" else value
