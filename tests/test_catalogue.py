"""Every coded value in every table has a bilingual catalogue entry."""

from __future__ import annotations

import functools
import os
import re

import pytest
from fluent.syntax import FluentParser, ast

from analysis import data
from analysis.catalogue import catalogue, has, id_to_key, key_to_id, t
from analysis.exceptions import MissingTranslationError
from analysis.paths import data_dir
from analysis.schemas import TABLES, coded_value

CODE = re.compile(r"^[a-z][a-z0-9_]*$")


def _coded_values():
    for name, table in TABLES.items():
        df = data.load(name)
        for col in table.coded_columns:
            for value in df[col].dropna().unique():
                yield name, col, coded_value(col, value)


def test_every_coded_value_has_en_and_ar():
    cat = catalogue()
    missing = []
    for name, col, code in _coded_values():
        entry = cat.get(f"{col}.{code}")
        if not entry or not entry["en"] or not entry["ar"]:
            missing.append((name, col, code))
    assert missing == []
    assert sum(1 for _ in _coded_values()) > 150


def test_codes_are_snake_case_ascii():
    bad = [(n, c, v) for n, c, v in _coded_values() if not CODE.match(v)]
    assert bad == []


def test_sources_and_events_have_labels():
    from analysis import periods
    for sid in data.sources()["source_id"]:
        assert periods.source_label(sid, "en") and periods.source_label(sid, "ar")
    for eid in data.events()["event_id"]:
        assert t(f"event.{eid}", "en") and t(f"event.{eid}", "ar")


def test_arabic_text_is_arabic_and_english_is_not():
    arabic = re.compile(r"[\u0600-\u06FF]")
    for key, entry in catalogue().items():
        letters = re.sub(r"\{[^}]*\}", "", entry["ar"])  # a template of punctuation only ("«{ $title }»") has no words
        assert arabic.search(entry["ar"]) or key.startswith("unit.") or "RT" in entry["ar"] or "BBC" in entry["ar"] \
            or not re.search(r"[^\W\d_]", letters), key
        assert not arabic.search(entry["en"]), key


def test_catalogue_has_no_orphan_coded_keys():
    """Every `<column>.<code>` key of a coded column is used by some row (no stale entries)."""
    used = {f"{c}.{v}" for _, c, v in _coded_values()}
    coded_cols = {c for tb in TABLES.values() for c in tb.coded_columns}
    orphans = [k for k in catalogue() if k.split(".")[0] in coded_cols and k not in used]
    # a few entries name values the schema allows but the data does not (yet) use
    allowed = {"reason.date_part", "reason.not_a_figure", "kind.same_thing_different_numbers", "precision.day"}
    assert set(orphans) <= allowed | {"date_precision.day"}, sorted(set(orphans) - allowed)


def test_en_and_ar_files_hold_the_same_message_ids():
    folder = data_dir() / "catalogue"
    ids = {}
    for lang in ("en", "ar"):
        resource = FluentParser().parse((folder / f"{lang}.ftl").read_text(encoding="utf-8"))
        assert not [e for e in resource.body if isinstance(e, ast.Junk)], f"{lang}.ftl does not parse"
        ids[lang] = [e.id.name for e in resource.body if isinstance(e, ast.Message)]
        assert len(ids[lang]) == len(set(ids[lang])), f"{lang}.ftl repeats an id"
    assert set(ids["en"]) == set(ids["ar"])
    assert len(ids["en"]) > 400
    assert not (data_dir() / "catalogue.csv").exists()


def test_keys_map_to_fluent_ids_and_back():
    assert key_to_id("attacks.intro") == "attacks-intro"
    assert id_to_key("attacks-intro") == "attacks.intro"
    for key in catalogue():
        assert "-" not in key and id_to_key(key_to_id(key)) == key


def _tiny(folder, en, ar):
    folder.mkdir(exist_ok=True)
    (folder / "en.ftl").write_text(en, encoding="utf-8")
    (folder / "ar.ftl").write_text(ar, encoding="utf-8")
    return folder


def test_variables_are_filled(tmp_path):
    folder = _tiny(tmp_path / "c", "a-b = Hello { $name }\n", "a-b = مرحبا { $name }\n")
    assert t("a.b", "en", path=folder, name="X") == "Hello X"
    assert t("a.b", "ar", path=folder, name="X") == "مرحبا X"
    with pytest.raises(MissingTranslationError, match=r"en.ftl, line 1: .*name"):
        t("a.b", "en", path=folder)


