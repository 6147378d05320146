"""Build the cited CSV tables in data/ from the five source texts.

Every quote is SLICED from the source file (never retyped): `q(sid, start, end)`
finds the `start` anchor in the source and returns the file's own text from
there to the end of the `end` anchor. A missing or ambiguous anchor fails.

Run:  python data/_build/build_data.py   (rewrites every CSV in data/, and data/catalogue/*.ftl)
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from analysis.paths import data_dir, sources_dir  # noqa: E402

FILES = {
    "S000": "000_06d20b2a77620d59.txt",
    "S001": "001_61226f1ce0f99ca9.txt",
    "S002": "002_ae775055e4532064.txt",
    "S003": "003_6c22a9322c8a761d.txt",
    "S004": "004_344b185d2b28595d.txt",
}
SRC = {sid: (sources_dir() / f).read_text(encoding="utf-8") for sid, f in FILES.items()}


def q(sid: str, start: str, end: str | None = None, nth: int = 0) -> str:
    """The source's own text from anchor `start` through anchor `end` (one line)."""
    text = SRC[sid]
    i = -1
    for _ in range(nth + 1):
        i = text.find(start, i + 1)
        if i < 0:
            raise SystemExit(f"{sid}: start anchor not found: {start!r} (nth={nth})")
    if end is None:
        j = i + len(start)
    else:
        k = text.find(end, i)
        if k < 0:
            raise SystemExit(f"{sid}: end anchor not found after {start!r}: {end!r}")
        j = k + len(end)
    span = text[i:j]
    if "\n" in span:
        raise SystemExit(f"{sid}: quote crosses a line: {start!r}..{end!r}")
    return span


def write(name: str, header: list[str], rows: list[dict]) -> None:
    path = data_dir() / f"{name}.csv"
    if "quote" in header and "quote_en" not in header:
        # reviewed English translations are written by people, not sliced from the sources:
        # keep each row's translation from the file being replaced while its quote is unchanged
        header = header[: header.index("quote") + 1] + ["quote_en"] + header[header.index("quote") + 1:]
        old = {}
        if path.exists():
            for r in csv.DictReader(path.open(encoding="utf-8")):
                old[(r[header[0]], r["quote"])] = r.get("quote_en", "")
        rows = [{**r, "quote_en": old.get((r.get(header[0]), r.get("quote")), "")} for r in rows]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for r in rows:
            extra = set(r) - set(header)
            if extra:
                raise SystemExit(f"{name}: unknown columns {extra}")
            w.writerow({k: r.get(k, "") for k in header})
    print(f"{name}: {len(rows)} rows")


SOURCE_DATE = {"S000": "2023-01-01", "S001": "", "S002": "2024-10-15", "S003": "2020-08-01", "S004": "2024-01-29"}

# --------------------------------------------------------------------------- sources
sources = [
    dict(source_id="S000", file_name=FILES["S000"], kind="news", publisher="al_araby_al_jadeed",
         author="Zaid Salem", author_ar=q("S000", "زيد سالم"), title_ar="", title_en="",
         about_en="News report: the Russia–Iran–Iraq–Syria quadrilateral coalition nearly eight years on",
         date="2023-01-01", date_precision="year", date_status="inferred",
         date_ground="Nearly eight years after the coalition's founding in September 2015; the latest event it cites is the meeting of 24 February 2022",
         date_quote=q("S000", "ومع اقتراب مرور ثماني سنوات", "التحالف الرباعي"), language="ar", url=""),
    dict(source_id="S001", file_name=FILES["S001"], kind="encyclopedia", publisher="arabic_wikipedia",
         author="", author_ar="", title_ar=q("S001", "تحالف روسيا–سوريا–إيران–العراق"),
         title_en="Russia–Syria–Iran–Iraq coalition",
         about_en="Encyclopedia article on the Russia–Syria–Iran–Iraq (“4+1”) coalition",
         date="", date_precision="", date_status="unknown",
         date_ground="The text states no date; its content concerns 2015", date_quote="", language="ar", url=""),
    dict(source_id="S002", file_name=FILES["S002"], kind="research", publisher="research_centre_unnamed",
         author="Elham al-Najjar", author_ar=q("S002", "إلهام النجار"),
         title_ar=q("S002", "اتفاقٌ ثنائي بين بغداد وواشنطن", "لعودة نشاطها العملياتي؟"),
         title_en="A bilateral agreement between Baghdad and Washington: will terrorist groups exploit the withdrawal of the “international coalition” to resume operations?",
         about_en="Research paper (unit of terrorism and extremism) on the Baghdad–Washington agreement ending the international coalition's mission",
         date="2024-10-15", date_precision="day", date_status="stated",
         date_ground="Dateline under the title", date_quote=q("S002", "أكتوبر 15, 2024"), language="ar", url=""),
    dict(source_id="S003", file_name=FILES["S003"], kind="news", publisher="al_araby_al_jadeed",
         author="", author_ar="", title_ar="", title_en="",
         about_en="News report: the quadrilateral joint centre in Baghdad is still working",
         date="2020-08-01", date_precision="month", date_status="inferred",
         date_ground="“Early August this month”; Abdul-Mahdi's government resigned “at the end of December last year” (December 2019)",
         date_quote=q("S003", "مطلع أغسطس/ آب الحالي"), language="ar", url=""),
    dict(source_id="S004", file_name=FILES["S004"], kind="analysis", publisher="",
         author="", author_ar="", title_ar="", title_en="",
         about_en="Analysis: the first round of the Iraq–US dialogue on ending the coalition's mission",
         date="2024-01-29", date_precision="not_before", date_status="inferred",
         date_ground="Cites items of 24–25 January 2024 and a visit on Monday 29 January; so not earlier than 29 January 2024",
         date_quote=q("S004", "يوم الاثنين 29 يناير"), language="ar", url=""),
]
write("sources", ["source_id", "file_name", "kind", "publisher", "author", "author_ar", "title_ar", "title_en",
                  "about_en", "date", "date_precision", "date_status", "date_ground", "date_quote", "language", "url"],
      sources)

# --------------------------------------------------------------------------- facts
F = []


def fact(topic, metric, unit, subject, place, value, qualifier, claimant, sid, quote, *, value_high="",
         period_start="", period_end="", status="reported", disputed_by="", dispute_quote="", ref_marker="",
         note=""):
    F.append(dict(fact_id=f"F{len(F) + 1:03d}", topic=topic, metric=metric, unit=unit, subject=subject,
                  place=place, value=value, value_high=value_high, qualifier=qualifier,
                  period_start=period_start, period_end=period_end, stated_on=SOURCE_DATE[sid],
                  claimant=claimant, status=status, disputed_by=disputed_by, dispute_quote=dispute_quote,
                  ref_marker=ref_marker, source_id=sid, quote=quote, note=note))
    return F[-1]["fact_id"]


