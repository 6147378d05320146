"""Bilingual catalogue entries for every coded value in data/ (written to data/catalogue/en.ftl and ar.ftl)."""
from __future__ import annotations

import csv

from analysis.paths import data_dir

COUNTRIES = {
    "iraq": ("Iraq", "العراق"), "iran": ("Iran", "إيران"), "russia": ("Russia", "روسيا"),
    "syria": ("Syria (the Assad government)", "سوريا (نظام الأسد)"), "united_states": ("United States", "الولايات المتحدة"),
    "united_kingdom": ("United Kingdom", "بريطانيا"), "france": ("France", "فرنسا"), "germany": ("Germany", "ألمانيا"),
    "italy": ("Italy", "إيطاليا"), "netherlands": ("Netherlands", "هولندا"), "turkey": ("Turkey", "تركيا"),
    "uae": ("United Arab Emirates", "الإمارات"),
    "the_kingdom": ("“The Kingdom” (unnamed; the cited page is the Saudi foreign ministry's)", "المملكة"),
}

ENTRIES: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {
        "news": ("News report", "تقرير إخباري"), "encyclopedia": ("Encyclopedia article", "مقالة موسوعية"),
        "research": ("Research paper", "ورقة بحثية"), "analysis": ("Analysis", "تحليل"),
        "same_number_different_things": ("Same number, different things", "الرقم نفسه لأمرين مختلفين"),
        "same_thing_same_number": ("Same thing, same number", "الأمر نفسه بالرقم نفسه"),
        "same_thing_different_accounts": ("Same thing, different accounts", "الأمر نفسه بروايات مختلفة"),
        "same_thing_different_numbers": ("Same thing, different numbers", "الأمر نفسه بأرقام مختلفة"),
        "different_periods": ("Different periods", "فترات مختلفة"),
        "same_period_different_things": ("Same period, different things", "الفترة نفسها لأمرين مختلفين"),
        "count_differs_from_list": ("Stated count differs from the list", "العدد المذكور يخالف القائمة"),
        "same_event_different_precision": ("Same event, different precision", "الحدث نفسه بدقة تأريخ مختلفة"),
        "different_expectations": ("Different expectations", "توقعات مختلفة"),
        "different_things_context": ("Different things, not to be combined", "أمران مختلفان لا يُجمعان"),
    },
    "publisher": {
        "al_araby_al_jadeed": ("Al-Araby Al-Jadeed", "العربي الجديد"), "arabic_wikipedia": ("Arabic Wikipedia", "ويكيبيديا العربية"),
        "research_centre_unnamed": ("A research centre (name not given)", "مركز بحثي (لم يُذكر اسمه)"),
        "independent_arabia": ("Independent Arabia", "إندبندنت عربية"), "saudi_mofa": ("Saudi Ministry of Foreign Affairs", "وزارة الخارجية السعودية"),
        "rt_arabic": ("RT Arabic", "RT بالعربي"), "bbc_arabic": ("BBC Arabic", "BBC عربي"),
        "asharq_al_awsat": ("Asharq Al-Awsat", "الشرق الأوسط"), "alhurra": ("Alhurra", "الحرة"),
        "alarabiya": ("Al Arabiya", "العربية"), "cnn": ("CNN", "سي إن إن"), "washington_post": ("The Washington Post", "واشنطن بوست"),
        "al_monitor": ("Al-Monitor", "المونيتور"),
    },
    "date_precision": {
        "day": ("Day", "اليوم"), "month": ("Month", "الشهر"), "year": ("Year", "السنة"),
        "not_before": ("Not before this date", "ليس قبل هذا التاريخ"),
    },
    "precision": {"day": ("Day", "اليوم"), "month": ("Month", "الشهر"), "year": ("Year", "السنة")},
    "date_status": {"stated": ("Stated", "مذكور"), "inferred": ("Inferred", "مستنتج"), "unknown": ("Unknown", "غير معروف")},
    "language": {"ar": ("Arabic", "العربية")},
    "topic": {
        "attacks": ("Attacks", "الهجمات"), "casualties": ("Casualties", "الخسائر البشرية"), "forces": ("Forces", "القوات"),
        "forecast": ("Forecast", "التوقعات"), "geography": ("Geography", "الجغرافيا"), "intelligence": ("Intelligence", "الاستخبارات"),
        "operations": ("Operations", "العمليات"), "politics": ("Politics", "السياسة"), "structure": ("Structure", "البنية"),
        "territory": ("Territory", "الأراضي"), "withdrawal": ("Withdrawal", "الانسحاب"),
    },
    "metric": {
        "attacks": ("Attacks", "الهجمات"),
        "attacks_on_us_positions": ("Attacks on US military positions", "الهجمات على المواقع العسكرية الأمريكية"),
        "border_length": ("Length of the Iraq–Syria border", "طول الحدود بين العراق وسورية"),
        "campaign_duration": ("Duration of the military campaigns", "مدة الحملات العسكرية"),
        "chair_rotation_interval": ("Chair rotation interval", "دورية تداول الرئاسة"),
        "chair_term": ("Length of a chair's term", "مدة رئاسة المركز"),
        "coordinates_provided": ("Target coordinates provided", "الإحداثيات المقدَّمة"),
        "fighters_at_large": ("Fighters still at large", "المقاتلون الطلقاء"),
        "fighters_killed": ("Fighters killed", "القتلى من المقاتلين"),
        "fighters_killed_or_arrested_per_operation": ("Militants killed or arrested per operation", "المسلحون القتلى أو المعتقلون في كل عملية"),
        "fighters_wounded": ("Fighters wounded", "الجرحى من المقاتلين"),
        "intelligence_reports_provided": ("Intelligence reports provided", "التقارير الاستخبارية المقدَّمة"),
        "joint_operations": ("Joint operations against ISIS", "العمليات المشتركة ضد داعش"),
        "leaders_killed": ("Leaders killed", "القياديون القتلى"),
        "meeting_duration": ("Meeting duration", "مدة الاجتماع"),
        "member_states": ("Member states", "الدول الأعضاء"),
        "russian_generals_at_centre": ("Russian generals at the centre", "الجنرالات الروس في المركز"),
        "shia_leaders_against_withdrawal_share": ("Share of Shia leaders who do not want the US withdrawal", "نسبة القيادات الشيعية التي لا تريد الانسحاب الأمريكي"),
        "staff_per_country": ("Staff per member country", "عدد الأعضاء من كل بلد"),
        "territory_share_held": ("Share of the country's area held", "نسبة مساحة البلاد الخاضعة للسيطرة"),
        "territory_share_liberated": ("Share of ISIS-held territory liberated", "نسبة الأراضي المستعادة من سيطرة داعش"),
        "troops": ("Troops", "الجنود"), "withdrawal_phases": ("Phases of the withdrawal", "مراحل الانسحاب"),
        "working_groups": ("Working groups", "مجموعات العمل"),
        "years_since_founding": ("Years since founding", "السنوات منذ التأسيس"),
        "years_until_withdrawal": ("Years until withdrawal", "السنوات حتى الانسحاب"),
    },
    "unit": {
        "attacks": ("attacks", "هجوم"), "coordinates": ("coordinates", "إحداثية"), "fighters": ("fighters", "مقاتل"),
        "fraction": ("fraction", "نسبة"), "generals": ("generals", "جنرال"), "groups": ("groups", "مجموعة"), "hours": ("hours", "ساعة"),
        "km": ("km", "كيلومتر"), "leaders": ("leaders", "قيادي"), "members": ("members", "عضو"), "months": ("months", "شهر"),
        "operations": ("operations", "عملية"), "per_month": ("per month", "في الشهر"), "percent": ("%", "٪"),
        "phases": ("phases", "مرحلة"), "reports": ("reports", "تقرير"), "states": ("states", "دولة"), "troops": ("troops", "جندي"),
        "years": ("years", "سنة"),
    },
    "subject": {
        "info_centre": ("Quadrilateral information centre", "مركز تبادل المعلومات الرباعي"),
        "intl_coalition": ("International coalition", "التحالف الدولي"),
        "iran_backed_groups": ("Iran-backed armed groups", "الجماعات المسلحة المدعومة من إيران"),
        "iraq_syria_border": ("Iraq–Syria border", "الحدود العراقية السورية"),
        "iraq_us_joint": ("Joint Iraqi–US operations", "العمليات العراقية الأمريكية المشتركة"),
        "iraqi_forces": ("Iraqi forces", "القوات العراقية"), "isis": ("ISIS", "داعش"),
        "peshmerga": ("Peshmerga", "البشمركة"), "quad_coalition": ("Quadrilateral coalition", "التحالف الرباعي"),
        "quad_joint_room": ("Quadrilateral coalition's joint room", "غرفة التحالف الرباعي"),
        "sdf": ("Syrian Democratic Forces (SDF)", "قوات سوريا الديمقراطية (قسد)"),
        "shia_leaders": ("Shia leaders in Iraq", "القيادات الشيعية في العراق"), "us_forces": ("US forces", "القوات الأمريكية"),
    },
    "place": {"both": ("Iraq and Syria", "العراق وسوريا"), "iraq": ("Iraq", "العراق"), "syria": ("Syria", "سوريا"),
              "unspecified": ("Not specified", "غير محدد")},
    "qualifier": {
        "about": ("about", "نحو"), "at_least": ("at least", "ما لا يقل عن"), "at_most": ("at most", "لا يزيد على"),
        "estimated": ("estimated", "يُقدَّر"), "exact": ("as stated", "كما ورد"), "more_than": ("more than", "أكثر من"),
        "nearly": ("nearly", "ما يقرب من"), "range": ("range", "بين"),
    },
    "claimant": {
        "al_araby_al_jadeed": ("Al-Araby Al-Jadeed", "العربي الجديد"), "anonymous_iraqi_official": ("An Iraqi official (anonymous)", "مسؤول عراقي طلب عدم ذكر اسمه"),
        "arabic_wikipedia": ("Arabic Wikipedia", "ويكيبيديا العربية"), "centcom": ("US Central Command (CENTCOM)", "القيادة الأمريكية المركزية (سنتكوم)"),
        "elham_al_najjar": ("Elham al-Najjar (author)", "إلهام النجار (المؤلفة)"), "info_centre_head": ("Head of the information exchange centre (Lt-Gen Saad Mazhar al-Allaq)", "رئيس مركز تبادل المعلومات (الفريق الركن سعد مزهر العلاق)"),
        "iraqi_authorities": ("Iraqi authorities", "السلطات العراقية المعنية"),
        "iraqi_parliament_security_committee_head": ("Head of the Iraqi parliament's security and defence committee", "رئيس لجنة الأمن والدفاع في البرلمان العراقي"),
        "pentagon_officials": ("Pentagon officials", "مسؤولو البنتاغون"), "political_analysts": ("Political analysts", "محللون سياسيون"),
        "quad_joint_room": ("The quadrilateral coalition's room", "غرفة التحالف الرباعي"), "saudi_mofa": ("Saudi Ministry of Foreign Affairs", "وزارة الخارجية السعودية"),
        "senior_us_military_official": ("A senior US military official", "مسؤول عسكري أمريكي كبير"),
        "unnamed_statistics": ("Statistics (unnamed)", "إحصائيات (غير مسمّاة)"), "us_officials": ("US officials", "مسؤولون أمريكيون"),
        "washington_post": ("The Washington Post", "واشنطن بوست"),
    },
    "status": {"reported": ("Reported", "مُبلَّغ عنه"), "claim": ("Claim", "ادعاء"), "disputed": ("Disputed", "مشكوك فيه")},
    "disputed_by": {"observers": ("Observers", "مراقبون")},
    "theme": {
        "intl_coalition": ("International coalition", "التحالف الدولي"), "iraq_military": ("Iraqi military", "الجيش العراقي"),
        "isis": ("ISIS", "داعش"), "politics": ("Politics", "السياسة"), "quad_coalition": ("Quadrilateral coalition", "التحالف الرباعي"),
        "region": ("Region", "المنطقة"), "sdf": ("SDF", "قسد"), "withdrawal": ("Withdrawal", "الانسحاب"),
    },
    "coalition": {"intl_coalition": ("International coalition", "التحالف الدولي"), "quad_coalition": ("Quadrilateral coalition", "التحالف الرباعي")},
    "member": dict(COUNTRIES, **{
        "hezbollah": ("Lebanese Hezbollah", "حزب الله اللبناني"), "iraqi_government": ("Iraqi government", "الحكومة العراقية"),
        "arab_states": ("Arab states", "الدول العربية"), "european_states": ("European states", "الدول الأوروبية"),
        "middle_eastern_states": ("Middle Eastern states", "الدول الشرق أوسطية"), "other_western_states": ("Other Western states", "دول غربية أخرى"),
    }),
    "role": {
        "combat_participant": ("Direct combat participant", "مشارك في الجهد القتالي المباشر"), "declined_to_join": ("Declined to join", "رفض الانضمام"),
        "frontline_partner": ("Frontline partner", "شريك على الخطوط الأمامية"), "host": ("Host (permanent seat)", "المقر الدائم"),
        "leader": ("Leader", "القائد"), "main_pole": ("Most important pole", "القطب الأهم"), "member": ("Member", "عضو"),
        "plus_one": ("The “+1”", "«زائد واحد»"),
    },
    "working_group": {
        "stabilization": ("Stabilization of liberated areas", "دعم الاستقرار في المناطق المحررة"),
        "counter_messaging": ("Countering ISIS propaganda", "مواجهة دعاية داعش"),
        "foreign_terrorist_fighters": ("Stopping the flow of foreign fighters", "وقف تدفق المقاتلين الأجانب"),
        "counter_finance": ("Countering ISIS financing", "التصدي لجهود تمويل داعش"),
        "africa_focus": ("Africa focus group", "مجموعة التركيز الخاصة بأفريقيا"),
    },
    "chair": COUNTRIES,
    "aspect": {
        "chair": ("Chair", "الرئاسة"), "chair_rotation": ("Chair rotation", "تناوب الرئاسة"),
        "meeting_frequency": ("Meeting frequency", "دورية الاجتماعات"), "operations_room": ("Operations room", "غرفة العمليات"),
        "seat": ("Seat", "المقر"), "staffing": ("Staffing", "الأعضاء"),
    },
    "detail": {
        "al_muthanna_airport_camp": ("Al-Muthanna airport camp, central Baghdad", "معسكر مطار المثنى وسط بغداد"),
        "baghdad": ("Baghdad", "بغداد"), "baghdad_green_zone": ("Green Zone, Baghdad", "المنطقة الخضراء في بغداد"),
        "damascus": ("Damascus", "دمشق"),
        "director_of_military_intelligence": ("Director of Iraqi military intelligence", "مدير الاستخبارات العسكرية العراقية"),
        "first_chair": ("First chair", "الرئاسة الأولى"), "four_parties_rotate": ("The four parties rotate", "تتناوب الأطراف الأربعة"),
        "general_staff_representatives": ("Representatives of the four armies' general staffs", "ممثلو هيئات أركان جيوش الدول الأربع"),
        "iraqi_military_intelligence_officer": ("Senior Iraqi military-intelligence officer", "ضابط كبير في الاستخبارات العسكرية العراقية"),
        "joint_room_baghdad": ("The “joint room” in Baghdad", "«الغرفة المشتركة» في بغداد"),
        "members_per_country": ("Members per country", "أعضاء من كل بلد"),
        "military_intelligence_directorate": ("Military intelligence directorate, Iraqi defence ministry", "مديرية الاستخبارات العسكرية بوزارة الدفاع العراقية"),
        "ministry_of_defence": ("Iraqi Ministry of Defence", "وزارة الدفاع العراقية"), "monthly": ("Monthly", "كل شهر"),
        "officers_from_member_states": ("Officers from the member states", "ضباط من الدول الأعضاء"),
        "officers_rotate": ("Officers rotate", "تناوب الضباط"), "russian_generals": ("Russian generals", "جنرالات روس"),
    },
    "country": {k: COUNTRIES[k] for k in ("iraq", "iran", "russia", "syria")} | {
        "all_four": ("All four states", "الدول الأربع"), "each": ("Each member state", "كل بلد"),
    },
    "party": {
        "iraqi_national_alliance": ("Iraqi National Alliance", "الائتلاف الوطني العراقي"),
        "kurdistan_alliance": ("Kurdistan Alliance", "التحالف الكردستاني"),
        "mohammed_al_karbouli": ("MP Mohammed al-Karbouli", "النائب محمد الكربولي"),
        "mowaffak_al_rubaie": ("MP Mowaffak al-Rubaie", "النائب موفق الربيعي"),
        "national_forces_alliance": ("National Forces Alliance", "تحالف القوى الوطنية"),
        "popular_mobilization": ("Popular Mobilization Forces", "الحشد الشعبي"),
        "sunni_armed_factions": ("Sunni armed opposition factions", "الفصائل السنية المسلحة المعارضة"),
    },
    "party_type": {"armed_group": ("Armed group", "فصيل مسلح"), "party": ("Political bloc", "كتلة سياسية"), "person": ("Person", "شخص")},
    "affiliation": {
        "national_forces_alliance": ("National Forces Alliance", "تحالف القوى الوطنية"),
        "state_of_law_coalition": ("State of Law Coalition", "ائتلاف دولة القانون"),
    },
    "stance": {"for": ("For", "مؤيد"), "against": ("Against", "رافض")},
    "listed_under": {"for": ("Listed among supporters", "مدرج ضمن الأطراف المؤيدة"), "against": ("Listed among opponents", "مدرج ضمن الأطراف الرافضة")},
    "reason": {
        "reference_marker": ("Reference marker", "رقم إحالة مرجعية"),
        "repeat_of": ("Repeat of a data row", "تكرار لصف بيانات"),
        "date_part": ("Part of a date", "جزء من تاريخ"),
        "not_a_figure": ("Not a figure", "ليس رقماً إحصائياً"),
    },
    "source": {
        "S000": ("Al-Araby Al-Jadeed, 2023 (inferred)", "العربي الجديد، 2023 (مستنتج)"),
        "S001": ("Arabic Wikipedia, undated", "ويكيبيديا العربية، دون تاريخ"),
        "S002": ("Elham al-Najjar, research centre, 15 Oct 2024", "إلهام النجار، مركز بحثي، 15 أكتوبر 2024"),
        "S003": ("Al-Araby Al-Jadeed, August 2020 (inferred)", "العربي الجديد، أغسطس 2020 (مستنتج)"),
        "S004": ("Analysis, late January 2024 (inferred)", "تحليل، أواخر يناير 2024 (مستنتج)"),
    },
    "table": {
        "sources": ("Sources", "المصادر"), "facts": ("Facts", "الوقائع الرقمية"), "events": ("Events", "الأحداث"),
        "coalition_members": ("Coalition members and roles", "أعضاء التحالفين وأدوارهم"),
        "working_groups": ("Working groups of the international coalition", "مجموعات عمل التحالف الدولي"),
        "info_centre": ("The quadrilateral information centre", "مركز المعلومات الرباعي"),
        "stances": ("Stances toward the quadrilateral agreement", "المواقف من الاتفاق الرباعي"),
        "references": ("References cited by the sources", "المراجع التي تستشهد بها المصادر"),
        "reconciliation": ("Reconciliation notes", "ملاحظات التوفيق بين الأرقام"),
        "exclusions": ("Numbers that are not data", "أرقام ليست بيانات"),
    },
}