def test_missing_message_or_language_names_file_and_line(tmp_path):
    folder = _tiny(tmp_path / "c", "x-y = one\na-b = two\n", "x-y = واحد\n")
    with pytest.raises(MissingTranslationError, match=r"ar.ftl: no message 'a-b' .*en.ftl, line 2"):
        t("a.b", "ar", path=folder)
    with pytest.raises(MissingTranslationError, match="unknown language 'fr'"):
        t("x.y", "fr", path=folder)
    (folder / "ar.ftl").unlink()
    with pytest.raises(MissingTranslationError, match="ar.ftl"):
        t("x.y", "en", path=folder)


def test_syntax_error_and_duplicate_name_the_line(tmp_path):
    folder = _tiny(tmp_path / "c", "x-y = one\nx-y = again\n", "x-y = واحد\n")
    with pytest.raises(MissingTranslationError, match=r"en.ftl, line 2: duplicate"):
        t("x.y", "en", path=folder)
    _tiny(folder, "x-y = one\nbroken { here\n", "x-y = واحد\n")
    with pytest.raises(MissingTranslationError, match=r"en.ftl, line 2"):
        t("x.y", "en", path=folder)


def test_an_edited_file_shows_without_a_restart(tmp_path):
    folder = _tiny(tmp_path / "c", "x-y = one\n", "x-y = واحد\n")
    assert t("x.y", "en", path=folder) == "one"
    en = folder / "en.ftl"
    en.write_text("x-y = two words\n", encoding="utf-8")
    st = en.stat()
    os.utime(en, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert t("x.y", "en", path=folder) == "two words"
    assert has("x.y", path=folder) and not has("a.b", path=folder)


# ---------------------------------------------------------------- plural forms

COUNTS = (0, 1, 2, 3, 11, 100, 2500)


@functools.lru_cache(maxsize=2)
def _messages(lang):
    text = (data_dir() / "catalogue" / f"{lang}.ftl").read_text(encoding="utf-8")
    return tuple(e for e in FluentParser().parse(text).body if isinstance(e, ast.Message))


def _selectors(node):
    """The select expressions in a Fluent pattern, nested ones too."""
    found = []
    for element in getattr(node, "elements", []):
        expr = getattr(element, "expression", None)
        if isinstance(expr, ast.SelectExpression):
            found.append(expr)
            for variant in expr.variants:
                found += _selectors(variant.value)
    return found


def _variables(node):
    names = set()
    for element in getattr(node, "elements", []):
        expr = getattr(element, "expression", None)
        if isinstance(expr, ast.VariableReference):
            names.add(expr.id.name)
        elif isinstance(expr, ast.FunctionReference):
            names |= {a.id.name for a in expr.arguments.positional if isinstance(a, ast.VariableReference)}
        elif isinstance(expr, ast.SelectExpression):
            names.add(expr.selector.id.name)
            for variant in expr.variants:
                names |= _variables(variant.value)
    return names


def plural_messages(lang):
    """{message id: the variables it selects a plural form on}."""
    out = {}
    for message in _messages(lang):
        names = {s.selector.id.name for s in _selectors(message.value) if isinstance(s.selector, ast.VariableReference)}
        if names:
            out[message.id.name] = names
    return out


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_plural_message_has_every_cldr_form_of_its_language(lang):
    from babel import Locale

    needed = set(Locale.parse(lang).plural_form.tags) | {"other"}
    assert needed == ({"zero", "one", "two", "few", "many", "other"} if lang == "ar" else {"one", "other"})
    checked = 0
    for message in _messages(lang):
        for select in _selectors(message.value):
            keys = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
            assert keys == needed, f"{lang}.ftl {message.id.name}: forms {sorted(keys)}, needs {sorted(needed)}"
            checked += 1
    assert checked >= 40


def test_the_same_messages_take_a_count_in_both_languages():
    assert plural_messages("en") == plural_messages("ar")
    assert len(plural_messages("ar")) >= 30


# Variables that hold a count of something: a message placing one must choose its noun's form.
COUNT_VARIABLES = {"n", "facts", "sources", "iraq", "syria", "fighters", "staff", "generals", "phases", "years",
                   "sdf_killed", "sdf_wounded", "peshmerga_killed", "peshmerga_wounded", "iraqi_forces_killed",
                   "claim_fighters_killed", "claim_leaders_killed", "intl_states", "quad_states", "named",
                   "announced", "listed", "chaired", "top_n", "months", "coordinates", "reports", "n_for",
                   "n_against", "groups", "multi", "themes", "planned", "attacks_a", "attacks_b", "months_a",
                   "months_b", "joint", "us_attacks"}
# Where such a name is a label's value or an ordinal, not a counted noun.
NOT_COUNTING = {"ui-page_of", "structure-seat_order", "structure-intl_states", "structure-quad_states",
                "structure-wg_root", "structure-wg_root_listed", "structure-note_mislisted", "attacks-period_months"}
# chart labels set numbers as digits, side by side in one style ("6 months", "12 months"): editor's round 2
# the evidence list writes a measure as it writes every value there, in digits beside its unit ("≤ 2 hours",
# «أكثر من 600 كيلومتر»): review round 4 asked for the unit, not for words
EVIDENCE_DIGITS = {"evidence-measure_km", "evidence-measure_hours", "evidence-measure_months", "evidence-measure_years"}
CHART_DIGITS = {"attacks-period_months"} | EVIDENCE_DIGITS


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_count_in_running_text_selects_its_plural_form(lang):
    plural = plural_messages(lang)
    missing = []
    for message in _messages(lang):
        counts = _variables(message.value) & COUNT_VARIABLES
        if counts and message.id.name not in NOT_COUNTING:
            missing += [(message.id.name, v) for v in sorted(counts - plural.get(message.id.name, set()))]
    assert missing == []


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("n", COUNTS)
def test_plural_messages_render_whole_for_every_count(lang, n):
    for message in _messages(lang):
        names = _variables(message.value)
        if not {s.selector.id.name for s in _selectors(message.value) if isinstance(s.selector, ast.VariableReference)}:
            continue
        values = {name: n if name in COUNT_VARIABLES else "X" for name in names}
        text = t(id_to_key(message.id.name), lang, **values)
        assert "{" not in text and "}" not in text and "$" not in text, (message.id.name, n, text)
        if lang == "en" and 1 < n < 10 and message.id.name not in CHART_DIGITS:
            assert not re.search(rf"(?<![\d,.]){n}(?![\d,.])", text), (message.id.name, n, text)  # counts under ten are words
        if lang == "ar" and n in (1, 2):  # «مصدر واحد», «مصدران»: never the digit 1 or 2 before a noun
            assert not re.search(rf"(?<![\d,.]){n}(?![\d,.])", text), (message.id.name, n, text)


def test_arabic_numbers_agree_with_their_nouns():
    from analysis import fmt

    def say(**values):
        return t("casualties.intro", "ar", source="S", source_name="S", **values)

    text = say(sdf_killed=fmt.count(12000, "ar", "at_least"), sdf_wounded=fmt.count(23000, "ar", "about"),
               peshmerga_killed=fmt.count(1810, "ar", "about"), peshmerga_wounded=10740, iraqi_forces_killed=13000)
    assert "نحو 1,810 قتلى" in text          # 1810: n % 100 = 10, few: plural genitive
    assert "10,740 جريحًا" in text            # many: singular accusative, as the source writes it
    assert "13,000 قتيل" in text and "وأُصيب نحو 23,000 آخرون" in text   # other: singular genitive; «آخرون» agrees with the subject (nominative)
    assert "على مرحلتين" in t("forces.phases_note", "ar", n=2)
    assert "جنرالَين روسيَّين" in t("forces.intro_staff", "ar", staff=6, generals=2, dates="")
    assert "حدثان" in t("timeline.intro", "ar", n=31, groups=27, first="a", last="b", themes=8, multi=2)
    assert "two phases" in t("forces.phases_note", "en", n=2)


def test_numbers_have_western_digits_and_grouping_in_both_languages():
    for lang in ("ar", "en"):
        assert "2,500" in t("structure.months", lang, n=2500)
        assert not re.search(r"[\u0660-\u0669\u06F0-\u06F9]", t("structure.months", lang, n=2500))


@pytest.mark.parametrize("n", COUNTS)
def test_english_sentences_start_with_a_capital(n):
    for message in _messages("en"):
        if not _selectors(message.value):
            continue
        values = {name: n if name in COUNT_VARIABLES else "X" for name in _variables(message.value)}
        text = t(id_to_key(message.id.name), "en", **values)
        assert not re.search(r"[.!?]\s+[a-z]", text.replace("e.g.", "").replace("i.e.", "")), (message.id.name, n, text)


SCREEN_WORDS = {"en": re.compile(r"\b(hover\w*|mouse|click\w*|zoom\w*|slider)\b", re.I),
                "ar": re.compile(r"المؤشر|الفأرة|انقر|اضغط|التكبير")}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_reader_text_says_nothing_about_hovering(lang):
    """Most readers read paper: no text printed under a chart asks them to hover or click (#14).

    Hover labels themselves (ids holding `hover`) only show on screen."""
    text = (data_dir() / "catalogue" / f"{lang}.ftl").read_text(encoding="utf-8")
    resource = FluentParser().parse(text)
    offenders = []
    for entry in resource.body:
        if isinstance(entry, ast.Message) and "hover" not in entry.id.name:
            body = text[entry.span.start:entry.span.end] if entry.span else ""
            if SCREEN_WORDS[lang].search(body.split("=", 1)[1] if "=" in body else body):
                offenders.append(entry.id.name)
    assert not offenders, f"screen-only words in {offenders}"

def test_a_byte_order_mark_is_accepted(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "en.ftl").write_bytes("\ufeffui-x = Yes\n".encode("utf-8"))
    (folder / "ar.ftl").write_bytes("\ufeffui-x = نعم\n".encode("utf-8"))
    assert t("ui.x", "ar", path=folder) == "نعم"
    assert t("ui.x", "en", path=folder) == "Yes"


def test_a_catalogue_file_not_in_utf8_is_named(tmp_path):
    from analysis.exceptions import InputFileError

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "en.ftl").write_text("ui-x = Yes\n", encoding="utf-8")
    (folder / "ar.ftl").write_bytes("ui-x = نعم\n".encode("cp1256"))
    with pytest.raises(InputFileError, match=r"ar.ftl is not UTF-8; it looks like Windows-1256"):
        t("ui.x", "ar", path=folder)