# S000
S0_DISPUTE_KILLS = q("S000", "وهو ما لاقى ردود فعل مشككة", "انتقدت المزايدة")
S0_DISPUTE_INTEL = q("S000", "لكن وفقاً لمراقبين", "ضمن سياق التضخيم السياسي")
F_BORDER = fact("geography", "border_length", "km", "iraq_syria_border", "both", 600, "more_than", "al_araby_al_jadeed", "S000",
                q("S000", "وملف الحدود الدولية بين العراق وسورية", "600 كيلومتر"))
F_ROT0 = fact("structure", "chair_rotation_interval", "months", "quad_joint_room", "iraq", 3, "exact", "al_araby_al_jadeed", "S000",
              q("S000", "التي تتولّى رئاستها كل ثلاثة أشهر", "أطراف التحالف الأربعة"), note="number written in words")
F_AGE = fact("structure", "years_since_founding", "years", "quad_coalition", "both", 8, "nearly", "al_araby_al_jadeed", "S000",
             q("S000", "ومع اقتراب مرور ثماني سنوات", "التحالف الرباعي"), note="number written in words")
F_KILLS = fact("casualties", "fighters_killed", "fighters", "isis", "both", 23000, "exact", "quad_joint_room", "S000",
               q("S000", "وأعلنت غرفة التحالف في عام 2018", "23 ألف إرهابي"), status="disputed", disputed_by="observers",
               dispute_quote=S0_DISPUTE_KILLS, note="announced in 2018 for the preceding 4 years")
F_LEADERS = fact("casualties", "leaders_killed", "leaders", "isis", "both", 430, "exact", "quad_joint_room", "S000",
                 q("S000", "23 ألف إرهابي من", "430 قيادياً، في سورية والعراق"), status="disputed", disputed_by="observers",
                 dispute_quote=S0_DISPUTE_KILLS, note="announced in 2018 for the preceding 4 years")
F_THIRD = fact("territory", "territory_share_held", "fraction", "isis", "iraq", 0.3333, "estimated", "al_araby_al_jadeed", "S000",
               q("S000", "التي سيطر عليها تنظيم \"داعش\" في يونيو", "بثلث مساحة البلاد"),
               period_start="2014-06-01", period_end="2014-06-30", note="“a third” of the country's area, written in words")
F_CAMPAIGN = fact("operations", "campaign_duration", "years", "iraqi_forces", "iraq", 3, "exact", "al_araby_al_jadeed", "S000",
                  q("S000", "إثر حملات عسكرية متواصلة استمرت ثلاث سنوات", "بقيادة الولايات المتحدة"), period_end="2017-12-31",
                  note="number written in words; campaigns ending with the December 2017 announcement")
F_MEET = fact("structure", "meeting_duration", "hours", "quad_coalition", "iraq", 2, "at_most", "al_araby_al_jadeed", "S000",
              q("S000", "والذي لم يستمر أكثر من ساعتين", "في 24 فبراير/شباط 2022"), period_start="2022-02-24", period_end="2022-02-24",
              note="“not more than two hours”, written in words")
F_COORD = fact("intelligence", "coordinates_provided", "coordinates", "info_centre", "both", 8315, "more_than", "info_centre_head", "S000",
               q("S000", "مركز تبادل المعلومات الرباعي زوّد العراق وسورية", "أماكن مجموعات داعش"), status="disputed",
               disputed_by="observers", dispute_quote=S0_DISPUTE_INTEL)
F_REPORTS = fact("intelligence", "intelligence_reports_provided", "reports", "info_centre", "both", 4471, "more_than", "info_centre_head", "S000",
                 q("S000", "المركز زوّد الجانبين أيضاً بأكثر من 4471", "عصابات داعش الإرهابية في العراق وسورية"), status="disputed",
                 disputed_by="observers", dispute_quote=S0_DISPUTE_INTEL)
# S001
F_4P1 = fact("structure", "member_states", "states", "quad_coalition", "both", 4, "exact", "arabic_wikipedia", "S001",
             q("S001", "4+1", "إلى حزب الله اللبناني)"), note="“4+1”: four states plus Hezbollah", ref_marker="1")
F_CHAIR3 = fact("structure", "chair_term", "months", "info_centre", "iraq", 3, "exact", "arabic_wikipedia", "S001",
                q("S001", "وسيترأس العراق المركز لمدة 3 أشهر"), ref_marker="14")
F_CHAIRMAX = fact("structure", "chair_term", "months", "info_centre", "iraq", 3, "at_most", "arabic_wikipedia", "S001",
                  q("S001", "على ألا تتجاوز فترة إدارة كل طرف ثلاثة أشهر"), ref_marker="14", note="number written in words")
F_STAFF = fact("forces", "staff_per_country", "members", "info_centre", "iraq", 6, "exact", "iraqi_parliament_security_committee_head", "S001",
               q("S001", "ويضم 6 أعضاء من كل بلد"), ref_marker="19")
F_GENERALS = fact("forces", "russian_generals_at_centre", "generals", "info_centre", "iraq", 2, "exact", "anonymous_iraqi_official", "S001",
                  q("S001", "أن هنالك جنراليين روسيين", "في مركز الاستخباراتي"), ref_marker="19", note="“two” written in the dual")
# S002
F_87 = fact("structure", "member_states", "states", "intl_coalition", "both", 87, "exact", "elham_al_najjar", "S002",
            q("S002", "وتأسيس التحالف الدولي بمشاركة 87 دولة"), ref_marker="1")
F_SDF_K = fact("casualties", "fighters_killed", "fighters", "sdf", "syria", 12000, "at_least", "elham_al_najjar", "S002",
               q("S002", "وخسرت هذه القوات ما لا يقل عن 12 ألف مقاتل", "في قتال التنظيم"), ref_marker="1")
F_SDF_W = fact("casualties", "fighters_wounded", "fighters", "sdf", "syria", 23000, "about", "elham_al_najjar", "S002",
               q("S002", "وأُصيب نحو 23 ألفاً آخرين"), ref_marker="1")
F_PESH_K = fact("casualties", "fighters_killed", "fighters", "peshmerga", "iraq", 1810, "about", "elham_al_najjar", "S002",
                q("S002", "وبلغت خسائر “البشمركة”", "نحو 1810 قتيل"), ref_marker="1")
F_PESH_W = fact("casualties", "fighters_wounded", "fighters", "peshmerga", "iraq", 10740, "exact", "elham_al_najjar", "S002",
                q("S002", "بالإضافة إلى 10740 جريحًا آخرين"), ref_marker="1",
                note="“about” (نحو) is written before the killed figure only")