def build(event_labels: dict[str, tuple[str, str]]) -> None:
    used = {}
    for table, cols in {"coalition_members": ("member",), "working_groups": ("chair",), "info_centre": ("country",)}.items():
        for row in csv.DictReader((data_dir() / f"{table}.csv").open(encoding="utf-8")):
            for col in cols:
                used.setdefault(col, set()).add(row[col])
    rows = []
    for column, codes in ENTRIES.items():
        for code, (en, ar) in codes.items():
            if column in used and code not in used[column]:
                continue  # the shared country list: keep only codes this column uses
            rows.append({"key": f"{column}.{code}", "kind": column, "en": en, "ar": ar})
    for event_id, (en, ar) in event_labels.items():
        rows.append({"key": f"event.{event_id}", "kind": "event", "en": en, "ar": ar})
    # event codes: a generic label where several sources date the same event, else the event's label
    generic = {
        "intl_coalition_formed": ("The international coalition against ISIS is formed", "تشكيل التحالف الدولي ضد داعش"),
        "quad_coalition_formed": ("The quadrilateral coalition (Russia, Iran, Iraq, Syria) is formed", "تشكيل التحالف الرباعي (روسيا وإيران والعراق وسوريا)"),
    }
    events = list(csv.DictReader((data_dir() / "events.csv").open(encoding="utf-8")))
    done = set()
    for row in events:
        if row["event_code"] not in done:
            done.add(row["event_code"])
            en, ar = generic.get(row["event_code"], event_labels[row["event_id"]])
            rows.append({"key": f"event_code.{row['event_code']}", "kind": "event_code", "en": en, "ar": ar})
    write_catalogue(rows, data_dir() / "catalogue")