# American spellings the English catalogue must not use (British throughout, as in the translations).
AMERICAN = re.compile(r"\b(center(s|ed)?|defense|kilometers?|meters?|organiz\w*|skeptic\w*|stabiliz\w*|"
                      r"color\w*|favor\w*|honor\w*|labor|analyz\w*|recogniz\w*|fall of \d{4})\b", re.I)
# Proper names spelt as their holders spell them.
PROPER_NAMES = ("Popular Mobilization",)


def _without_proper_names(text: str) -> str:
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return text


def test_english_catalogue_uses_british_spelling():
    text = (data_dir() / "catalogue" / "en.ftl").read_text("utf-8")
    text = _without_proper_names(re.sub(r"^[\w-]+\s*=", "", text, flags=re.M))  # message ids are code keys
    assert not AMERICAN.findall(text), sorted({m.group(0) for m in AMERICAN.finditer(text)})


def test_english_counts_under_ten_read_as_words():
    """A count of three placed in any English message reads 'three', never '3 months'."""
    bad = []
    for message in _messages("en"):
        names = _variables(message.value)
        values = {name: 3 if name in COUNT_VARIABLES | {"with_facts"} else "X" for name in names}
        text = t(id_to_key(message.id.name), "en", **values)
        if message.id.name not in (NOT_COUNTING | EVIDENCE_DIGITS) - {"structure-wg_root", "structure-wg_root_listed"} \
                and re.search(r"(?<![\d.,:/–+-])3(?! ?[–%+:])\b", text):
            bad.append((message.id.name, text))
    assert not bad, bad