F_IRQ_K = fact("casualties", "fighters_killed", "fighters", "iraqi_forces", "iraq", 13000, "at_least", "elham_al_najjar", "S002",
               q("S002", "أما القوات العراقية فقد بلغت خسائرها ما لا يقل عن 13 ألف قتيل", "وفصائل “الحشد الشعبي”"), ref_marker="1")
F_95 = fact("territory", "territory_share_liberated", "percent", "isis", "both", 95, "exact", "saudi_mofa", "S002",
            q("S002", "ساعد التحالف شركاءَه المحليين على طرد داعش من 95%", "تحت سيطرته في المنطقة"), ref_marker="2")
F_WG4 = fact("structure", "working_groups", "groups", "intl_coalition", "both", 4, "exact", "saudi_mofa", "S002",
             q("S002", "عن طريق مجموعات العمل الأربعة التالية"), ref_marker="2",
             note="“four” written in words; the list that follows names five groups")
F_PHASES = fact("withdrawal", "withdrawal_phases", "phases", "us_forces", "iraq", 2, "exact", "us_officials", "S002",
                q("S002", "قالَ مسؤولون أمريكيون إن الاتفاق سيؤدي إلى الانتقال على مرحلتين"), ref_marker="3",
                note="“two phases”, written in the dual")
F_2500A = fact("forces", "troops", "troops", "us_forces", "iraq", 2500, "exact", "elham_al_najjar", "S002",
               q("S002", "إن سحْبَ 2500 جندي أمريكي", "فراغًا أمنيًا في العراق"), ref_marker="4",
               note="the paragraph cites reference [4], dated 13 December 2021")
F_137 = fact("operations", "joint_operations", "operations", "iraq_us_joint", "unspecified", 137, "exact", "centcom", "S002",
             q("S002", "ليصلَ عددُ العمليات المشتركة ضد داعش إلى 137 عملية", "الأشهر الستة الأولى من هذا العام"),
             period_start="2024-01-01", period_end="2024-06-30", ref_marker="9",
             note="“this year” read as 2024, the source's year")
F_3Y = fact("forecast", "years_until_withdrawal", "years", "us_forces", "iraq", 3, "exact", "political_analysts", "S002",
            q("S002", "متوقعًا ان لايحدث هذا الانسحاب إلا بعد 3 سنوات"), status="claim", ref_marker="9")
F_5_10 = fact("operations", "fighters_killed_or_arrested_per_operation", "fighters", "isis", "iraq", 5, "range", "iraqi_authorities", "S002",
              q("S002", "والتي تُسفرُ عن مقتل أو اعتقال بين خمسة إلى 10 عناصر مسلحة"), value_high=10, ref_marker="9",
              note="the lower bound is written in words")
F_153B = fact("attacks", "attacks", "attacks", "isis", "both", 153, "more_than", "unnamed_statistics", "S002",
              q("S002", "هجماتِ داعش في العراق وسوريا خلال الأشهر الستة الأولى من عام 2024", "أكثر من 153 هجومًا"),
              period_start="2024-01-01", period_end="2024-06-30", ref_marker="10")
F_120 = fact("attacks", "attacks", "attacks", "isis", "unspecified", 120, "about", "unnamed_statistics", "S002",
             q("S002", "بلغ إجمالي العمليات الإرهابية التي نفذها التنظيم خلال العام الماضي نحو 120 هجومًا"),
             period_start="2023-01-01", period_end="2023-12-31", ref_marker="10",
             note="“last year”, next to a 2024 figure, read as 2023")
F_HALF = fact("politics", "shia_leaders_against_withdrawal_share", "fraction", "shia_leaders", "iraq", 0.5, "exact", "elham_al_najjar", "S002",
              q("S002", "لأن نصف القيادات الشيعية في العراق لا تريد هذا الانسحاب"), ref_marker="11", note="“half”, written in words")
# S004
F_153A = fact("attacks", "attacks_on_us_positions", "attacks", "iran_backed_groups", "both", 153, "at_least", "washington_post", "S004",
              q("S004", "تعرضت المواقع العسكرية الأمريكية في العراق وسوريا للهجوم 153 مرة على الأقل منذ أكتوبر", "التي دربتها وسلّحتها إيران"),
              period_start="2023-10-01", note="“since October” read as October 2023")
F_2500B = fact("forces", "troops", "troops", "us_forces", "iraq", 2500, "about", "pentagon_officials", "S004",
               q("S004", "ويشير مسؤولو البنتاغون إلى أن حوالي 2500 جندي أمريكي ما زالوا في العراق"))
F_900 = fact("forces", "troops", "troops", "us_forces", "syria", 900, "exact", "pentagon_officials", "S004",
             q("S004", "وأن 900 جندي منتشرون في سوريا", "لمنع عودة تنظيم داعش"))
F_1000 = fact("forces", "fighters_at_large", "fighters", "isis", "both", 1000, "nearly", "senior_us_military_official", "S004",
              q("S004", "وقدر مسؤول عسكري أمريكي كبير للصحفيين مؤخراً أن ما يقرب من 1000", "ما زالوا طلقاء في العراق وسوريا"))
write("facts", ["fact_id", "topic", "metric", "unit", "subject", "place", "value", "value_high", "qualifier",
                "period_start", "period_end", "stated_on", "claimant", "status", "disputed_by", "dispute_quote",
                "ref_marker", "source_id", "quote", "note"], F)

# --------------------------------------------------------------------------- events
E = []
EVENT_EN: dict[str, tuple[str, str]] = {}


def event(code, date, precision, theme, sid, quote, en, ar, *, end_date="", date_status="stated"):
    eid = f"E{len(E) + 1:03d}"
    E.append(dict(event_id=eid, event_code=code, date=date, precision=precision, end_date=end_date,
                  date_status=date_status, theme=theme, source_id=sid, quote=quote))
    EVENT_EN[eid] = (en, ar)
    return eid


E_INTL0 = event("intl_coalition_formed", "2014-09-01", "month", "intl_coalition", "S000",
                q("S000", "التحالف الدولي الذي شكّلته الولايات المتحدة", "في سبتمبر 2014"),
                "The US-formed international coalition against ISIS (September 2014)", "تشكيل التحالف الدولي بقيادة الولايات المتحدة (سبتمبر 2014)")
E_QUAD0 = event("quad_coalition_formed", "2015-09-30", "day", "quad_coalition", "S000",
                q("S000", "ففي 30 سبتمبر 2015", "تشكيل تحالف رباعي"),
                "Iraq, Iran, Russia and the Assad government announce the quadrilateral coalition", "إعلان العراق وإيران وروسيا ونظام الأسد تشكيل التحالف الرباعي")