def _plain_to_ftl(text: str) -> str:
    """Generated text holds no variables: escape Fluent's braces, indent continuation lines."""
    text = text.strip().replace("{", '{"{"}').replace("}", '{"}"}')
    lines = text.split("\n")
    if len(lines) == 1:
        return " " + text
    return "\n" + "\n".join(("    " + (('{"' + l[0] + '"}' + l[1:]) if l[:1] in "[*." else l)) if l.strip() else "" for l in lines)


def write_catalogue(rows: list[dict[str, str]], folder) -> None:
    """Write the generated entries into data/catalogue/{en,ar}.ftl (Project Fluent).

    Prose written by hand (ui.*, chapter text) lives in the same files: keep every message
    whose key this generator does not make, with its Fluent source as written, after the
    generated ones. Ids are keys with '.' -> '-'."""
    from analysis.catalogue import catalogue, key_to_id

    generated = {row["key"] for row in rows}
    generated_kinds = set(ENTRIES) | {"event", "event_code"}
    kept = {}
    if (folder / "en.ftl").exists():
        kept = {k: v for k, v in catalogue(folder).items()
                if k not in generated and k.split(".", 1)[0] not in generated_kinds}
    folder.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "ar"):
        out, kind = [f"# The catalogue ({lang}): every word readers see. Same message ids in en.ftl and ar.ftl.\n"
                     "# Ids are the code's keys with '.' -> '-' (attacks.intro -> attacks-intro).\n"], None
        entries = [(r["key"], _plain_to_ftl(r[lang])) for r in rows]
        entries += [(k, (" " + v[lang]) if "\n" not in v[lang] else "\n    " + v[lang]) for k, v in kept.items()]
        for key, body in entries:
            if key.split(".", 1)[0] != kind:
                kind = key.split(".", 1)[0]
                out.append(f"\n## {kind}\n\n")
            out.append(f"{key_to_id(key)} ={body}\n")
        (folder / f"{lang}.ftl").write_text("".join(out), encoding="utf-8")
    print(f"catalogue: {len(rows) + len(kept)} messages")