def test_names_inside_english_sentences_take_their_article():
    from analysis.catalogue import in_text
    assert in_text("chair.united_states", "en") == "the United States"
    assert in_text("chair.germany", "en") == "Germany"  # no article: the label itself
    assert in_text("publisher.saudi_mofa", "en") == "the Saudi Ministry of Foreign Affairs"
    assert in_text("chair.united_states", "ar") == t("chair.united_states", "ar")


def test_arabic_text_has_no_latin_semicolon():
    """Arabic joins with «؛», never ';' (quotes from the sources are the sources' own)."""
    bad = []
    for message in _messages("ar"):
        values = {name: 3 if name in COUNT_VARIABLES else "X" for name in _variables(message.value)}
        text = re.sub(r"«[^»]*»", "", t(id_to_key(message.id.name), "ar", **values))
        if ";" in text:
            bad.append((message.id.name, text))
    assert bad == []


def test_arabic_prose_counts_three_to_ten_in_words_agreeing_with_the_noun():
    assert "ثلاث سنوات" in t("timeline.territory", "ar", held_when="X", third="Y", s000="S", recovered="R",
                             years=3, share="Z", s002="S2")
    assert "فجمع أربع دول" in t("structure.intro_without_size", "ar", quad_states=4)
    assert "تصفه ثلاثة مصادر" in t("structure.centre_text", "ar", **{
        name: 3 if name in COUNT_VARIABLES else "X" for name in _variables(_message("ar", "structure-centre_text").value)})


def _message(lang, name):
    return next(m for m in _messages(lang) if m.id.name == name)