event("airspace_air_bridge", "2015-01-01", "year", "quad_coalition", "S000",
      q("S000", "لاستعمال الأجواء العراقية كجسر دعم جوي", "بين عامي 2015 و2017"),
      "Iraqi airspace used as a military air bridge to Syria (2015–2017)", "استعمال الأجواء العراقية جسراً للدعم الجوي العسكري إلى سورية (2015–2017)",
      end_date="2017-12-31")
event("al_qaim_crossing_reopened", "2018-01-01", "year", "quad_coalition", "S000",
      q("S000", "إعادة فتح معبر القائم الحدودي بين العراق وسورية في عام 2018"),
      "Al-Qaim border crossing reopened, a recommendation of the coalition", "إعادة فتح معبر القائم الحدودي بين العراق وسورية")
event("quad_kill_claim", "2018-01-01", "year", "quad_coalition", "S000",
      q("S000", "وأعلنت غرفة التحالف في عام 2018", "أنها قتلت"),
      "The coalition room claims 23,000 ISIS fighters killed in four years", "غرفة التحالف تعلن قتل 23 ألف عنصر من داعش خلال أربع سنوات")
event("isis_seized_iraqi_territory", "2014-06-01", "month", "isis", "S000",
      q("S000", "التي سيطر عليها تنظيم \"داعش\" في يونيو/ حزيران 2014"),
      "ISIS seizes territory in Iraq (June 2014)", "سيطرة داعش على أراضٍ عراقية (يونيو 2014)")
E_RECOV = event("iraq_territory_recovered", "2017-12-01", "month", "isis", "S000",
                q("S000", "في ديسمبر/ كانون الأول 2017 أعلنت بغداد", "استعادة جميع الأراضي العراقية"),
                "Baghdad announces the recovery of all Iraqi territory held by ISIS", "بغداد تعلن استعادة جميع الأراضي العراقية من داعش")
event("obaidi_discharged", "2018-01-01", "year", "iraq_military", "S000",
      q("S000", "الذي سُرّح من الخدمة في عام 2018", "بانفجار غربي نينوى"),
      "Col. Ahmed Abdul-Sattar al-Obaidi discharged after injuries", "تسريح العقيد أحمد عبد الستار العبيدي من الخدمة إثر إصابته")
E_LASTMEET = event("last_quad_meeting", "2022-02-24", "day", "quad_coalition", "S000",
                   q("S000", "وكان آخر اجتماع معلن للتحالف الرباعي", "في 24 فبراير/شباط 2022"),
                   "Last announced meeting of the quadrilateral coalition, in Baghdad", "آخر اجتماع معلن للتحالف الرباعي في بغداد")
# S001
event("isis_appeared", "2003-01-01", "year", "isis", "S001", q("S001", "ظهر تنظيم داعش منذ سنة 2003م، في العراق"),
      "ISIS appears in Iraq", "ظهور تنظيم داعش في العراق")
event("isis_expanded_to_syria", "2013-01-01", "year", "isis", "S001",
      q("S001", "وفي عام 2013، توسَّع إلى سوريا", "الدولة الإسلامية في العراق والشام"),
      "ISIS expands into Syria and adopts the name “Islamic State of Iraq and the Levant”", "توسّع داعش إلى سوريا وتبنّيه اسم الدولة الإسلامية في العراق والشام")
E_INTL1 = event("intl_coalition_formed", "2014-01-01", "year", "intl_coalition", "S001",
                q("S001", "وفي عام 2014 دعت الإدارة الأمريكية لتشكيل تحالفا دوليا", "لمواجهة تنظيم داعش"),
                "The US administration calls for an international coalition against ISIS", "الإدارة الأمريكية تدعو إلى تشكيل تحالف دولي لمواجهة داعش")
E_QUAD1 = event("quad_coalition_formed", "2015-09-01", "month", "quad_coalition", "S001",
                q("S001", "وقد شكل نتيجة لاتفاق تم التوصل إليه في نهاية سبتمبر 2015", "العراق وسوريا"),
                "Agreement between Russia, Iran, Iraq and Syria at the end of September 2015", "اتفاق روسيا وإيران والعراق وسوريا في نهاية سبتمبر 2015")
event("info_centre_established", "2015-09-01", "month", "quad_coalition", "S001",
      q("S001", "في نهاية سبتمبر 2015، قررت روسيا وإيران وسوريا والعراق على إنشاء مركز معلوماتي"),
      "Decision to set up the information centre of the four states", "قرار إنشاء المركز المعلوماتي للدول الأربع")
# S002
event("regional_unrest_began", "2011-01-01", "year", "region", "S002",
      q("S002", "التي دخلت في دوامة العنف منذ عام 2011", "إثر الاحتجاجات الشعبية"),
      "The region enters a spiral of violence after popular protests", "دخول المنطقة في دوامة العنف إثر الاحتجاجات الشعبية")
event("sdf_formed", "2015-01-01", "year", "sdf", "S002", q("S002", "مع تشكيل “قوات سوريا الديمقراطية” في خريف عام 2015"),
      "The Syrian Democratic Forces are formed (autumn 2015)", "تشكيل قوات سوريا الديمقراطية (خريف 2015)")
E_INTL2 = event("intl_coalition_formed", "2014-09-10", "day", "intl_coalition", "S002",
                q("S002", "في العاشر من شهر سبتمبر من العام 2014م", "عن تشكيل تحالفٍ دولي"),
                "President Obama announces the international coalition against ISIS", "الرئيس أوباما يعلن تشكيل التحالف الدولي ضد داعش")
E_PH1 = event("withdrawal_phase_one_ends", "2025-09-01", "month", "withdrawal", "S002",
              q("S002", "في المرحلة الأولى التي تستمر ُحتى سبتمبر 2025", "مَهمَة التحالف الدولي"),
              "Phase one ends: the international coalition's mission ends (September 2025)", "نهاية المرحلة الأولى: انتهاء مهمة التحالف الدولي (سبتمبر 2025)")
E_PH2 = event("withdrawal_phase_two_ends", "2026-01-01", "year", "withdrawal", "S002",
              q("S002", "ستواصلُ الولايات المتحدة العملَ بطريقةٍٍ ما من العراق حتى عام 2026"),
              "Phase two: US operations from Iraq in support of the fight in Syria until 2026", "المرحلة الثانية: استمرار العمل الأمريكي من العراق حتى 2026")
event("us_forces_may_stay_in_harir", "2026-01-01", "year", "withdrawal", "S002",
      q("S002", "بعضَ القوات الأمريكية قد تبقى في قاعدة الحرير بعد عام 2026"),
      "Some US forces may remain at Harir base after 2026", "قد تبقى بعض القوات الأمريكية في قاعدة الحرير بعد 2026")
E_US2011 = event("us_withdrawal_2011", "2011-01-01", "year", "withdrawal", "S002",
      q("S002", "الانسحاب الأميركي السابق من العراق عام 2011"),
      "The earlier US withdrawal from Iraq", "الانسحاب الأميركي السابق من العراق")
event("isis_seized_territory", "2014-01-01", "year", "isis", "S002",
      q("S002", "الذي استولى على مساحةٍ شاسعةٍ من البلاد عام 2014"),
      "ISIS seizes a vast area of Iraq", "استيلاء داعش على مساحة شاسعة من العراق")
event("parliament_withdrawal_vote", "2020-01-01", "month", "politics", "S002",
      q("S002", "قرار البرلمان العراقي في يناير 2020", "بانسحاب القوات الأميركية"),
      "Iraqi parliament votes for the withdrawal of US forces (not implemented)", "البرلمان العراقي يصوّت على انسحاب القوات الأميركية (لم يُنفَّذ)")
event("new_political_order", "2003-01-01", "year", "politics", "S002",
      q("S002", "النظام السياسي العراقي الجديد بعد عام 2003"),
      "The new Iraqi political order after 2003", "النظام السياسي العراقي الجديد بعد 2003")
# S003
E_QUAD3 = event("quad_coalition_formed", "2015-01-01", "year", "quad_coalition", "S003",
                q("S003", "وأُعلن في بغداد في 2015 عن تشكيل تحالف رباعي"),
                "The quadrilateral coalition announced in Baghdad", "الإعلان في بغداد عن تشكيل التحالف الرباعي")
event("border_coordination", "2018-01-01", "year", "quad_coalition", "S003",
      q("S003", "وشهد العام 2018 تنسيقاً حول ملف الحدود المشتركة بين العراق وسورية"),
      "Coordination on the Iraq–Syria border file, incl. the al-Qaim crossing", "التنسيق حول ملف الحدود المشتركة بين العراق وسورية")
event("abdul_mahdi_government_resigned", "2019-12-01", "month", "politics", "S003",
      q("S003", "منذ استقالة حكومة عبد المهدي نهاية ديسمبر/كانون الأول من العام الماضي"),
      "Abdul-Mahdi's government resigns", "استقالة حكومة عبد المهدي", date_status="inferred")
event("araji_meets_russian_ambassador", "2020-08-01", "month", "quad_coalition", "S003",
      q("S003", "عقب لقائه بالسفير الروسي في العراق، مطلع أغسطس/ آب الحالي"),
      "National security adviser al-Araji meets the Russian ambassador", "لقاء مستشار الأمن الوطني قاسم الأعرجي بالسفير الروسي",
      date_status="inferred")
# S004
E_DIALOGUE = event("dialogue_first_round", "2024-01-27", "day", "withdrawal", "S004",
                   q("S004", "في السابع والعشرين من يناير 2024", "الجولة الأولى من الحوار الثنائي"),
                   "First round of the Iraq–US dialogue on ending the coalition's mission", "الجولة الأولى من الحوار الثنائي بين العراق والولايات المتحدة")
event("isis_last_stronghold_defeated", "2019-03-01", "month", "isis", "S004",
      q("S004", "هزيمة التنظيم في آخر معاقله على الجانب السوري من الحدود العراقية في مارس 2019"),
      "ISIS defeated in its last stronghold, on the Syrian side of the border", "هزيمة داعش في آخر معاقله على الجانب السوري من الحدود")
event("qaani_visits_baghdad", "2024-01-29", "day", "politics", "S004",
      q("S004", "بزيارة سرية وسريعة إلى العاصمة العراقية بغداد، يوم الاثنين 29 يناير"),
      "Quds Force commander Esmail Qaani's secret visit to Baghdad", "زيارة قائد فيلق القدس إسماعيل قاآني السرية إلى بغداد",
      date_status="inferred")
write("events", ["event_id", "event_code", "date", "precision", "end_date", "date_status", "theme", "source_id", "quote"], E)

# --------------------------------------------------------------------------- coalition members
M = []


def member(coalition, who, role, sid, quote):
    M.append(dict(member_id=f"M{len(M) + 1:03d}", coalition=coalition, member=who, role=role, source_id=sid, quote=quote))


qm = q("S000", "أعلنت الدول الثلاث العراق وإيران وروسيا إلى جانب نظام الأسد", "تشكيل تحالف رباعي")
for who in ("iraq", "iran", "russia", "syria"):
    member("quad_coalition", who, "member", "S000", qm)
member("quad_coalition", "iraq", "host", "S000", q("S000", "التحالف الذي جرى اختيار بغداد مقرّاً دائماً له"))
member("quad_coalition", "russia", "main_pole", "S000", q("S000", "قطب التحالف الأهم وهو روسيا"))
qm = q("S001", "اتفاق تم التوصل إليه في نهاية سبتمبر 2015 بين روسيا، إيران والعراق وسوريا")
for who in ("russia", "iran", "iraq", "syria"):
    member("quad_coalition", who, "member", "S001", qm)
member("quad_coalition", "hezbollah", "plus_one", "S001", q("S001", "4+1", "إلى حزب الله اللبناني)"))
qm = q("S003", "تحالف رباعي بين العراق وروسيا وإيران والنظام السوري")
for who in ("iraq", "russia", "iran", "syria"):
    member("quad_coalition", who, "member", "S003", qm)
member("intl_coalition", "united_states", "leader", "S000", q("S000", "التحالف الدولي بقيادة الولايات المتحدة في المعارك داخل العراق"))
qm = q("S000", "والتي شاركت إلى جانبها بالجهد القتالي المباشر", "ودول غربية أخرى")
for who in ("united_kingdom", "france", "other_western_states"):
    member("intl_coalition", who, "combat_participant", "S000", qm)
qm = q("S001", "وافق عدد من الدول الأوروبية والعربية والشرق أوسطية على المشاركة")
for who in ("european_states", "arab_states", "middle_eastern_states"):
    member("intl_coalition", who, "member", "S001", qm)
member("intl_coalition", "russia", "declined_to_join", "S001", q("S001", "ورفضت روسيا الانضمام للتحالف"))
member("intl_coalition", "united_states", "leader", "S002", q("S002", "من خلال عمليات عسكرية مشتركة تقودها الولايات المتحدة"))
member("intl_coalition", "iraqi_government", "frontline_partner", "S002",
       q("S002", "بناء القدرةِ العسكرية للقوات المتواجدة على الخطوط الأمامية", "لقيادة الحرب ضد داعش"))