def test_fact_check_two_wordings_follow_the_sources():
    """Round-2 fact-check: the centre head spoke to the Iraqi News Agency (000 line 30); the militias'
    halt came at the same time as the Quds Force visit («بالتزامن»); 'estimated' does not say whose;
    the centre's members used to meet (past); the US estimate is «ما يقرب من» 1000, not «نحو»."""
    assert "Iraqi News Agency" in t("structure.centre_claims", "en", coordinates=2, reports=2)
    assert "وكالة الأنباء العراقية" in t("structure.centre_claims", "ar", coordinates=2, reports=2)
    context = {"strikes": "a", "killed": "b", "halt": "c"}
    assert "then announced" not in t("attacks.context", "en", **context)
    assert "ثم أعلنت" not in t("attacks.context", "ar", **context)
    assert "attributes" not in t("method.qualifier_meaning.estimated", "en")
    assert "كان أعضاؤه يجتمعون" in catalogue()["structure.centre_text"]["ar"]
    notes = data.reconciliation()
    n013 = notes.loc[notes["note_id"] == "N013", "note_ar"].iloc[0]
    assert "ما يقرب من 1,000" in n013 and "نحو 1000" not in n013


def test_chart_period_labels_set_months_as_digits():
    assert t("attacks.period_months", "en", period="2023", months=12, inferred="inferred, ") == "2023 (inferred, 12 months)"
    assert t("attacks.period_months", "en", period="Jan–Jun 2024", months=6, inferred="") == "Jan–Jun 2024 (6 months)"


def _two_language_catalogue(folder, en: str, ar: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en.ftl").write_text(en, encoding="utf-8")
    (folder / "ar.ftl").write_text(ar, encoding="utf-8")
    return folder


def test_digest_follows_only_the_messages_named_in_their_language(tmp_path):
    from analysis.catalogue import digest

    cat = _two_language_catalogue(tmp_path / "c", "a-b = one\nc-d = two\n", "a-b = واحد\nc-d = اثنان\n")
    used_en, used_both = digest(["a.b@en"], cat), digest(["a.b"], cat)
    whole = digest(None, cat)
    _two_language_catalogue(cat, "a-b = one\nc-d = two, edited\n", "a-b = واحد\nc-d = اثنان\n")  # an unused message
    assert (digest(["a.b@en"], cat), digest(["a.b"], cat)) == (used_en, used_both)
    assert digest(None, cat) != whole
    _two_language_catalogue(cat, "a-b = one\nc-d = two, edited\n", "a-b = واحد معدل\nc-d = اثنان\n")  # Arabic only
    assert digest(["a.b@en"], cat) == used_en
    assert digest(["a.b"], cat) != used_both
    _two_language_catalogue(cat, "a-b = one, edited\nc-d = two, edited\n", "a-b = واحد معدل\nc-d = اثنان\n")
    assert digest(["a.b@en"], cat) != used_en


def test_digest_follows_referenced_messages_and_terms_and_missing_ones(tmp_path):
    from analysis.catalogue import digest

    cat = _two_language_catalogue(tmp_path / "c", "-brand = Coalition\na-b = { -brand } and { c-d }\nc-d = two\n",
                                  "-brand = التحالف\na-b = { -brand } و{ c-d }\nc-d = اثنان\n")
    first = digest(["a.b@en"], cat)
    _two_language_catalogue(cat, "-brand = Coalition\na-b = { -brand } and { c-d }\nc-d = three\n",
                            "-brand = التحالف\na-b = { -brand } و{ c-d }\nc-d = اثنان\n")
    second = digest(["a.b@en"], cat)
    _two_language_catalogue(cat, "-brand = The coalition\na-b = { -brand } and { c-d }\nc-d = three\n",
                            "-brand = التحالف\na-b = { -brand } و{ c-d }\nc-d = اثنان\n")
    assert len({first, second, digest(["a.b@en"], cat)}) == 3
    absent = digest(["e.f"], cat)  # a message asked about (`has`) but not there: adding it changes the digest
    _two_language_catalogue(cat, "-brand = The coalition\na-b = { -brand } and { c-d }\nc-d = three\ne-f = new\n",
                            "-brand = التحالف\na-b = { -brand } و{ c-d }\nc-d = اثنان\ne-f = جديد\n")
    assert digest(["e.f"], cat) != absent


def test_take_heard_lists_each_text_with_its_language_and_each_question(tmp_path):
    from analysis.catalogue import take_heard

    cat = _two_language_catalogue(tmp_path / "c", "a-b = one\n", "a-b = واحد\n")
    take_heard()
    t("a.b", "ar", cat)
    t("a.b", "ar", cat)
    has("x.y", cat)
    assert take_heard() == ["a.b@ar", "x.y"]
    assert take_heard() == []