member("intl_coalition", "united_states", "leader", "S004", q("S004", "بين العراق والتحالف الدولي، بقيادة الولايات المتحدة"))
write("coalition_members", ["member_id", "coalition", "member", "role", "source_id", "quote"], M)

# --------------------------------------------------------------------------- working groups
W = []
for line_anchor, group, chairs in [
    ("مجموعةُ عمل دعم الاستقرار في المناطق المُحررة", "stabilization", ["uae", "germany"]),
    ("مجموعةُ مواجهةِ دعاية داعش", "counter_messaging", ["united_states", "united_kingdom", "uae"]),
    ("مجموعةُ وقْف تدفق المقاتلين الأجانب", "foreign_terrorist_fighters", ["united_states", "netherlands", "turkey"]),
    ("مجموعة التصدي لجهود تمويل داعش", "counter_finance", ["the_kingdom", "united_states", "italy"]),
]:
    quote = q("S002", line_anchor, ").")
    for chair in chairs:
        W.append(dict(wg_row_id=f"W{len(W) + 1:03d}", working_group=group, chair=chair, source_id="S002", quote=quote))
W.append(dict(wg_row_id=f"W{len(W) + 1:03d}", working_group="africa_focus", chair="", source_id="S002",
              quote=q("S002", "مجموعة التركيز الخاصة بأفريقيا.")))
write("working_groups", ["wg_row_id", "working_group", "chair", "source_id", "quote"], W)

# --------------------------------------------------------------------------- information centre
C = []


def centre(aspect, value, sid, quote, *, number="", unit="", country="", sequence=""):
    C.append(dict(item_id=f"C{len(C) + 1:03d}", aspect=aspect, detail=value, number=number, unit=unit,
                  country=country, sequence=sequence, source_id=sid, quote=quote))
    return C[-1]["item_id"]


C_SEAT_BGD = centre("seat", "baghdad", "S000", q("S000", "التحالف الذي جرى اختيار بغداد مقرّاً دائماً له"))
C_SEAT1 = centre("seat", "al_muthanna_airport_camp", "S000", q("S000", "واختير معسكر مطار المثنى وسط بغداد مقرّاً له"), sequence=1)
C_SEAT2 = centre("seat", "military_intelligence_directorate", "S000",
                 q("S000", "قبل أن يُنقل إلى مديرية الاستخبارات العسكرية التابعة لوزارة الدفاع العراقية"), sequence=2)
centre("seat", "ministry_of_defence", "S000", q("S000", "تحديداً من مقرّه في وزارة الدفاع"))
centre("seat", "baghdad", "S003", q("S003", "وكان قد اختير مقر المركز الرباعي في بغداد"))
qr = q("S001", "مع غرف عمليات في دمشق والمنطقة الخضراء العراقية في بغداد")
C_ROOM_DAM = centre("operations_room", "damascus", "S001", qr, country="syria")
C_ROOM_GZ = centre("operations_room", "baghdad_green_zone", "S001", qr, country="iraq")
centre("operations_room", "joint_room_baghdad", "S000", q("S000", "عبر ما عُرف لاحقاً بـ\"الغرفة المشتركة\""), country="iraq")
C_ROT4 = centre("chair_rotation", "four_parties_rotate", "S000", q("S000", "التي تتولّى رئاستها كل ثلاثة أشهر", "أطراف التحالف الأربعة"),
                number=3, unit="months", country="all_four")
C_CHAIR_IRQ = centre("chair", "first_chair", "S001", q("S001", "وسيترأس العراق المركز لمدة 3 أشهر"), number=3, unit="months",
                     country="iraq", sequence=1)
qrot = q("S001", "وسيتناوب إدارة المركز بين ضباط من سوريا والعراق وإيران", "كل طرف ثلاثة أشهر")
C_ROT3 = [centre("chair_rotation", "officers_rotate", "S001", qrot, number=3, unit="months", country=c)
          for c in ("syria", "iraq", "iran")]
C_CHAIR_MI = centre("chair", "iraqi_military_intelligence_officer", "S003",
                    q("S003", "المركز يترأسه ضابط كبير في الاستخبارات العسكرية بوزارة الدفاع العراقية"), country="iraq")
C_HEAD = centre("chair", "director_of_military_intelligence", "S000",
                q("S000", "رئيس مركز \"تبادل المعلومات\"", "الفريق الركن سعد مزهر العلاق"), country="iraq")
centre("staffing", "general_staff_representatives", "S001", q("S001", "مركز معلوماتي يضم ممثلي هيئات أركان جيوش الدول الأربع"),
       country="all_four")
C_STAFF6 = centre("staffing", "members_per_country", "S001", q("S001", "ويضم 6 أعضاء من كل بلد"), number=6, unit="members",
                  country="each")
centre("staffing", "russian_generals", "S001", q("S001", "أن هنالك جنراليين روسيين", "في مركز الاستخباراتي"), number=2,
       unit="generals", country="russia")
centre("staffing", "officers_from_member_states", "S003", q("S003", "فإن المركز يتضمن ضباطاً من تلك الدول"), country="all_four")
C_MONTHLY = centre("meeting_frequency", "monthly", "S003", q("S003", "إذ كانت تجري لقاءات دورية كل شهر", "عن الأطراف الأربعة"),
                   number=1, unit="per_month", country="all_four")
write("info_centre", ["item_id", "aspect", "detail", "number", "unit", "country", "sequence", "source_id", "quote"], C)

# --------------------------------------------------------------------------- stances
P = []


def stance(party, party_type, affiliation, st, listed_under, quote):
    P.append(dict(stance_id=f"P{len(P) + 1:03d}", party=party, party_type=party_type, affiliation=affiliation,
                  stance=st, listed_under=listed_under, source_id="S001", quote=quote))


stance("popular_mobilization", "armed_group", "", "for", "for",
       q("S001", "وفيما أعلنت خلية الإعلام الحربي التابعة للحشد الشعبي", "ضباط استخبارات روس وإيرانيين"))
stance("mohammed_al_karbouli", "person", "national_forces_alliance", "against", "for",
       q("S001", "اعتبر النائب محمد الكربولي", "يجعل سيادة البلاد في مهب الريح"))
stance("mowaffak_al_rubaie", "person", "state_of_law_coalition", "for", "for",
       q("S001", "ودعا النائب موفق الربيعي", "يضم حزب الله اللبناني"))
stance("iraqi_national_alliance", "party", "", "for", "for", q("S001", "نجد أن التحالف الوطني يرحب بالاتفاق الرباعي"))
qk = q("S001", "وفيما يقف التحالف الكردستاني مع موقف تحالف القوى الوطنية في الجانب غير المرحب بغرفة بغداد")
stance("kurdistan_alliance", "party", "", "against", "against", qk)
stance("national_forces_alliance", "party", "", "against", "against", qk)
stance("sunni_armed_factions", "armed_group", "", "against", "against",
       q("S001", "الفصائل السنية المسلحة المعارضة ترفض «التحالف الرباعي»", "وإيران وروسيا"))
write("stances", ["stance_id", "party", "party_type", "affiliation", "stance", "listed_under", "source_id", "quote"], P)

# --------------------------------------------------------------------------- references carried by the texts
R = []


def ref(sid, ref_no, publisher, date, quote, url="", same_as=""):
    R.append(dict(ref_id=f"{sid}_R{len([r for r in R if r['source_id'] == sid]) + 1:02d}", source_id=sid, ref_no=ref_no,
                  publisher=publisher, date=date, url=url, same_as=same_as, quote=quote))


S2 = SRC["S002"].split("\n")
pubs = {1: ("independent_arabia", "2024-10-08"), 2: ("saudi_mofa", ""), 3: ("rt_arabic", "2024-09-27"),
        4: ("bbc_arabic", "2021-12-13"), 5: ("asharq_al_awsat", "2024-03-17"), 6: ("bbc_arabic", "2024-01-17"),
        7: ("alhurra", "2024-10-12"), 8: ("alarabiya", "2024-09-07"), 9: ("alhurra", "2024-09-22"),
        10: ("alhurra", "2024-09-04"), 11: ("alhurra", "")}
for line in S2:
    m = re.match(r"\[(\d+)\] ", line)
    if m:
        n = int(m.group(1))
        url = re.search(r"https://\S+", line)
        ref("S002", n, pubs[n][0], pubs[n][1], q("S002", line), url=url.group(0) if url else "",
            same_as="9" if n == 11 else "")
ref("S004", "", "cnn", "2024-01-25", q("S004", "(سي إن إن – 25 يناير2024)"))
ref("S004", "", "washington_post", "2024-01-25", q("S004", "(واشنطن بوست - 25 يناير2024)"))
ref("S004", "", "al_monitor", "2024-01-24", q("S004", "(المونيتور – 24 يناير 2024)"))
write("references", ["ref_id", "source_id", "ref_no", "publisher", "date", "url", "same_as", "quote"], R)

# --------------------------------------------------------------------------- exclusions
X = []


def excl(sid, number, context, reason):
    X.append(dict(exclusion_id=f"X{len(X) + 1:03d}", source_id=sid, number=number, context=context, reason=reason))


excl("S000", "2015", q("S000", "في أواخر شهر سبتمبر/ أيلول 2015"), f"repeat_of:{E_QUAD0}")
excl("S000", "24", q("S000", "عُقد آخر اجتماع للتحالف الرباعي في بغداد في 24 فبراير/شباط 2022"), f"repeat_of:{E_LASTMEET}")
excl("S000", "2022", q("S000", "عُقد آخر اجتماع للتحالف الرباعي في بغداد في 24 فبراير/شباط 2022"), f"repeat_of:{E_LASTMEET}")
for n in sorted({int(x) for x in re.findall(r"\[(\d+)\]", SRC["S001"])}):
    excl("S001", str(n), f"[{n}]", "reference_marker")
body = "\n".join(S2[:54])
for n in sorted({int(x) for x in re.findall(r"\[(\d+)\]", body)}):
    excl("S002", str(n), f"[{n}]", "reference_marker")
excl("S002", "2011", q("S002", "عن انسحاب عام 2011"), f"repeat_of:{E_US2011}")
write("exclusions", ["exclusion_id", "source_id", "number", "context", "reason"], X)

# --------------------------------------------------------------------------- reconciliation
N = []


def note(ids, kind, en, ar):
    N.append(dict(note_id=f"N{len(N) + 1:03d}", fact_ids=";".join(ids), kind=kind, note_en=en, note_ar=ar))


note([F_153A, F_153B], "same_number_different_things",
     "153 appears twice with different meanings: in the analysis of January 2024 it counts attacks by Iran-backed groups on US positions in Iraq and Syria since October 2023 (at least 153); in the research paper of October 2024 it counts ISIS attacks in Iraq and Syria in the first six months of 2024 (more than 153). The match is a coincidence.",
     "يرد الرقم 153 مرتين بمعنيين مختلفين: في تحليل يناير 2024 هو عدد هجمات الجماعات المدعومة من إيران على المواقع الأمريكية في العراق وسوريا منذ أكتوبر 2023 (153 على الأقل)، وفي الورقة البحثية المنشورة في أكتوبر 2024 هو عدد هجمات داعش في العراق وسوريا خلال الأشهر الستة الأولى من 2024 (أكثر من 153). والتطابق مصادفة.")
note([F_2500A, F_2500B], "same_thing_same_number",
     "The research paper of October 2024 and the analysis of January 2024 both put US troops in Iraq at 2,500. The analysis says “about 2,500” (Pentagon officials, January 2024); the paper speaks of withdrawing 2,500 troops without a qualifier, in a paragraph that cites a BBC Arabic press review of December 2021.",
     "تقدّر الورقة البحثية المنشورة في أكتوبر 2024 وتحليل يناير 2024 كلاهما عدد الجنود الأمريكيين في العراق بـ2500: يقول التحليل «حوالي 2500» (مسؤولو البنتاغون، يناير 2024)، وتتحدث الورقة عن سحب 2500 جندي دون تقييد، في فقرة تحيل إلى عرض صحفي لـBBC عربي في ديسمبر 2021.")
note([F_SDF_W, F_KILLS], "same_number_different_things",
     "23,000 is both the number of SDF fighters wounded fighting ISIS (about 23,000, in the research paper of October 2024) and the number of ISIS fighters the quadrilateral coalition room claimed to have killed in four years (23,000, in Al-Araby Al-Jadeed's report, a claim disputed by observers). Unrelated figures.",
     "الرقم 23 ألفًا هو عدد جرحى قوات سوريا الديمقراطية في قتال داعش (نحو 23 ألفًا، في الورقة البحثية المنشورة في أكتوبر 2024)، وهو أيضًا عدد عناصر داعش الذين أعلنت غرفة التحالف الرباعي قتلهم خلال أربع سنوات (23 ألفًا، في تقرير العربي الجديد، وهو ادعاء شكك فيه مراقبون). رقمان لا صلة بينهما.")
note([F_120, F_153B], "different_periods",
     "120 ISIS attacks cover all of 2023 (twelve months), 153+ cover only the first six months of 2024: per month that is about 10 against more than 25.5, so the comparison must be made per month.",
     "الرقم 120 هجوماً يغطي عام 2023 كله (اثني عشر شهراً)، بينما يغطي الرقم 153 الأشهر الستة الأولى من 2024 فقط: أي نحو 10 هجمات شهرياً مقابل أكثر من 25.5، فالمقارنة الصحيحة هي المعدل الشهري.")
note([F_137, F_153B], "same_period_different_things",
     "For the same six months of 2024, the research paper of October 2024 gives 137 joint operations against ISIS (CENTCOM) and more than 153 ISIS attacks: two different counts, of operations against ISIS and of attacks by ISIS.",
     "تذكر الورقة البحثية المنشورة في أكتوبر 2024 للأشهر الستة الأولى من 2024 رقمين مختلفين: 137 عملية مشتركة ضد داعش (سنتكوم)، وأكثر من 153 هجومًا نفذها داعش؛ الأول عمليات ضد التنظيم والثاني هجمات منه.")
note([F_WG4] + [w["wg_row_id"] for w in W], "count_differs_from_list",
     "The research paper of October 2024 announces “the following four working groups” but lists five: stabilization, counter-messaging, foreign fighters, counter-finance and the Africa focus group (the last with no chairs given).",
     "تعلن الورقة البحثية المنشورة في أكتوبر 2024 «مجموعات العمل الأربعة التالية» لكنها تسرد خمس مجموعات: دعم الاستقرار، ومواجهة الدعاية، ووقف تدفق المقاتلين الأجانب، والتصدي للتمويل، ومجموعة التركيز الخاصة بأفريقيا (دون ذكر من يرأسها).")
note([F_ROT0, F_CHAIR3, F_CHAIRMAX, C_ROT4] + C_ROT3, "same_thing_different_accounts",
     "Chair rotation: Al-Araby Al-Jadeed's report says the four parties take the chair every three months; the Arabic Wikipedia article says Iraq chairs first for three months and the chair then rotates among officers from Syria, Iraq and Iran (Russia is not named), each term at most three months.",
     "رئاسة المركز: يذكر تقرير العربي الجديد أن الأطراف الأربعة تتولى الرئاسة كل ثلاثة أشهر، وتذكر مقالة ويكيبيديا العربية أن العراق يترأس المركز أولًا لمدة ثلاثة أشهر ثم تتناوب الإدارة بين ضباط من سوريا والعراق وإيران (دون ذكر روسيا) على ألا تتجاوز مدة كل طرف ثلاثة أشهر.")
note([C_SEAT1, C_SEAT2, C_ROOM_GZ, C_ROOM_DAM], "same_thing_different_accounts",
     "Seat: Al-Araby Al-Jadeed's report places the centre first at the al-Muthanna airport camp in central Baghdad, later moved to the military intelligence directorate of the Iraqi defence ministry; the Arabic Wikipedia article speaks of operations rooms in Damascus and in Baghdad's Green Zone.",
     "المقر: يضع تقرير العربي الجديد المركز أولًا في معسكر مطار المثنى وسط بغداد ثم في مديرية الاستخبارات العسكرية بوزارة الدفاع العراقية، بينما تتحدث مقالة ويكيبيديا العربية عن غرف عمليات في دمشق والمنطقة الخضراء في بغداد.")
note([E_QUAD0, E_QUAD1, E_QUAD3], "same_event_different_precision",
     "The founding of the quadrilateral coalition is dated 30 September 2015 by Al-Araby Al-Jadeed's report (which also says “late September”), end of September 2015 by the Arabic Wikipedia article and 2015 by Al-Araby Al-Jadeed's report of 2020: consistent, at different precision.",
     "يؤرّخ تقرير العربي الجديد تأسيس التحالف الرباعي بـ30 سبتمبر 2015 (ويقول أيضًا «أواخر سبتمبر»)، وتؤرّخه مقالة ويكيبيديا العربية بنهاية سبتمبر 2015، وتقرير العربي الجديد المنشور في 2020 بعام 2015: تواريخ متسقة بدرجات دقة مختلفة.")
note([E_INTL0, E_INTL1, E_INTL2], "same_event_different_precision",
     "The international coalition is dated September 2014 by Al-Araby Al-Jadeed's report, 2014 by the Arabic Wikipedia article (the US call) and 10 September 2014 by the research paper of October 2024 (Obama's announcement): consistent.",
     "يؤرّخ تقرير العربي الجديد التحالف الدولي بسبتمبر 2014، ومقالة ويكيبيديا العربية بعام 2014 (دعوة الإدارة الأمريكية)، والورقة البحثية المنشورة في أكتوبر 2024 بالعاشر من سبتمبر 2014 (إعلان أوباما): تواريخ متسقة.")
note([F_3Y, E_PH1, E_PH2], "different_expectations",
     "The research paper of October 2024 gives the agreed timeline (the mission ends by September 2025, US activity from Iraq until 2026) but also quotes analysts who expect no withdrawal for three years, that is not before about 2027 counted from 2024.",
     "تعرض الورقة البحثية المنشورة في أكتوبر 2024 الجدول المتفق عليه (انتهاء المهمة بحلول سبتمبر 2025 واستمرار العمل الأمريكي من العراق حتى 2026)، لكنها تنقل أيضًا عن محللين توقعهم ألا يحدث الانسحاب إلا بعد ثلاث سنوات، أي ليس قبل 2027 تقريبًا بدءًا من 2024.")
note([F_ROT0, F_CHAIR3], "same_thing_same_number",
     "Three-month chair terms are given both by Al-Araby Al-Jadeed's report (every three months) and by the Arabic Wikipedia article (three months).",
     "مدة الرئاسة ثلاثة أشهر في تقرير العربي الجديد («كل ثلاثة أشهر») وفي مقالة ويكيبيديا العربية («3 أشهر») كليهما.")
note([F_KILLS, F_1000], "different_things_context",
     "The quadrilateral coalition's claim of 23,000 ISIS fighters killed (2018, disputed) and the US estimate of nearly 1,000 ISIS fighters still at large (January 2024) measure different things and cannot be combined.",
     "ادعاء التحالف الرباعي قتل 23 ألف عنصر من داعش (2018، ادعاء مشكوك فيه) وتقدير أمريكي بوجود نحو 1000 مقاتل من داعش طلقاء (يناير 2024) يقيسان أمرين مختلفين ولا يصح الجمع بينهما.")
write("reconciliation", ["note_id", "fact_ids", "kind", "note_en", "note_ar"], N)

# catalogue is written by catalogue_entries.py (imports these tables)
if __name__ == "__main__":
    import catalogue_entries  # noqa: F401  (same folder)

    catalogue_entries.build(EVENT_EN)
