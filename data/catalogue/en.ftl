# The catalogue (en): every word readers see. Same message ids in en.ftl and ar.ftl.
# Ids are the code's keys with '.' -> '-' (attacks.intro -> attacks-intro).

## kind

kind-news = News report
kind-encyclopedia = Encyclopedia article
kind-research = Research paper
kind-analysis = Analysis
kind_count-news =
    { $n ->
        [one] a news report
       *[other] { WORDS($n) } news reports
    }
kind_count-encyclopedia =
    { $n ->
        [one] an encyclopedia article
       *[other] { WORDS($n) } encyclopedia articles
    }
kind_count-research =
    { $n ->
        [one] a research paper
       *[other] { WORDS($n) } research papers
    }
kind_count-analysis =
    { $n ->
        [one] an analysis
       *[other] { WORDS($n) } analyses
    }
kind-same_number_different_things = Same number, different things
kind-same_thing_same_number = Same thing, same number
kind-same_thing_different_accounts = Same thing, different accounts
kind-same_thing_different_numbers = Same thing, different numbers
kind-different_periods = Different periods
kind-same_period_different_things = Same period, different things
kind-count_differs_from_list = Stated count differs from the list
kind-same_event_different_precision = Same event, different precision
kind-different_expectations = Different expectations
kind-different_things_context = Different things, not to be combined

## publisher

publisher-al_araby_al_jadeed = Al-Araby Al-Jadeed
publisher-arabic_wikipedia = Arabic Wikipedia
publisher-research_centre_unnamed = a research centre (name not given)
publisher-independent_arabia = Independent Arabia
publisher-saudi_mofa = Saudi Ministry of Foreign Affairs
publisher-rt_arabic = RT Arabic
publisher-bbc_arabic = BBC Arabic
publisher-asharq_al_awsat = Asharq Al-Awsat
publisher-alhurra = Alhurra
publisher-alarabiya = Al Arabiya
publisher-cnn = CNN
publisher-washington_post = The Washington Post
publisher-al_monitor = Al-Monitor

## date_precision

date_precision-day = Day
date_precision-month = Month
date_precision-year = Year
date_precision-not_before = Not before this date

## precision

precision-day = Day
precision-month = Month
precision-year = Year

## date_status

date_status-stated = Stated
date_status-inferred = Inferred
date_status-unknown = Unknown

## language

language-ar = Arabic

## topic

topic-attacks = Attacks
topic-casualties = Casualties
topic-forces = Forces
topic-forecast = Forecast
topic-geography = Geography
topic-intelligence = Intelligence
topic-operations = Operations
topic-politics = Politics
topic-structure = Structure
topic-territory = Territory
topic-withdrawal = Withdrawal

## metric

metric-attacks = Attacks
metric-attacks_on_us_positions = Attacks on US military positions
metric-border_length = Length of the Iraq–Syria border
metric-campaign_duration = Duration of the military campaigns
metric-chair_rotation_interval = Chair rotation interval
metric-chair_term = Length of a chair's term
metric-coordinates_provided = Coordinates of ISIS locations provided
metric-fighters_at_large = Fighters still at large
metric-fighters_killed = Fighters killed
metric-fighters_killed_or_arrested_in_daily_operations = Militants killed or arrested in daily operations
metric-fighters_wounded = Fighters wounded
metric-intelligence_reports_provided = Intelligence reports provided
metric-joint_operations = Joint operations against ISIS
metric-leaders_killed = Leaders killed
metric-meeting_duration = Meeting duration
metric-member_states = Member states
metric-russian_generals_at_centre = Russian generals at the centre
metric-shia_leaders_against_withdrawal_share = Share of Shia leaders who do not want the US withdrawal
metric-staff_per_country = Staff per member country
metric-territory_share_held = Share of the country's area held
metric-territory_share_liberated = Share of ISIS-held territory liberated
metric-troops = Troops
metric-withdrawal_phases = Phases of the withdrawal
metric-working_groups = Working groups
metric-years_since_founding = Years since founding
metric-years_until_withdrawal = Years until withdrawal
metric-troops_withdrawal_argued = US soldiers whose withdrawal is argued about

## unit

unit-attacks = attacks
unit-coordinates = coordinates
unit-fighters = fighters
unit-fraction = fraction
unit-generals = generals
unit-groups = groups
unit-hours = hours
unit-km = km
unit-leaders = leaders
unit-members = members
unit-months = months
unit-operations = operations
unit-per_month = per month
unit-percent = %
unit-phases = phases
unit-reports = reports
unit-states = states
unit-troops = troops
unit-years = years

## subject

subject-info_centre = Quadrilateral information centre
subject-intl_coalition = International coalition
subject-iran_backed_groups = Iran-backed armed groups
subject-iraq_syria_border = Iraq–Syria border
subject-iraq_us_joint = Joint Iraqi–US operations
subject-iraqi_forces = Iraqi forces
subject-isis = ISIS
subject-peshmerga = Peshmerga
subject-quad_coalition = Quadrilateral coalition
subject-quad_joint_room = Quadrilateral coalition's joint operations room
subject-sdf = Syrian Democratic Forces (SDF)
subject-shia_leaders = Shia leaders in Iraq
subject-us_forces = US forces

## place

place-both = Iraq and Syria
place-iraq = Iraq
place-syria = Syria
place-unspecified = Not specified

## qualifier

qualifier-about = about
qualifier-at_least = at least
qualifier-at_most = at most
ui-range_between = between { $low } and { $high }
qualifier-estimated = estimated
ui-estimated_share = an estimated { $share }
qualifier-exact = as stated
qualifier-more_than = more than
qualifier-nearly = nearly
qualifier-range = range

## claimant

claimant-al_araby_al_jadeed = Al-Araby Al-Jadeed
claimant-anonymous_iraqi_official = An Iraqi official (anonymous)
claimant-arabic_wikipedia = Arabic Wikipedia
claimant-elham_al_najjar = Elham al-Najjar (author)
claimant-info_centre_head = Lt-Gen Saad Mazhar al-Allaq, head of the Information Exchange Centre
claimant-iraqi_parliament_security_committee_head = Head of the Iraqi parliament's Security and Defence Committee
claimant-pentagon_officials = Pentagon officials
claimant-political_analysts = Political analysts
claimant-centcom_via_political_analysts = US Central Command (CENTCOM), as cited by political analysts
claimant-quad_joint_room = The quadrilateral coalition's joint operations room
claimant-saudi_mofa = Saudi Ministry of Foreign Affairs
claimant-senior_us_military_official = A senior US military official
claimant-unnamed_statistics = Statistics (unnamed)
claimant-us_officials = US officials
claimant-washington_post = The Washington Post

## status

status-reported = Reported
status-claim = Claimed
status-disputed = Disputed

## disputed_by

disputed_by-observers = observers
disputed_by-sceptics_and_the_article = reactions the article does not attribute, some sceptical of the announced figures, others criticising the Quadripartite coalition's habitual one-upmanship

## theme

theme-intl_coalition = International coalition
theme-iraq_military = Iraqi military
theme-isis = ISIS
theme-politics = Politics
theme-quad_coalition = Quadrilateral coalition
theme-region = Region
theme-sdf = SDF
theme-withdrawal = Withdrawal
theme-escalation = US–militia escalation

## coalition

coalition-intl_coalition = International coalition
coalition-quad_coalition = Quadrilateral coalition

## member

member-iraq = Iraq
member-iran = Iran
member-russia = Russia
member-syria = Syria (the Assad government)
member-united_states = United States
member-united_kingdom = United Kingdom
member-france = France
member-hezbollah = Lebanese Hezbollah
member-iraqi_government = Iraqi government
member-arab_states = Arab states
member-european_states = European states
member-middle_eastern_states = Middle Eastern states
member-other_western_states = other Western states

## role

role-combat_participant = Direct combat participants
role-declined_to_join = Declined to join
role-frontline_partner = Frontline partner
role-host = Host (permanent seat)
role-leader = Leader
role-main_pole = Most important member (“pole”)
role-member = Member
role-plus_one = The “+1”

## working_group

working_group-stabilization = Stabilisation of liberated areas
working_group-counter_messaging = Countering ISIS propaganda
working_group-foreign_terrorist_fighters = Stopping the flow of foreign fighters
working_group-counter_finance = Countering ISIS financing
working_group-africa_focus = Africa focus group

## chair

chair-united_states = United States
chair-united_kingdom = United Kingdom
chair-germany = Germany
chair-italy = Italy
chair-netherlands = Netherlands
chair-turkey = Turkey
chair-uae = United Arab Emirates
chair-the_kingdom = “The Kingdom” (unnamed; the cited page is the Saudi foreign ministry's)

## aspect

aspect-chair = Chair
aspect-chair_rotation = Chair rotation
aspect-meeting_frequency = Meeting frequency
aspect-operations_room = Operations rooms
aspect-seat = Seat
aspect-staffing = Staffing
aspect-assessment = Status, as the sources assess it

## detail

detail-al_muthanna_airport_camp = Al-Muthanna Airport camp, central Baghdad
detail-baghdad = Baghdad
detail-baghdad_green_zone = Green Zone, Baghdad
detail-damascus = Damascus
detail-director_of_military_intelligence = Director of Iraqi military intelligence
detail-first_chair = First chair
detail-four_parties_rotate = The four parties rotate
detail-general_staff_representatives = Representatives of the four armies' general staffs
detail-iraqi_military_intelligence_officer = Senior Iraqi military-intelligence officer
detail-joint_room_baghdad = The ‘Joint Room’ in Baghdad
detail-members_per_country = Members per country
detail-military_intelligence_directorate = Military Intelligence Directorate, Iraqi Ministry of Defence
detail-ministry_of_defence = Iraqi Ministry of Defence
detail-monthly = Monthly (before the lull in meetings)
detail-officers_from_member_states = Officers from the member states
detail-officers_rotate = Officers rotate
detail-russian_generals = Russian generals
detail-lull_since_abdul_mahdi = Lull in meetings and exchange since Abdul-Mahdi's government resigned
detail-media_more_than_field = More effective in the media than in the field
detail-formal_coalition_or_courtesy = The coalition: “a coalition in name only or a political courtesy” since the Russia–Ukraine war

## detail_in_text

detail_in_text-al_muthanna_airport_camp = the al-Muthanna Airport camp in central Baghdad
detail_in_text-military_intelligence_directorate = the Military Intelligence Directorate of the Iraqi Ministry of Defence

## country

country-iraq = Iraq
country-iran = Iran
country-russia = Russia
country-syria = Syria (the Assad government)
country-all_four = All four states
country-each = Each member state

## party

party-iraqi_national_alliance = National Alliance
party-kurdistan_alliance = Kurdistan Alliance
party-mohammed_al_karbouli = MP Mohammed al-Karbouli
party-mowaffak_al_rubaie = MP Mowaffak al-Rubaie
party-national_forces_alliance = National Forces Alliance
party-popular_mobilization = Popular Mobilization Forces
party-sunni_armed_factions = Sunni armed opposition factions

## party_type

party_type-armed_group = Armed group
party_type-party = Political bloc
party_type-person = Person

## affiliation

affiliation-national_forces_alliance = National Forces Alliance
affiliation-state_of_law_coalition = State of Law Coalition

## stance

stance-for = For
stance-against = Against

## listed_under

listed_under-for = Listed among supporters
listed_under-against = Listed among opponents

## reason

reason-reference_marker = Reference marker
reason-repeat_of = Repeat of a recorded figure
reason-date_part = Part of a date
reason-not_a_figure = Not a figure

## table

table-sources = Sources
table-facts = Facts
table-events = Events
table-coalition_members = Coalition members and roles
table-working_groups = Working groups of the international coalition
table-info_centre = The quadrilateral information centre
table-stances = Stances toward the quadrilateral agreement
table-references = References cited by the sources
table-reconciliation = Reconciliation notes
table-exclusions = Numbers that are not data

## area

area-anbar_desert = the Anbar desert
area-hamrin_mountains = the Hamrin Mountains
area-makhmour = Makhmour
area-qara_chokh = Qara Chokh (within Kirkuk, Nineveh and parts of Salah al-Din)

## event

event-E001 = The US-formed international coalition against ISIS (September 2014)
event-E002 = Iraq, Iran, Russia and the Assad government announce the quadrilateral coalition
event-E003 = Russia and Iran used Iraqi airspace as an air bridge to Syria (according to an unnamed senior official at the Iraqi Ministry of Defence)
event-E004 = Al-Qaim border crossing reopened, a recommendation of the coalition
event-E005 = The coalition's joint operations room claims 23,000 ISIS fighters killed in four years
event-E006 = ISIS seizes territory in Iraq
event-E007 = Baghdad announces the recovery of all Iraqi territory held by ISIS
event-E008 = Col. Ahmed Abdul-Sattar al-Obeidi discharged after injuries
event-E009 = Last announced meeting of the quadrilateral coalition, in Baghdad
event-E010 = ISIS appears in Iraq
event-E011 = ISIS expands into Syria and adopts the name “Islamic State of Iraq and the Levant”
event-E012 = The US administration calls for an international coalition against ISIS
event-E013 = Agreement between Russia, Iran, Iraq and Syria at the end of September 2015
event-E014 = Decision to set up the information centre of the four states
event-E015 = The region enters a spiral of violence after popular protests
event-E016 = The Syrian Democratic Forces are formed (autumn 2015)
event-E017 = President Obama announces the international coalition against ISIS
event-E018 = Phase one: the international coalition's mission ends
event-E019 = Phase two: US operations from Iraq in support of the fight in Syria until 2026
event-E020 = Some US forces may remain at Harir Air Base after 2026
event-E021 = The earlier US withdrawal from Iraq
event-E022 = ISIS seizes a vast area of Iraq
event-E023 = Iraqi parliament votes for the withdrawal of US forces (not implemented)
event-E024 = The new Iraqi political order after 2003
event-E025 = The quadrilateral coalition announced in Baghdad
event-E026 = Coordination on the Iraq–Syria border, including the al-Qaim crossing
event-E027 = Abdul-Mahdi's government resigns
event-E028 = National security adviser al-Araji meets the Russian ambassador
event-E029 = First round of the Iraq–US dialogue on ending the coalition's mission
event-E030 = ISIS defeated in its last stronghold, on the Syrian side of the border
event-E031 = Quds Force commander Esmail Qaani's secret visit to Baghdad
event-E032 = US air strikes inside Iraq on Iran-backed fighters
event-E033 = US soldiers killed in north-east Jordan by militia shelling
event-E034 = Militias announce a halt to operations against US forces
event-E035 = Joint Higher Military Commission reviews the coalition's mission
event-E036 = After the November elections, US forces begin leaving Ain al-Asad and Baghdad airport

## event_code

event_code-us_calls_for_coalition = The US administration calls for an international coalition against ISIS
event_code-intl_coalition_formed = The international coalition against ISIS is formed
event_code-quad_coalition_formed = The quadrilateral coalition (Russia, Iran, Iraq, Syria) is formed
event_code-airspace_air_bridge = Russia and Iran used Iraqi airspace as an air bridge to Syria (according to an unnamed senior official at the Iraqi Ministry of Defence)
event_code-al_qaim_crossing_reopened = Al-Qaim border crossing reopened, a recommendation of the coalition
event_code-quad_kill_claim = The coalition's joint operations room claims 23,000 ISIS fighters killed in four years
event_code-isis_seized_iraqi_territory = ISIS seizes territory in Iraq
event_code-iraq_territory_recovered = Baghdad announces the recovery of all Iraqi territory held by ISIS
event_code-obaidi_discharged = Col. Ahmed Abdul-Sattar al-Obeidi discharged after injuries
event_code-last_quad_meeting = Last announced meeting of the quadrilateral coalition, in Baghdad
event_code-isis_appeared = ISIS appears in Iraq
event_code-isis_expanded_to_syria = ISIS expands into Syria and adopts the name “Islamic State of Iraq and the Levant”
event_code-info_centre_established = Decision to set up the information centre of the four states
event_code-regional_unrest_began = The region enters a spiral of violence after popular protests
event_code-sdf_formed = The Syrian Democratic Forces are formed (autumn 2015)
event_code-withdrawal_phase_one_ends = Phase one: the international coalition's mission ends
event_code-withdrawal_phase_two_ends = Phase two: US operations from Iraq in support of the fight in Syria until 2026
event_code-us_forces_may_stay_in_harir = Some US forces may remain at Harir Air Base after 2026
event_code-us_withdrawal_2011 = The earlier US withdrawal from Iraq
event_code-parliament_withdrawal_vote = Iraqi parliament votes for the withdrawal of US forces (not implemented)
event_code-new_political_order = The new Iraqi political order after 2003
event_code-abdul_mahdi_government_resigned = Abdul-Mahdi's government resigns
event_code-araji_meets_russian_ambassador = National security adviser al-Araji meets the Russian ambassador
event_code-dialogue_first_round = First round of the Iraq–US dialogue on ending the coalition's mission
event_code-isis_last_stronghold_defeated = ISIS defeated in its last stronghold, on the Syrian side of the border
event_code-qaani_visits_baghdad = Quds Force commander Esmail Qaani's secret visit to Baghdad
event_code-us_strikes_in_iraq = US air strikes inside Iraq on Iran-backed fighters
event_code-us_soldiers_killed_jordan = US soldiers killed in north-east Jordan by militia shelling
event_code-militias_halt_attacks = Militias announce a halt to operations against US forces
event_code-higher_military_commission_review = Joint Higher Military Commission reviews the coalition's mission
event_code-us_forces_begin_leaving_bases = After the November elections, US forces begin leaving Ain al-Asad and Baghdad airport

## ui

ui-sources = Sources
ui-sources_section = Sources for this chapter
ui-undated = undated
ui-page_of = Page { $page } of { $total }
ui-index_title = Reports on the coalitions against ISIS
ui-translation_mark = Our translation:
ui-lang_name = English

## overview

overview-title = The evidence behind this report
overview-intro =
    This report rests on { $facts ->
            [one] one cited figure
           *[other] { WORDS($facts) } cited figures
        } drawn from { WORDS($with_facts) } of the { $sources ->
            [one] one Arabic source
           *[other] { WORDS($sources) } Arabic sources
        }{ $unused }. { $dates_sentence }. Each figure keeps the qualifier its source gives it (“at least”, “about”, “more than”), the period it refers to and how that is known, and the exact words that state it; the numbered evidence list, to which the line under each chart links, quotes each one.
overview-unused = {" "}(no figure comes from { $names }; { $count ->
        [one] it supplies
       *[other] they supply
    } { $quotes ->
        [one] one quote
       *[other] { $quotes } quotes
    }{ $count ->
        [one] {""}
       *[other] {" "}between them
    })
overview-chart_title_most = Most of the cited figures come from { $source } ({ $top } of { $all })
overview-chart_title_largest = The largest share of the cited figures comes from { $source } ({ $top } of { $all })
overview-chart_title = Cited figures by source and topic
overview-axis_facts = Number of cited figures

## forces

forces-title = Ending the international coalition's mission: forces on the ground and the withdrawal plan
forces-intro_troops =
    Pentagon officials, { $quoted }, put the American presence ({ $period }) at { $iraq ->
            [one] { WORDS($iraq) } soldier
           *[other] { WORDS($iraq) } troops
        } in Iraq and { $syria ->
            [one] { WORDS($syria) }
           *[other] { WORDS($syria) }
        } in Syria, the latter deployed as a buffer against the return of ISIS.
forces-intro_fighters =
    As for ISIS itself, a senior US military official told reporters that { $fighters ->
            [one] { WORDS($fighters) } of its fighters was
           *[other] { WORDS($fighters) } of its fighters were
        } still at large in Iraq and Syria ({ $source }; { $period }). That is an estimate of an armed group's members, not of an army, and is not comparable with troop numbers, though both are reported here.
forces-intro_staff =
    The encyclopedia article describes the quadrilateral coalition's information centre in Baghdad: { $staff ->
            [one] one member
           *[other] { WORDS($staff) } members
        } from each of the four countries, as the head of the Iraqi parliament's Security and Defence Committee told Reuters (the article reports), and { $generals ->
            [one] one Russian general
           *[other] { WORDS($generals) } Russian generals
        }, in the words of an Iraqi official who asked not to be named. { $dates }
forces-staff_dates_both_inferred = Neither figure carries a stated date: both describe the centre's first week ({ $period }).
forces-staff_dates_all_inferred = None of these figures carries a stated date: all describe the centre's first week ({ $period }).
forces-staff_dates_stated =
    { $dated ->
        [0] The article states no date for these figures.
        [one] One of these figures carries a stated date.
       *[other] { WORDS($dated) } of these figures carry a stated date.
    }
forces-cannot_show = What these numbers do not show: each is one claimant's figure at one moment, so none of them traces a force over time; no source says how many troops are to leave in each phase, nor how the estimate of fighters at large was made. Soldiers, fighters and centre staff are different kinds of people, so this report never adds them up.
forces-chart_title = Troops, fighters and centre staff: three separate counts
forces-units_caveat = Different units: each panel has its own scale; the bars are not comparable across panels.
forces-panel_us_forces = US troops
forces-panel_isis = ISIS fighters still at large
forces-panel_info_centre = Quadrilateral information centre: staff
forces-axis_us_forces = US troops
forces-axis_isis = ISIS fighters
forces-axis_info_centre = People
forces-hover_fact = { $label }: <b>{ $value }</b><br>Refers to: { $period }<br>According to: { $claimant }<br>Source: { $source }
forces-not_stated = (not stated in the sources up to this date)
forces-timeline_title = The withdrawal plan as the sources date it
forces-phases_note =
    US officials: a transition { $n ->
            [one] in a single phase
           *[other] in { WORDS($n) } phases
        }. Bars show the span a date can cover (a month or a year).
forces-legend_day = Dated to the day
forces-legend_month = Dated to the month
forces-legend_year = Dated to the year only
forces-legend_planned = Planned or expected: dated after its source, drawn hollow
forces-precision_word_day = day
forces-precision_word_month = month
forces-precision_word_year = year
forces-hover_event = <b>{ $date }</b> (date given to the { $precision })<br>{ $label }<br>Source: { $source }
forces-notes_title = Reconciling the sources
forces-disputed_included = This edition includes disputed claims; none of the figures charted in this chapter is disputed.
forces-disputed_included_some =
    This edition includes disputed claims; { $n ->
        [one] one of the figures in this chapter is one, and is marked
       *[other] { WORDS($n) } of the figures in this chapter are, and are marked
    }.
forces-disputed_left_out =
    { $n ->
            [one] This edition leaves out one disputed claim (it is not a figure of this chapter).
           *[other] This edition leaves out { WORDS($n) } disputed claims (none of them is a figure of this chapter).
        }
forces-no_withdrawal = None of the sources published up to this date describes a withdrawal plan.
forces-withdrawal_text =
    { $source_name } reports that US officials expect a transition { $phases ->
            [one] in a single phase
           *[other] in { WORDS($phases) } phases
        }. In the first, which lasts until { $phase_one }, the international coalition's mission ends; in the second, the United States keeps working from Iraq until { $phase_two } in support of operations against ISIS in Syria, and Iraqi officials say some US forces may stay at Harir Air Base afterwards because the Kurdistan Regional Government wants them to.
forces-bases_text = The same paragraph names the bases: after the November elections, US forces are to begin leaving Ain al-Asad Air Base in western Iraq and Baghdad International Airport, and to move to Harir Air Base in Erbil, in the Kurdistan Region. The chart below places that start in { $month }.
forces-same_paper = The same paper
forces-same_paper_citing = The same paper, citing { $origin },
forces-forecast_text =
    A plan is an intention, not a record. { $same_paper } quotes one analyst who expects this withdrawal only after { $years ->
            [one] a year
           *[other] { WORDS($years) } years
        }. The analyst gives no starting point, so this report computes no end date and does not place the expectation on the time axis.

## casualties

casualties-title = The human cost: losses among the forces that fought ISIS, and disputed claims
casualties-intro =
    One source, { $source_name }, gives the losses of the forces that fought ISIS on the ground. By its count the Syrian Democratic Forces (SDF) lost { $sdf_killed ->
            [one] { WORDS($sdf_killed) } fighter killed
           *[other] { WORDS($sdf_killed) } fighters killed
        } and { $sdf_wounded ->
            [one] { WORDS($sdf_wounded) } wounded
           *[other] { WORDS($sdf_wounded) } wounded
        }; the Peshmerga { $peshmerga_killed ->
            [one] { WORDS($peshmerga_killed) } killed
           *[other] { WORDS($peshmerga_killed) } killed
        } and { $peshmerga_wounded ->
            [one] { WORDS($peshmerga_wounded) } wounded
           *[other] { WORDS($peshmerga_wounded) } wounded
        }; and Iraqi forces (security forces and Popular Mobilization factions together) { $iraqi_forces_killed ->
            [one] { WORDS($iraqi_forces_killed) } killed
           *[other] { WORDS($iraqi_forces_killed) } killed
        }.
casualties-limits = The limits of these figures: most are bounds or approximations — the source's own “at least” and “about” are printed on each bar — and none comes with a date or a period beyond the years of fighting. There is no wounded figure for Iraqi forces. Since the qualifiers differ, the figures are not added into a single total.
casualties-civilians = Civilians get no number at all. The same paper says only, in words, that “tens of thousands of civilians lost their lives, and others were wounded” during the years ISIS held territory in Syria and Iraq ({ $civilians_source }). The chart says so in words rather than drawing a bar.
casualties-claims =
    Deaths on the ISIS side appear only as claims. { $claimant } announced in { $claim_year } that it had killed { $claim_fighters_killed ->
            [one] { WORDS($claim_fighters_killed) } ISIS fighter
           *[other] { WORDS($claim_fighters_killed) } ISIS fighters
        } in four years, { $claim_leaders_killed ->
            [one] { WORDS($claim_leaders_killed) } of them a leader
           *[other] { WORDS($claim_leaders_killed) } of them leaders
        } ({ $claim_source }). The same article reports that the announcement met with sceptical reactions and with criticism of the coalition's grandstanding. These figures are therefore kept apart from the forces' losses, marked disputed, and never set against them.
casualties-none_yet = No source stated by this edition's date gives the losses of the forces that fought ISIS: those figures come from a later source, { $civilians_name }.
casualties-left_out =
    { $n ->
            [one] This edition leaves out one disputed claim: the kill counts claimed by the quadrilateral coalition are not shown.
           *[other] This edition leaves out { WORDS($n) } disputed claims, among them the kill counts claimed by the quadrilateral coalition.
        }
casualties-note = **Reconciling the sources.** { $text }
casualties-chart_forces = Killed and wounded fighting ISIS, by force
casualties-axis_fighters = Fighters (with the source's qualifier)
casualties-civilians_row = Civilians
casualties-civilians_words = “tens of thousands” killed and others wounded (no number given)
casualties-not_given_metric = { $metric }: not given
casualties-chart_claims = Claimed ISIS deaths: a disputed claim, shown separately
casualties-claim_fighters_killed = ISIS fighters killed
casualties-claim_leaders_killed = Of whom leaders:
casualties-legend_disputed = Claim, disputed
casualties-disputed_by_label = Disputed by
casualties-claims_annotation = Claimed by { $claimant } in { $claim_year }, covering four years.<br>Disputed by: { $disputed_by }.
casualties-axis_claimed = Claimed (not verified)

## structure

structure-title = The two coalitions compared
structure-intro_with_size =
    Two coalitions fought ISIS in Iraq and Syria, and they were built very differently. The US-led international coalition is put at { $intl_states ->
            [one] { WORDS($intl_states) } state
           *[other] { WORDS($intl_states) } states
        }; the quadrilateral coalition brought together { $quad_states ->
            [one] { WORDS($quad_states) }
           *[other] { WORDS($quad_states) }
        } — Russia, Syria, Iran and Iraq — and an encyclopedia article adds Lebanese Hezbollah as the “+1”. The table below sets out, coalition by coalition, who held which role as the sources name them.
structure-intro_without_size =
    Two coalitions fought ISIS in Iraq and Syria, and they were built very differently. No source up to this edition's date says how many states the US-led international coalition counted; the quadrilateral coalition brought together { $quad_states ->
            [one] { WORDS($quad_states) }
           *[other] { WORDS($quad_states) }
        } — Russia, Syria, Iran and Iraq — and an encyclopedia article adds Lebanese Hezbollah as the “+1”. The table below sets out, coalition by coalition, who held which role as the sources name them.
structure-intro_limits =
    What the sources leave out matters as much. They name { $named_states } one by one, as the leader, as combat participants or as working-group chairs: { $names }. The others appear only as “European, Arab and Middle Eastern states” or “other Western states”, against { $intl_states ->
        [one] the one member
       *[other] the { WORDS($intl_states) } members
    } one source counts. The table cannot give a membership list the texts do not give.
structure-coalitions_heading = Members and roles
structure-both_coalitions = The two coalitions
structure-intl_states = { $n } states
structure-quad_states = “{ $n }+1”
structure-chart_coalitions = Who is in each coalition, and in what role
structure-wg_heading = The international coalition's working groups
structure-wg_text =
    One source, { $source_name }, describes how the international coalition divided its work. It announces { $announced ->
            [one] one working group
           *[other] { WORDS($announced) } working groups
        }, then lists { $listed ->
            [one] one
           *[other] { WORDS($listed) }
        }, and names chairs for { $chaired ->
            [one] one of them
           *[other] { WORDS($chaired) } of them
        }. Each of those has more than one chair; the state that recurs most, { $top_chair }, is a co-chair of { $top_n ->
            [one] one of them
           *[other] { WORDS($top_n) } of them
        }. One chair is called only “the Kingdom”: the text does not say which kingdom, and this report does not guess.
structure-wg_text_listed =
    One source, { $source_name }, describes how the international coalition divided its work. It lists { $listed ->
            [one] one working group
           *[other] { WORDS($listed) } working groups
        } and names chairs for { $chaired ->
            [one] one of them
           *[other] { WORDS($chaired) } of them
        }. Each of those has more than one chair; the state that recurs most, { $top_chair }, is a co-chair of { $top_n ->
            [one] one of them
           *[other] { WORDS($top_n) } of them
        }. One chair is called only “the Kingdom”: the text does not say which kingdom, and this report does not guess.
structure-wg_none = No source published up to this edition's date describes the international coalition's working groups.
structure-wg_root = Working groups: { WORDS($announced) } announced, { WORDS($listed) } listed
structure-wg_root_listed = Working groups: { WORDS($listed) } listed
structure-label_for = { $what }, for { $count }
structure-no_chair = No chair named
structure-chart_working_groups = Working groups and the states that chair them
structure-centre_heading = The quadrilateral information centre
structure-centre_text =
    The quadrilateral coalition's main shared body was an Information Exchange Centre in Baghdad. { $n ->
        [one] One source describes it
       *[other] It is described by { WORDS($n) } sources, each in part
    }: where it sat, who chaired it, who staffed it and how often its members met. They agree on Baghdad; one of them says the centre began at the al-Muthanna Airport camp and later moved to the Military Intelligence Directorate of the Iraqi Ministry of Defence, but no source dates the move, so the table below gives an order, not dates.
structure-centre_numbers =
    By one account each member state sends { $staff ->
            [one] one member
           *[other] { WORDS($staff) } members
        }{ $period }; the chair changes hands { $months ->
            [one] every month
           *[other] every { WORDS($months) } months
        }, though the sources disagree on who takes part in the rotation (see the note below).
structure-centre_claims =
    The centre's head, in a statement to the official Iraqi News Agency, claimed it supplied Iraq and Syria with { $coordinates ->
            [one] { WORDS($coordinates) } coordinate of ISIS locations
           *[other] { WORDS($coordinates) } coordinates of ISIS locations
        } and { $reports ->
            [one] { WORDS($reports) } intelligence report
           *[other] { WORDS($reports) } intelligence reports
        } on ISIS. Observers, as the same article reports, consider such figures part of a political effort to inflate the coalition's importance and role, and nothing in the sources can check them: the table marks them as disputed claims.
structure-claimed_output = Claimed output (disputed)
structure-counted_russian_generals = { $n ->
        [one] one Russian general
       *[other] { WORDS($n) } Russian generals
    }
structure-counted_members_per_country = { $n ->
        [one] one member per country
       *[other] { WORDS($n) } members per country
    }
structure-disputed_hover = Claimed by the centre's head; disputed by observers
structure-disputed_legend = Hatched red: the centre's own claims, disputed by observers
structure-seat_first = First: { $place }
structure-seat_later = Later: { $place }
structure-for_months =
    { $n ->
            [one] for { WORDS($n) } month
           *[other] for { WORDS($n) } months
        }
structure-short_first_chair = First
evidence-centre_term = { $term } ({ $detail })
structure-label_term = { $what }, { $term }
structure-months =
    { $n ->
            [one] { WORDS($n) } month
           *[other] { WORDS($n) } months
        }
structure-chart_centre = How the information centre was organised
structure-order_not_stated = not stated
structure-col_order = Order
structure-col_place = Seat
structure-col_source = Source
structure-chart_seats = Where the centre sat, in the order the text gives
structure-stances_heading = Iraqi parties for and against the quadrilateral agreement
structure-stances_text =
    In Iraq the agreement split the political scene. The encyclopedia article names { $n_for ->
            [one] one party or figure that welcomed it
           *[other] { WORDS($n_for) } parties or figures that welcomed it
        } and { $n_against ->
            [one] one that rejected it
           *[other] { WORDS($n_against) } that rejected it
        }. This is not a poll: it names only those who spoke, says nothing of their weight, and reflects how the agreement was first received, not what came later.
structure-against_listed_for = Against, but listed among supporters
structure-for_listed_against = For, but listed among opponents
structure-chart_stances = Who welcomed the agreement, who rejected it
structure-note_mislisted = **{ $party }** appears in the source under one heading (“{ $listed }”), but the words the source quotes show the opposite stance. The table follows the words, not the heading, and says so.
structure-disputed_shown = This edition includes the claims that the sources themselves report as disputed, and marks each one as such.
structure-disputed_left_out =
    { $n ->
            [one] This edition leaves out one claim that the sources themselves report as disputed: the information centre's claim about its own output.
           *[other] This edition leaves out { WORDS($n) } claims that the sources themselves report as disputed, among them the information centre's claims about its own output.
        }
structure-notes_heading = Where the sources agree and disagree

## timeline

timeline-title = Annex A. Chronology: the events the sources date
timeline-intro =
    The sources give { $n ->
            [one] one date
           *[other] { WORDS($n) } dates
        } for { $groups ->
            [one] one distinct event
           *[other] { WORDS($groups) } distinct events
        }, from { $first } to { $last }; the chart draws each event once, on a single time axis with one row per theme ({ $themes ->
            [one] one theme
           *[other] { WORDS($themes) } themes
        }). { $multi ->
            [one] One of them is dated by several sources: it appears once, as a larger marker with a dark outline, and the list below cites every source.
           *[other] Of these, { WORDS($multi) } are dated by several sources: they appear once, as a larger marker with a dark outline, and the list below cites every source.
        }
timeline-precision_text = The sources do not all date to the same precision. A diamond is a date given to the day; a square, to the month; a circle, only to the year, and the pale bar behind a square or circle covers the whole month or year the date can mean. Where this report works a date out from a source's context (for example “last year”), the list says “inferred”.
timeline-cannot_show =
    What the timeline cannot show: it is not a complete chronology, only the events { $sources ->
            [one] this one source happens
           *[other] these { WORDS($sources) } sources happen
        } to mention. { $planned ->
            [one] One of the events lies after the date of the source that states it: it is a plan or an expectation, drawn hollow, not something that happened.
           *[other] Of the events, { WORDS($planned) } lie after the date of the source that states them: they are plans or expectations, drawn hollow, not things that happened.
        } And a year-dated event could fall anywhere in its year, so the order of events within one year is not known.
timeline-none = None of the sources published up to this date dates an event.
timeline-chart_title = Events by theme, as the sources date them
timeline-list_title = Every event by date
timeline-col_no = No.
timeline-col_date = Date (as given, or inferred)
timeline-col_event = Event
timeline-col_theme = Theme
timeline-col_source = Source
timeline-inferred = (inferred)
timeline-planned_note = — planned
timeline-possibility_note = — a possibility, not a plan
timeline-possibility_note_by = — possibility raised by { $raised_by }
raised_by-iraqi_officials = Iraqi officials
timeline-several_sources =
    { $n ->
            [one] Dated by one source
           *[other] Dated by { WORDS($n) } sources
        }
timeline-hover_head = <b>{ $no }. { $label }</b><br>Theme: { $theme }
timeline-hover_source = <b>{ $date }</b> (date given to the { $precision }) · { $source }
timeline-precision_word_day = day
timeline-precision_word_month = month
timeline-precision_word_year = year
timeline-legend_day = Dated to the day
timeline-legend_month = Dated to the month
timeline-legend_year = Dated to the year only
timeline-legend_several = Several sources
timeline-legend_planned = Planned or expected
timeline-disputed_included =
    This edition includes disputed claims. No date in the timeline is disputed{ $n ->
            [0] , and no event in it announces a disputed claim.
            [one] , but one event announces a claim that is disputed: { $events }. Those who dispute it are { $disputers }.
           *[other] , but { WORDS($n) } events announce claims that are disputed: { $events }. Those who dispute them are { $disputers }.
        }
timeline-disputed_left_out =
    { $n ->
            [one] This edition leaves out one disputed claim; the timeline keeps every dated event, since no date is disputed.
           *[other] This edition leaves out { WORDS($n) } disputed claims; the timeline keeps every dated event, since no date is disputed.
        }
timeline-notes_title = One event, several dates

## attacks

attacks-title = ISIS today: attacks, monthly rates, and one number with two meanings
attacks-intro =
    { $source_name } gives two counts of ISIS attacks, from statistics it does not name{ $attacks_origin }: { $attacks_a ->
            [one] { WORDS($attacks_a) } attack
           *[other] { WORDS($attacks_a) } attacks
        } in { $period_a_prose } and { $attacks_b ->
            [one] { WORDS($attacks_b) }
           *[other] { WORDS($attacks_b) }
        } in { $period_b_prose }. Set side by side, the later count looks only somewhat larger, but it covers { $months_b ->
            [one] one month
           *[other] { WORDS($months_b, unit: "month") } months
        } against { $months_a ->
            [one] one
           *[other] { WORDS($months_a, unit: "month") }
        }. The fair comparison is per month: { $rate_a_attacks } a month against { $rate_b_words }, { $ratio_words } (rates derived here; each keeps its count's qualifier, so the ratio is approximate).
attacks-joint =
    Political analysts cited by { $joint_source_name }, via { $joint_origin }, say that, over the same period ({ $joint_period }), recent data from US Central Command (CENTCOM) counted { $joint ->
            [one] { WORDS($joint) } joint operation
           *[other] { WORDS($joint) } joint operations
        } against ISIS ({ $joint_rate_words }; { $joint_source }). These are operations against the group, not attacks by it: the two counts stand side by side on the charts and are never added.
attacks-us =
    A count of another kind: { $us_attacks ->
            [one] { WORDS($us_attacks) } attack
           *[other] { WORDS($us_attacks) } attacks
        } on US military positions in Iraq and Syria, { $us_since }, by armed groups trained and armed by Iran ({ $us_source }). Other attackers, other targets: this count has its own row in the chart below and is never added to ISIS attacks. It runs up to the Washington Post report the analysis cites ({ $us_stated_date }), not to the analysis's own date; no monthly rate is computed for it.
attacks-counts_paragraph = the paragraph that gives the ISIS counts
attacks-counts_paragraph_citing = the paragraph that gives the ISIS counts, citing { $origin },
attacks-limits = The limits of these figures: { $counts_paragraph } does not name the statistics behind them, and the count for the earlier period does not say whether it covers Syria as well as Iraq, while the later one covers both. A monthly rate assumes attacks spread evenly over the period, so it says nothing about any single month; each rate keeps the qualifier of its count (“about”, “more than”).
attacks-none_yet = No source stated by this edition's date counts attacks or operations: the counts in this chapter come from later sources.
attacks-left_out =
    { $n ->
            [one] This edition leaves out one disputed claim.
           *[other] This edition leaves out { WORDS($n) } disputed claims.
        }
attacks-origin_clause = , in a paragraph that cites { $origin }
attacks-note = **Reconciling the sources.** { $text }
attacks-rate_prose = { $rate } a month, derived
period-prose_year_inferred = { $text } (year inferred)
period-prose_period_inferred = { $text } (period inferred)
attacks-joint_rate_prose =
    { $n ->
        [one] { WORDS($n) } joint operation
       *[other] { WORDS($n) } joint operations
    } a month (derived)
attacks-rate_with_noun = { $n ->
        [one] { $rate } attack
       *[other] { $rate } attacks
    }
attacks-rate_pair =
    { $a ->
        [one] { $a } attack
       *[other] { $a } attacks
    } against { $b ->
        [one] { $b } attack
       *[other] { $b } attacks
    } a month
attacks-rate_label = { $rate } / month (derived)
attacks-since = since { $date }
attacks-period_months = { $period } ({ $inferred }{ $months ->
        [one] { $months } month
       *[other] { $months } months
    })
attacks-inferred_prefix = inferred,
attacks-series_isis_attacks = ISIS attacks
attacks-series_joint_operations = Joint operations against ISIS
attacks-series_us_positions = Attacks on US positions by Iran-backed groups
attacks-series_isis_attacks_rate = ISIS attacks per month (derived)
attacks-series_joint_operations_rate = Joint operations per month (derived)
attacks-row_isis_attacks = ISIS attacks
attacks-row_joint_operations = Joint operations<br>against ISIS
attacks-row_us_positions = Attacks on US positions<br>(Iran-backed groups)
attacks-axis_stated = Count, as stated
attacks-axis_rate = Per month (derived)
attacks-chart_stated = ISIS attacks and joint operations, as the source states them
attacks-chart_rate = The same counts per month (derived)
attacks-rate_annotation = Derived here: count ÷ months covered; the count's qualifier is kept
attacks-chart_coverage = What each count covers, in time
attacks-open_period = (open period)

## structure

structure-every_months =
    { $n ->
            [one] every month
           *[other] every { WORDS($n) } months
        }

## method

method-title = Annex B. How this report was made
method-extraction =
    Every figure, date and structural fact in this report was taken from { $sources ->
        [one] one Arabic document
       *[other] { WORDS($sources) } Arabic documents
    } ({ $kinds }), { $dates }. Each one is recorded with its source and a word-for-word quote of the Arabic passage that states it, with the period it refers to and, where the source cites another outlet for it, that outlet. The quotes are copied from the source texts, never retyped, and each is checked against its source. Every number in the source texts is accounted for: it is either cited here as a figure or is listed, with a reason, as something that is not a figure ({ $reasons }).

    This report adds nothing the sources do not state except the values listed below under “What this report derives or infers”, each computed from cited figures and marked wherever it appears. Where a source gives a figure as a bound or an approximation, the qualifier stays with the number on every chart and in every sentence. Where a source reports a claim that it also calls into question, the claim is marked as disputed and an edition can leave it out. The report can be rebuilt as the record stood on a given date: only what was published on or before that date is used.
method-qualifiers_heading = What the qualifiers mean
method-statuses_heading = Reported, claimed, disputed
method-limits_heading = The limits of these data
method-limits =
    { $sources ->
        [one] One document is
       *[other] These { WORDS($sources) } documents are
    } a thin record of a long war. Most figures appear once, in a single source, with no way to check them against a second. Of the { $facts ->
        [one] one figure
       *[other] { WORDS($facts) } figures
    }, { $unknown_periods } refer to a period the source does not state, { $inferred_periods } to a period only inferred from its words, and several come from parties to the conflict. Casualty figures are bounds and approximations, so they are never added into totals here. The sources give no civilian figures, only words. Missing data mean the sources say nothing, not that nothing happened. Read a chart as what these sources said, not as a count of what happened.
method-reconciliation_heading = Where the sources agree, and where they differ
method-reconciliation_intro = Some numbers recur with different meanings, and some facts are told differently by different sources. These notes say which is which; the chapters show the ones that concern them.
method-bibliography_heading = The sources
method-left_out =
    { $n ->
            [one] This edition leaves out one disputed claim.
           *[other] This edition leaves out { WORDS($n) } disputed claims.
        }
method-col_qualifier = Qualifier
method-col_written = As charts write it
method-col_meaning = Meaning
method-col_facts = Figures
method-col_status = Status
method-qualifier_meaning-exact = The source gives the number as it is.
method-qualifier_meaning-about = An approximation: “about”.
method-qualifier_meaning-nearly = Close to, and probably just under, the number: “nearly”.
method-qualifier_meaning-estimated = An estimate; the source does not say whose.
method-qualifier_meaning-at_least = A lower bound: the true number may be higher.
method-qualifier_meaning-more_than = Strictly above the number: “more than”.
method-qualifier_meaning-at_most = An upper bound: the true number may be lower.
method-qualifier_meaning-range = A range between two numbers.
method-status_meaning-reported = Stated by the source as fact, or attributed to a named official or body.
method-status_meaning-claim = Stated as a party's claim; the source does not question it.
method-status_meaning-disputed = A claim the same source reports others calling into question; it can be left out.
method-date_stated = date stated in the text
method-date_inferred = date inferred from the text
method-date_unknown = undated
method-file = file

## full

full-title = The coalitions against ISIS: the published record, cited
full-subtitle =
    The two coalitions, the end of the international coalition's mission, ISIS today and the human cost, from { $sources ->
        [one] one Arabic source
       *[other] { WORDS($sources) } Arabic sources
    } ({ $dates })
full-built = Report prepared on { $date }
full-parameters = This edition
full-as_of = Figures as stated up to { $date }
full-as_of_latest = Figures as stated up to { $date } (the latest source)
full-disputed_in = Disputed claims shown, and marked as disputed
full-disputed_out = Disputed claims not shown
full-contents = Contents
full-evidence = Evidence: every quote, once

## ui

ui-edition_name = English edition
ui-other_edition = Arabic edition
ui-charts = Charts (SVG, PNG and the cited data as CSV)
ui-figure = Figure { $number }
ui-source_entries = { $count ->
        [one] { $source } ({ $numbers })
       *[other] { $source } ({ $numbers })
    }

## alt
alt-chart = Chart: { $title }. { $body }
alt-untitled = Chart
alt-empty = nothing to show for this selection
alt-more = { $n ->
        [one] and one more
       *[other] and { WORDS($n) } more
    }
alt-markers = { $n ->
        [one] one event
       *[other] { WORDS($n) } events
    } dated from { $first } to { $last }, one row per theme: { $rows }
alt-values_in = values in { $axis }


## ui


## changes

changes-records = The record of each edition (JSON: every source and cited row, with a digest of each)
changes-removed_source = a source no longer in the data
changes-title = Changes since the previous edition
changes-first = This is the first edition, so there is nothing to compare it with.
changes-since = Compared with the previous edition, built on { $date }.
changes-since_undated = Compared with the previous edition.
changes-none = No source, figure or other cited item has changed.
changes-new_sources = { $n ->
    [one] One new source:
   *[other] { WORDS($n, capital: "yes") } new sources:
}
changes-changed_sources = { $n ->
    [one] One source changed:
   *[other] { WORDS($n, capital: "yes") } sources changed:
}
changes-removed_sources = { $n ->
    [one] One source was removed:
   *[other] { WORDS($n, capital: "yes") } sources were removed:
}
changes-new_facts = { $n ->
    [one] One new figure:
   *[other] { WORDS($n, capital: "yes") } new figures:
}
changes-changed_facts = { $n ->
    [one] One figure changed its value:
   *[other] { WORDS($n, capital: "yes") } figures changed their value:
}
changes-reworded_facts = { $n ->
    [one] One figure was reworded (value unchanged):
   *[other] { WORDS($n, capital: "yes") } figures were reworded (value unchanged):
}
changes-removed_facts = { $n ->
    [one] One figure was removed:
   *[other] { WORDS($n, capital: "yes") } figures were removed:
}
changes-value_changed = was { $old }, now { $new }
changes-other_new = { $n ->
    [one] One other cited item is new (an event, a member, a detail of the coalitions' structure, a reference or a note).
   *[other] In all, { WORDS($n) } other cited items are new (events, members, details of the coalitions' structure, references and notes).
}
changes-other_changed = { $n ->
    [one] One other cited item also changed (an event, a member, a detail of the coalitions' structure, a reference or a note).
   *[other] In all, { WORDS($n) } other cited items also changed (events, members, details of the coalitions' structure, references and notes).
}
changes-other_removed = { $n ->
    [one] One other cited item was removed (an event, a member, a detail of the coalitions' structure, a reference or a note).
   *[other] In all, { WORDS($n) } other cited items were removed (events, members, details of the coalitions' structure, references and notes).
}

## period

period-inferred_mark = (inferred)
period-not_before = not before { $date }
period-unknown = period not stated
period-since = since { $date }
period-until = up to { $date }
period-origin_undated = { $publisher }, undated
period-quoted_in = quoted in { $source }
period-quoted_by_in = quoted by { $origin } in { $source }
period-origin_dated = { $publisher }, { $date }
period-estimate_inferred = the estimate's date inferred as { $text }
period-citing = { $source }, citing { $origin }
period-between = between { $start } and { $end }
period-inferred_in_sentence = { $text } (period inferred)
period-label = period: { $period }
period-label_inferred = period (inferred): { $period }
source_name-kind_news = report
source_name-kind_encyclopedia = article
source_name-kind_research = research paper
source_name-kind_analysis = analysis
source_name-by_author_flat = the { $kind } by { $author }, { $date }
source_name-by_author = the { $kind } by { $author } ({ $date })
source_name-publisher_year = { $publisher }'s { $year } { $kind }
source_name-of_year = the { $kind } of { $year }
source_name-early_year = the { $kind } of early { $year }
source_name-short_research = paper
source_name-short_analysis = analysis
source_name-by_author_short = { $surname }'s { $kind }
source_name-early_year_short = the early-{ $year } { $kind }
source_name-after_date = the { $kind } written after { $date }
source_name-publisher_undated = the { $publisher } { $kind }
source_name-undated = an undated { $kind }
period-inferred_after = { $text }, inferred
period-date_inferred_after = { $text }, date inferred
period-label_when = { $name }, { $when }
period-published_not_before = { $name }, not before { $date }
period-published_not_before_research = { $name }, not before { $date }
period-published_not_before_encyclopedia = { $name }, not before { $date }
period-after = after { $date }

## fraction

fraction-half = half
fraction-third = a third

## derive

derive-rate_value_attacks =
    { $rate ->
        [one] { $rate } attack
       *[other] { $rate } attacks
    } / month (derived)
derive-rate_value_joint_operations =
    { $rate ->
        [one] { $rate } operation
       *[other] { $rate } operations
    } / month (derived)
derive-input_isis_fighters_killed = ISIS fighters reported killed
derive-rate_formula = { $count } ÷ the months of { $period } ({ $divisor })
derive-ratio_prose = roughly { $ratio } times the earlier pace
derive-ratio_prose_or_more = roughly { $ratio } times the earlier pace or more
derive-ratio_text = about { $ratio } times the earlier pace (derived from { $num } against { $den } a month; each keeps its count's qualifier, so the ratio is only approximate)
derive-ratio_text_or_more = about { $ratio } times the earlier pace or more (derived from { $num } against { $den } a month; each keeps its count's qualifier, so the ratio is only approximate)
derive-times = { $n ->
        [one] once
       *[other] { WORDS($n) } times
    }
derive-times_half = { $times } and a half
derive-ratio_formula = monthly rate { $num } ÷ monthly rate { $den }
derive-inferred_formula = read from the source's words «{ $words }»
derive-span_value =
    only “after { $years ->
        [one] a year
       *[other] { WORDS($years) } years
    }”, with no starting point
derive-span_formula = no end date computed: the source gives no starting point
derive-kind-rate = Rate per month (derived)
derive-kind-ratio = Ratio of rates (derived)
derive-kind-inferred_period = Period (inferred)
derive-kind-no_end_date = Open-ended span (not computed)

## method

method-derived_heading = What this report derives or infers
method-derived_intro = The sources state every figure in this report except the values below. Each is computed from the cited figures named in the last column, and says “derived” or “inferred” wherever it appears: on charts and in sentences.
method-col_kind = Kind
method-col_value = What the report says
method-col_formula = How
method-col_inputs = From the figures

## sources

sources-dates_span_sentence =
    { $n ->
        [one] One of the sources is dated { $first } to { $last }
       *[other] { WORDS($n) } of the sources are dated { $first } to { $last }
    }
sources-dates_year_sentence =
    { $n ->
        [one] One of the sources is dated { $first }
       *[other] { WORDS($n) } of the sources are dated { $first }
    }
sources-undated_sentence =
    { $n ->
        [one] and one is undated
       *[other] and { WORDS($n) } are undated
    }
sources-dates_aside = { $dates } ({ $aside })
sources-dates_aside_dashes = { $dates } – { $aside } –
sources-dates_aside_comma = { $dates }, { $aside }
sources-dates_undated = { $dates } { $undated }
sources-dates_span =
    { $n ->
        [one] one dated { $first } to { $last }
       *[other] { WORDS($n) } dated { $first } to { $last }
    }
sources-dates_span_f =
    { $n ->
        [one] one dated { $first } to { $last }
       *[other] { WORDS($n) } dated { $first } to { $last }
    }
sources-dates_year =
    { $n ->
        [one] one dated { $first }
       *[other] { WORDS($n) } dated { $first }
    }
sources-dates_year_f =
    { $n ->
        [one] one dated { $first }
       *[other] { WORDS($n) } dated { $first }
    }
sources-dates_inferred =
    { $n ->
        [one] one of those dates inferred from the text
       *[other] { WORDS($n) } of those dates inferred from the text
    }
sources-dates_inferred_f =
    { $n ->
        [one] one of those dates inferred from the text
       *[other] { WORDS($n) } of those dates inferred from the text
    }
sources-undated =
    { $n ->
        [one] and one undated
       *[other] and { WORDS($n) } undated
    }
sources-undated_f =
    { $n ->
        [one] and one undated
       *[other] and { WORDS($n) } undated
    }
## method

method-bib_title = ‘{ $title }’
method-bib_described = [{ $title }]
method-bib_when = ({ $date }; { $how })
method-bib_undated = ({ $how })
method-author_contributor = { $name } (contributor)
method-bib_contributor = with reporting by { $name }

## exclusion_reason

exclusion_reason-reference_marker = a footnote marker
exclusion_reason-date_part = part of a date
exclusion_reason-not_a_figure = a number, such as a year, that counts nothing
exclusion_reason-repeat_of = a repeat of a recorded figure

## attacks

attacks-context = The same analysis places these attacks within a wider escalation. The Iraqi government's calls for US forces to leave came in response to US air strikes inside Iraq on Iran-backed fighters who had been attacking US personnel ({ $strikes }); shelling by Iraqi militias loyal to Iran killed US soldiers in north-east Jordan ({ $killed }); and the militias announced that they were halting operations against US forces ({ $halt }) at the same time as the commander of Iran's Quds Force visited Baghdad.
attacks-daily_ops = { $claimant } cited by the same paper point to the Iraqi authorities' many statements on their daily operations against ISIS, operations that, by these statements, kill or arrest { $range } militants; the text does not say whether that is per operation or per day ({ $source }; { $period }).

## forces

forces-commission_text = { $source_name } reports that the first round of the Iraq–US dialogue ended with a government statement: Prime Minister Mohammed Shia al-Sudani oversaw the work of the Joint Higher Military Commission of Iraq and the US-led international coalition, charged with reviewing the coalition's mission ({ $date }).
forces-text_troops_withdrawal_argued = { $source_name } argues that withdrawing { $value } US soldiers should not create a security vacuum in Iraq. The paragraph cites a press review ({ $source }) and also names the government of Prime Minister Mohammed Shia al-Sudani, without saying when the figure was given, so the figure cannot be tied to a date ({ $period }); and it is the size of a withdrawal under discussion, not a count of the troops present, so this report does not count it among them.
forces-text_shia_leaders_against_withdrawal_share = Nor do all of Iraq's Shia forces want the Americans gone: the paper says { $value } of the Shia leaders in Iraq do not want this withdrawal ({ $source }; { $period }).
forces-pockets_text = According to a news report ({ $source }), ISIS still holds small, scattered pockets and cells in { $areas }.

## structure

structure-centre_standing = The sources also say how the quadrilateral bodies faded. A member of the Iraqi parliament's Security and Defence Committee told the newspaper ({ $s003 }) that the centre had seen a lull in meetings, information exchange and even contact in recent months, specifically since Abdul-Mahdi's government resigned ({ $resigned }), and that it was more effective in the media than in the field. In a later report ({ $s000 }) a senior official at the Iraqi Ministry of Defence says that since the Russia–Ukraine war the coalition can be considered “a coalition in name only or a political courtesy”.

## timeline

timeline-territory =
    Territory frames the whole timeline. In { $held_when } ISIS held land estimated at { $third } of Iraq's area ({ $s000 }); Baghdad announced in { $recovered } that it had recovered all of it, after campaigns that lasted { $years ->
        [one] a year
       *[other] { WORDS($years) } years
    } with the support of the US-led coalition. Across the region, a Saudi foreign-ministry page on the coalition, quoted by the research paper, says the coalition helped its local partners drive ISIS out of { $share } of the territory it had held ({ $s002 }).

## structure

structure-intro_limits_without_size = What the sources leave out matters as much. They name { $named_states } one by one, as the leader, as combat participants or as working-group chairs: { $names }. The others appear only as “European, Arab and Middle Eastern states” or “other Western states”. The table cannot give a membership list the texts do not give.
structure-named_states =
    { $named ->
        [one] one of the international coalition's states
       *[other] { WORDS($named) } of the international coalition's states
    }

## period

period-period_inferred_mark = (period inferred)

## attacks

attacks-rate_label_bar = { $rate } / month<br>(derived)

## in_text
# Names as they read inside a sentence (analysis.catalogue.in_text); labels keep the bare name.
chair_in_text-united_states = the United States
chair_in_text-united_kingdom = the United Kingdom
chair_in_text-netherlands = the Netherlands
chair_in_text-uae = the United Arab Emirates
member_in_text-united_states = the United States
member_in_text-united_kingdom = the United Kingdom
publisher_in_text-saudi_mofa = the Saudi Ministry of Foreign Affairs
claimant_in_text-quad_joint_room = the quadrilateral coalition's joint operations room

## fix5
ui-sources_counted = { $count ->
        [one] Source
       *[other] Sources
    }
period-inferred_after_year = { $text }, inferred
period-inferred_after_date = { $text }, inferred
period-inferred_after_period = { $text }, inferred
period-in_range = in { $text }
period-in_point = in { $text }
period-from_to = { $start }–{ $end }
structure-period_aside = {" "}({ $period })
structure-label_period = { $what } ({ $period })
structure-label_every = { $what } { $count }
structure-label_each = { $what }; { $count } each
evidence-measure_km = { $n ->
        [one] { $n } km
       *[other] { $n } km
    }
evidence-measure_hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
evidence-measure_months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
evidence-measure_years = { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
evidence-term_each = { $term } each
structure-box_chair_the_kingdom = “The Kingdom” (unnamed)


## stmts
# The sources' arguments (data/statements.csv; analysis/statements.py): speakers as each source names them,
# what they argue (a clause starting "that"), topics, and the sentences, table and disagreements built from them.
stmts-sentence_one_m = { $speaker } says { $argues }.
stmts-sentence_one_f = { $speaker } says { $argues }.
stmts-sentence_many = { $speaker } say { $argues }.
stmts-sentence_period_one_m = { $speaker } says { $argues } (period: { $period }).
stmts-sentence_period_one_f = { $speaker } says { $argues } (period: { $period }).
stmts-sentence_period_many = { $speaker } say { $argues } (period: { $period }).
stmts-who_when = { $speaker } ({ $dates })
stmts-say_one = says
stmts-say_many = say
stmts-disagree = The sources disagree on { $topic }. { $supporters } { $says_yes } { $yes }. { $opponents } { $says_no } { $no }.
stmts-for_quad_relevance = the coalition still matters
stmts-against_quad_relevance = it has become a coalition in name only or seen a lull in meetings and information sharing
stmts-for_quad_field_role = it has contributed a great deal
stmts-against_quad_field_role = its part was small, or greater in the media than in the field
stmts-for_us_presence_needed = the threats remain or Iraq still needs that support
stmts-against_us_presence_needed = there is no longer any need for US forces
stmts-col_who = Who
stmts-col_argues = Argues
stmts-col_when = Period
stmts-col_source = Source (evidence)
stmts-when_source = not stated
stmts-heading_quad = What the sources argue about the quadrilateral coalition
stmts-heading_quad_table =
    The arguments on the quadrilateral coalition, by speaker: { $n ->
        [one] one argument
       *[other] { WORDS($n) } arguments
    } from { $speakers ->
        [one] one speaker
       *[other] { WORDS($speakers) } speakers
    }
stmts-heading_quad_table_both =
    The arguments on the quadrilateral coalition and on the international coalition's legitimacy, by speaker: { $n ->
        [one] one argument
       *[other] { WORDS($n) } arguments
    } from { $speakers ->
        [one] one speaker
       *[other] { WORDS($speakers) } speakers
    }
stmts-heading_exit = What the sources argue about the end of the coalition's mission
stmts-heading_exit_table =
    The arguments on the US exit, by speaker: { $n ->
        [one] one argument
       *[other] { WORDS($n) } arguments
    } from { $speakers ->
        [one] one speaker
       *[other] { WORDS($speakers) } speakers
    }
stmts-intro_quad =
    The sources quote officials, officers, researchers and unnamed observers on what the quadrilateral coalition was for and what became of it. The table below gives each argument once, with the speaker as the source names them; an unnamed speaker stays unnamed.
stmts-intro_exit =
    On ending the international coalition's mission, the sources set out what drives the US exit, where the talks may lead and who in Iraq wants the US forces to stay. The table below gives each argument once, with the speaker as the source names them.
speaker-defence_official = an unnamed senior official at the Iraqi Ministry of Defence
speaker-tahsin_al_khafaji = Major General Tahsin al-Khafaji, spokesman for Iraq's Joint Operations Command
speaker-ahmed_al_obeidi = Ahmed Abdul-Sattar al-Obeidi, a retired Iraqi colonel
speaker-iyad_al_dulaimi = Iyad al-Dulaimi, a researcher on Iraqi politics
speaker-observers = unnamed observers
speaker-sarmad_al_bayati = Sarmad al-Bayati, an expert on Iraqi security
speaker-mp_security_committee = an unnamed member of the Iraqi parliament's Security and Defence Committee
speaker-iraqi_politicians = unnamed Iraqi politicians
speaker-maxim_maximov = Maxim Maximov, Russia's ambassador in Baghdad
speaker-analysis_writer = the analysis's unnamed writer
speaker-mohammed_shia_al_sudani = the Iraqi prime minister, Mohammed Shia al-Sudani
speaker-alina_romanowski = the US ambassador to Iraq, Alina Romanowski
speaker-political_analysts = political analysts, whom the paper does not name
speaker-paper_author = the paper's author, Elham al-Najjar
speaker-paper_citing = the research paper, in a paragraph citing { $origin }
speaker-haidar = one Haidar, whom the paper names no further
speaker-bashar_al_assad = the Syrian president, Bashar al-Assad
speaker-russia = Russia
argues-quad_syria_over_iraq = that the coalition's reach inside Syria is far greater than in Iraq, which was no more than a useful party on the Syrian map
argues-quad_air_bridge = that Russia and Iran used the coalition as cover for flying military support to Syria through Iraqi airspace
argues-quad_al_qaim = that the al-Qaim border crossing was reopened on the coalition's recommendation and for military ends, as Iran and its allies sought to get ahead of the US forces deployed at nearby al-Tanf
argues-quad_weak_in_battle = that in the battles inside Iraq the coalition remained weak compared with the US-led international coalition
argues-quad_formality = that since the Russia–Ukraine war began it can be seen as “a coalition in name only or a political courtesy”, since Iraq now needs no direct foreign military support
argues-quad_still_needed = that coordination among the four countries is extensive and that the coalition's existence still matters, to strike what remains of ISIS
argues-quad_army_no_dealings = that the Iraqi army and the Counter-Terrorism Service, which did most of the fighting that pushed ISIS back, had no dealings with the coalition
argues-quad_closer_to_pmf = that the coalition was in closer contact with the Federal Police and the armed factions of the Popular Mobilization Forces
argues-quad_russia_lost_interest = that Russia, the coalition's most important member, has lost interest in it since the Russia–Ukraine war broke out
argues-quad_russian_reaction = that the grounds on which the coalition was formed were vague, and that it was partly a Russian reaction meant to harass the US presence in Iraq
argues-quad_figures_inflated = that the centre's figures for coordinates and intelligence reports are political inflation of the coalition's importance
argues-intl_coalition_still_needed = that the Iraqi government still sees a real need for the international coalition's security and intelligence information
argues-centre_still_working = that work is still going on at the joint centre in Baghdad
argues-centre_gave_much = that the centre has contributed a great deal to fighting terrorism, through a stream of information
argues-centre_cooled = that the centre's meetings, exchange of information and even contacts have cooled since Abdul-Mahdi's government resigned
argues-centre_media_over_field = that the centre is more effective in the media than in the field, since the fight against ISIS is first of all a US–Iraqi task
argues-centre_us_obstacles = that US obstacles kept the centre from finding a place for itself in Iraq
argues-centre_purpose_info = that the centre's main purpose is to exchange information in real time and coordinate the Russian, Iraqi, Iranian and Syrian military
argues-exit_militia_pressure = that the strongest driver of the talks on ending the US presence is mounting pressure from forces and militias loyal to Iran
argues-exit_iran_sees_chance = that Iran and its arms in Iraq judge the political and military moment right for heavy pressure on the US presence
argues-exit_sudani_compelled = that al-Sudani's government, by observers' account the least able of recent governments to balance the United States and Iran, feels compelled to go along with the militias
argues-exit_us_risk_election = that Washington sees these conditions as a standing threat to its forces in Iraq, one that could drag it into open war with the militias loyal to Iran
argues-scenario_security_cooperation = that, in a first scenario, the dialogue runs its course in agreed stages and the coalition's relationship with the Iraqi government turns from a military one into security cooperation
argues-scenario_escalation = that, in a second scenario, the talks end once Washington has settled its response to the killing of its soldiers in north-east Jordan, with US air strikes on the militias and open escalation
argues-scenario_talks_until_election = that, in a third scenario, the talks go on without changing anything on the ground until the US elections are over, when the US presence will be called necessary
argues-scenario_kurdistan = that, in a fourth scenario, the talks end after the recent killing of US soldiers and the forces withdraw to the Kurdistan Region of Iraq
argues-no_need_for_us_forces = that Iraq no longer needs US forces, now that they have succeeded in defeating ISIS
argues-threats_remain = that the threats to Iraq's security, stability and sovereignty remain
argues-joint_ops_show_need = that the number of joint operations against ISIS shows Iraq still needs US military support
argues-pm_reassures_factions = that the prime minister's official statements are meant to reassure the armed factions that act outside the state's authority
argues-withdrawal_call_political = that the official Iraqi call for withdrawal is political, not a matter of security, driven by pressure from Iraqi armed factions loyal to Iran
argues-shia_half_oppose_exit = that half of Iraq's Shia leaders do not want the US withdrawal
argues-kurds_fear_exit = that the Kurds fear the withdrawal because the US presence deters the armed factions and protects the Kurdistan Region from future attacks
argues-sunnis_fear_exit = that the Sunnis fear Shia and Iranian influence seeping into their areas if US forces withdraw
argues-camps_may_explode = that if the forces withdraw without dealing with the breeding grounds of terrorism, above all Syria's al-Hol camp alongside Roj camp, these could explode at any moment
argues-camps_time_bomb = that the al-Hol and Roj camps in northern Syria are a time bomb and a breeding ground for a new generation of jihadists
argues-intl_coalition_double_standard = that the United States and its allies cannot fight terrorism while their closest ally, Erdoğan's government in Turkey, supports terrorists
argues-intl_coalition_no_mandate = that the international coalition's operations are illegitimate, having no UN mandate and no request from the Syrian government
topic-quad_purpose = what the quadrilateral coalition was for
topic-quad_relevance = whether the quadrilateral coalition still matters
topic-quad_field_role = the quadrilateral coalition's part in the fight against ISIS
topic-quad_claims = the quadrilateral coalition's figures
topic-us_exit_drivers = what drives the US exit from Iraq
topic-dialogue_scenarios = where the Iraq–US dialogue may lead
topic-us_presence_needed = whether Iraq still needs US and coalition support
topic-isis_camps = the al-Hol and Roj camps
topic-intl_coalition_legitimacy = the international coalition's legitimacy
topic-withdrawal_fears = who in Iraq fears a US withdrawal, and why
stmts-for_intl_coalition_legitimacy = its operations are legitimate
stmts-against_intl_coalition_legitimacy = they are illegitimate
# a speaker after a preposition (the Arabic genitive: «في رأي محللين سياسيين»); English keeps the same words
speaker_genitive-observers = unnamed observers
speaker_genitive-iraqi_politicians = unnamed Iraqi politicians
speaker_genitive-political_analysts = political analysts, whom the paper does not name
stmts-entry_speaker = According to { $speaker }


## front

findings-title = Key findings
findings-intro = What the record shows, in brief. Each finding rests on the numbered evidence items named under it; its numbers come from those items, with the qualifiers the sources give them.
findings-none = No finding rests only on sources published by this edition's date.
findings-left_out =
    { $n ->
        [one] One finding is left out of this edition: a row it rests on was stated after the edition's date, or is a disputed claim the edition leaves out.
       *[other] { WORDS($n) } findings are left out of this edition: a row each rests on was stated after the edition's date, or is a disputed claim the edition leaves out.
    }
finding-after_evidence =
    { $n ->
        [one] The sources end on { $latest }: they do not tell whether what was planned came about ({ $dates }).
       *[other] The sources end on { $latest }: they do not tell whether what was planned came about ({ $dates }).
    }
finding-KF01 = Russia, Iran, Iraq and Syria announced a quadrilateral coalition against ISIS on { $E002 }; its last announced meeting was held in Baghdad on { $E009 }, according to { $E009_source }.
finding-KF02 = In { $E005 } the quadrilateral coalition's operations room claimed to have killed, over four years in Syria and Iraq, { $F004 ->
        [one] one ISIS fighter
       *[other] { $F004 } ISIS fighters
    }, { $F005 ->
        [one] one of them a leader
       *[other] { $F005 } of them leaders
    }; the same report records sceptical reactions to the claim and criticism of the coalition's grandstanding.
finding-KF03 = US President Barack Obama announced the international coalition against ISIS on { $E017 }, and { $F016 ->
        [one] one state
       *[other] { $F016 } states
    } took part in it. By the account of { $F022_source }, the coalition helped its local partners drive ISIS out of { $F022 } of the territory the group had held in the region.
finding-KF04 = US officials said that the Baghdad–Washington agreement leads to a transition in { $F024 ->
        [one] one phase
       *[other] { WORDS($F024) } phases
    }: in the first, which lasts until { $E018 }, the international coalition's mission ends; in the second the United States keeps operating from Iraq in some form until { $E019 }, in support of operations against ISIS in Syria.{ $after }
finding-KF05 = The statistics in { $F029_subject } count { $F030 ->
        [one] one ISIS attack
       *[other] { $F030 } ISIS attacks
    } in { $F030_period } and { $F029 } in { $F029_period }: { $rate_F030 ->
        [one] { $rate_F030 } attack
       *[other] { $rate_F030 } attacks
    } a month against { $rate_F029 ->
        [one] { $rate_F029 } attack
       *[other] { $rate_F029 } attacks
    } a month (rates derived here: count ÷ months). The rise holds only if both counts cover the same area: the later count covers Iraq and Syria, the earlier one does not say.
finding-KF06 = Not every count of attacks concerns ISIS: US military positions in Iraq and Syria were attacked { $F032 ->
        [one] once
       *[other] { $F032 } times
    } by armed groups that Iran trained and armed, { $F032_between }, according to { $F032_source }.
finding-KF07 = ISIS has not gone: according to { $F035_source }, a senior US military official estimated that { $F035 ->
        [one] one of its fighters was
       *[other] { $F035 } of its fighters were
    } still at large in Iraq and Syria in { $F035_period }; at the same time, Pentagon officials put US forces at { $F033 ->
        [one] one soldier
       *[other] { $F033 } soldiers
    } in Iraq and { $F034 } in Syria.
finding-KF08 = Among the forces that fought ISIS, { $F021 } members of Iraq's forces, { $F017 } fighters of the Syrian Democratic Forces and { $F019 } Peshmerga were killed, by figures from { $F021_source }, which do not say what period they cover.
evidence-title = The evidence base: the sources and their limits
evidence-limits =
    This report rests on { $sources ->
        [one] one text
       *[other] { WORDS($sources) } texts
    }: { $kinds }{ $languages }. { $dates_sentence }; nothing after { $latest }, the date of the latest, is known here. Most figures are second-hand: { $second_hand } of the { $facts ->
        [one] one figure
       *[other] { WORDS($facts) } figures
    } cited here are reported by the source from an outlet it cites, an official, a party or unnamed statistics, not counted by the source itself; { $unknown_periods } do not say which period they cover, and { $disputed ->
        [one] one is a claim
       *[other] { WORDS($disputed) } are claims
    } that the sources themselves dispute. None of the texts is an official dataset, and a record this thin supports an outline, not trends: where it compares two figures, the report says what each one counts.
evidence-all_arabic = , all in Arabic
evidence-table_heading = The sources
evidence-table_caption = The sources, from the earliest to the latest; the last two columns count the figures and the quotes this report cites from each.
evidence-col_what = What it is
evidence-col_publisher = Publisher or author
evidence-col_date = Date, and how it is known
evidence-col_covers = What it covers
evidence-col_figures = Figures cited
evidence-col_quotes = Quotes cited
evidence-not_stated = Not stated
evidence-date_how = { $date } ({ $how })
evidence-date_ground = { $how }: { $ground }
source_about-S000 = News report on the Russia–Iran–Iraq–Syria quadrilateral coalition, nearly eight years after its founding
source_about-S001 = Encyclopedia article on the Russia–Syria–Iran–Iraq coalition
source_about-S002 = Research paper (unit of terrorism and extremism): “A bilateral agreement between Baghdad and Washington: will terrorist groups exploit the withdrawal of the ‘international coalition’ to resume operations?”
source_about-S003 = News report: the quadrilateral coalition's joint centre in Baghdad is still working
source_about-S004 = Analysis of the first round of the Iraq–US dialogue on ending the coalition's mission
source_covers-S000 = The quadrilateral coalition's founding, its operations room and information centre in Baghdad, its claimed kills and intelligence output (which the text says drew scepticism), the Iraq–Syria border, its last announced meeting; the views of Iraqi officers and officials, a researcher and a security expert
source_covers-S001 = How the quadrilateral coalition and its information centre were set up: the rotation of the chair, the staff from each country, and the positions of Iraqi parties
source_covers-S002 = The international coalition's members and working groups, the losses of the forces that fought ISIS, the agreement to end the coalition's mission and its phases, joint operations and ISIS attacks, the positions of Iraqi parties on the withdrawal, and the camps; many figures come through its numbered references
source_covers-S003 = The joint centre's monthly meetings and who chairs them, after the change of government in Baghdad; the view of a lawmaker
source_covers-S004 = The first round of the dialogue, attacks on US positions by Iran-backed groups, US troops in Iraq and Syria, and ISIS fighters still at large
conclusion-title = Conclusion: what the record supports, and what it cannot tell
conclusion-supports_heading = What the record supports
conclusion-supports = Read together, the { $sources ->
        [one] one text supports
       *[other] { WORDS($sources) } texts support
    } the { $findings ->
        [one] finding
       *[other] { WORDS($findings) } findings
    } set out at the start of this report: { $topics }. Each rests on quoted evidence, dated and qualified as their sources give them. What the record supports is an outline of events and of what officials, analysts and outlets said, not a measured trend: every figure in it is one party's or one outlet's count.
conclusion-cannot_heading = What it cannot tell
conclusion-after =
    { $n ->
        [one] Whether the plan dated after { $latest }, the date of the latest source, was carried out: the sources end there, and one plan or deadline falls later ({ $dates }).
       *[other] Whether the plans dated after { $latest }, the date of the latest source, were carried out: the sources end there, and { WORDS($n) } plans or deadlines fall later ({ $dates }).
    }
conclusion-civilians = How many civilians died: no source gives a number, only words.
conclusion-attacks_area = Whether ISIS attacks really rose: one of the two counts does not say which area it covers, so the two may not be comparable.
conclusion-periods = When { $unknown ->
        [one] one
       *[other] { $unknown }
    } of the { $facts ->
        [one] one cited figure
       *[other] { WORDS($facts) } cited figures
    } held: their sources do not say which period they cover.
conclusion-disputed = Whether the { $disputed ->
        [one] disputed claim is
       *[other] { WORDS($disputed) } disputed claims are
    } true: nothing in the record checks them, and the text that reports them also reports the doubts about them.
conclusion-thin = Anything the { $sources ->
        [one] one text does
       *[other] { WORDS($sources) } texts do
    } not cover: the record is { $kinds }, not official statistics; a fuller account needs the outlets and officials these texts quote, read at first hand.
finding_topic-KF01 = the quadrilateral coalition's founding and its last announced meeting
finding_topic-KF02 = its disputed claim of ISIS fighters killed
finding_topic-KF03 = the size and reach of the international coalition
finding_topic-KF04 = the agreement on a phased transition that ends the international coalition's mission
finding_topic-KF05 = the apparent rise in ISIS attacks between the two counts, if they cover the same area
finding_topic-KF06 = the separate count of attacks on US positions
finding_topic-KF07 = ISIS fighters still at large and the US troops that remained
finding_topic-KF08 = the losses of the forces that fought ISIS
full-evidence_up_to = Evidence up to { $date }
full-publisher = Coalition reports: the published record on the coalitions against ISIS, cited, in Arabic and English
full-abstract_title = Abstract
full-abstract = Two coalitions fought ISIS in Iraq and Syria: the US-led international coalition, and the quadrilateral coalition of Russia, Iran, Iraq and Syria. This report sets out what { $sources ->
        [one] one Arabic text
       *[other] { WORDS($sources) } Arabic texts
    }, the latest dated { $latest }, say about them: how each was built, how the end of the international coalition's mission was agreed, what ISIS still does, and what the war cost the forces that fought it. The report opens with { $findings ->
        [one] one key finding
       *[other] { WORDS($findings) } key findings
    }, and a conclusion says what the record supports and what it cannot tell. Every figure is quoted from its source, with its qualifier, its period and whose claim it is.


## figs
# Numbered figures and tables (analysis.numbering): the label, then the title that states the finding.
ui-table = Table { $number }
ui-numbered_title = { $label }. { $title }
# The evidence list: entries stand under their source's name; an entry names only the outlet its source cites.
evidence-citing = citing { $origin }
evidence-translations_ours = The English translations of the Arabic quotes are ours.
# One standard of doubt (analysis.doubt): whose figures each figure and table shows, and what its patterns mean.
doubt-whose = Whose figures: { $list }
doubt-whose_party = { $who } (a party to the conflict)
doubt-whose_iraqi_lawmaker = { $who } (Iraqi lawmaker)
# the claimant's own label already says "Iraqi official"
doubt-whose_iraqi_official = { $who }
doubt-whose_claim = { $who } (a claim)
doubt-whose_disputed = { $who } (disputed by { $by })
doubt-whose_quoted_by = { $origin }, as quoted by { $by }
doubt-whose_via = { $who }, via { $origin }
doubt-legend_party = Dotted: figure given by a party to the conflict
doubt-legend_disputed = Hatched: figure the sources report as disputed
# Structure: lists as tables, each titled by what it shows.
structure-col_role = Role
structure-col_members = States and groups
structure-col_group = Working group
structure-col_chairs = Chaired by
structure-col_aspect = Aspect
structure-col_said = What the sources say
structure-col_party = Party or figure
structure-col_kind = Kind
structure-col_stance = Stance on the agreement
structure-table_coalitions =
    Two coalitions: the international one, { $intl_size ->
        [one] one state
       *[other] { $intl_size } states
    } led by { $leader }; the quadrilateral one of { $quad_members }
structure-table_working_groups =
    { $announced ->
        [one] One working group announced
       *[other] { WORDS($announced) } working groups announced
    }, { $listed ->
        [one] one listed
       *[other] { WORDS($listed) } listed
    }; { $top } chairs { $top_n ->
        [one] one of them
       *[other] { WORDS($top_n) } of them
    }
structure-table_working_groups_listed =
    { $listed ->
        [one] One working group listed
       *[other] { WORDS($listed) } working groups listed
    }; { $top } chairs { $top_n ->
        [one] one of them
       *[other] { WORDS($top_n) } of them
    }
structure-table_centre =
    The information centre as { $sources ->
        [one] one source describes
       *[other] { WORDS($sources) } sources describe
    } it, aspect by aspect{ $disputed ->
        [0] {""}
        [one] ; its own figure on its output is disputed
       *[other] ; its own figures on its output are disputed
    }
structure-table_seats = The centre sat first at { $first }, later at { $then }
structure-table_stances =
    Iraqi parties and figures on the agreement: { $n_for ->
        [one] one
       *[other] { WORDS($n_for) }
    } for, { $n_against ->
        [one] one
       *[other] { WORDS($n_against) }
    } against
# Figure titles that state the finding.
casualties-killed_item = { $force }, { $count }
casualties-chart_forces_finding_wounded =
    Killed and wounded fighting ISIS, as { $sources ->
        [one] one source counts them
       *[other] { WORDS($sources) } sources count them
    }. Killed: { $killed }
casualties-chart_forces_finding =
    Killed fighting ISIS, as { $sources ->
        [one] one source counts them
       *[other] { WORDS($sources) } sources count them
    }: { $killed }
attacks-chart_rate_finding =
    ISIS attacks (derived rates): { $rate_a ->
        [one] { $rate_a } attack
       *[other] { $rate_a } attacks
    } a month in { $period_a } and { $rate_b ->
        [one] { $rate_b } attack
       *[other] { $rate_b } attacks
    } a month in { $period_b }, if the two counts cover the same area{ $joint_note }
attacks-chart_rate_rose =
    The ISIS attack rate rose from { $rate_a ->
        [one] { $rate_a } attack
       *[other] { $rate_a } attacks
    } a month in { $period_a } to { $rate_b ->
        [one] { $rate_b } attack
       *[other] { $rate_b } attacks
    } a month in { $period_b } (derived), if the two counts cover the same area{ $joint_note }
attacks-chart_rate_fell =
    The ISIS attack rate fell from { $rate_a ->
        [one] { $rate_a } attack
       *[other] { $rate_a } attacks
    } a month in { $period_a } to { $rate_b ->
        [one] { $rate_b } attack
       *[other] { $rate_b } attacks
    } a month in { $period_b } (derived), if the two counts cover the same area{ $joint_note }
attacks-chart_rate_joint = ; joint operations shown for comparison
attacks-coverage_item = { $series }: { $spans }
attacks-chart_coverage_finding =
    { $n ->
        [one] One count
       *[other] { WORDS($n, capital: "yes") } counts
    } over different spans, never added together
attacks-coverage_note = The spans: { $spans }.
forces-timeline_last_after = after { $year }
forces-timeline_finding =
    The withdrawal as the sources date it, { $first } to { $last }: { $planned ->
        [0] every step was already past when its source was written
        [one] one step was still a plan when its source was written
       *[other] { WORDS($planned) } steps were still plans when their sources were written
    }
timeline-chart_finding =
    { $groups ->
        [one] One event
       *[other] { WORDS($groups) } events
    } from { $first } to { $last }, by theme; { $share } under “{ $top_theme }” ({ $top_n ->
        [one] one
       *[other] { WORDS($top_n) }
    } of { WORDS($groups) })
timeline-share_most = most of them
timeline-share_tied = one of the largest groups
timeline-share_largest = the largest group
evidence-period_unstated = Where no period is listed, the source does not state one.
timeline-table_events =
    { $groups ->
        [one] One event
       *[other] { WORDS($groups) } events
    } by date ({ $n ->
        [one] one date
       *[other] { WORDS($n) } dates
    } in all): where several sources date the same event, each date is listed with its source
method-table_derived = The values this report computes, how, and from which figures
method-table_qualifiers = Each qualifier, as the sources word it and as this report writes it
method-table_statuses = What “reported”, “claimed” and “disputed” mean here

## edit
# Key findings that rest on the sources' arguments (statements), and the conclusion's judgements.
whose-default = the claim of { $claimant }
whose-saudi_mofa = a claim on a page of the Saudi foreign ministry about the coalition
finding-quad_relevance = Russia, Iran, Iraq and Syria announced a quadrilateral coalition against ISIS on { $E002 }; its last announced meeting was held in Baghdad on { $E009 }. Those quoted in { $E009_source } disagree on whether it still matters: { $A005_speaker } says that since the war in Ukraine began it can be seen as “a coalition in name only or a political courtesy”; { $A009_speaker }, says that Russia has lost interest in it since then; { $A006_speaker }, holds that its existence still matters, to strike what remains of ISIS.
finding-intl_reach = US President Barack Obama announced the international coalition against ISIS on { $E017 }, and { $F016 ->
        [one] one state
       *[other] { $F016 } states
    } took part in it. That it helped its local partners drive ISIS out of { $F022 } of the territory the group had held in the region is { $F022_whose }, quoted in { $F022_in }, not an outside count.
finding-exit_political = Iraq's prime minister and the US ambassador contradict each other, by the account of { $A027_source }: { $A027_speaker }, says that Iraq no longer needs US forces, now that they have defeated ISIS, while { $A028_speaker }, says that the threats to Iraq's security, stability and sovereignty remain. { $A031_Speaker }, reads the attack counts as showing that ISIS operations are rising and that the official Iraqi call for withdrawal is political, not a matter of security, driven by pressure from Iraqi armed factions loyal to Iran.
finding-attacks = The statistics in { $F029_subject } count { $F030 ->
        [one] one ISIS attack
       *[other] { $F030 } ISIS attacks
    } in { $F030_period } and { $F029 } in { $F029_period }: { $rate_F030 ->
        [one] { $rate_F030 } attack
       *[other] { $rate_F030 } attacks
    } a month against { $rate_F029 ->
        [one] { $rate_F029 } attack
       *[other] { $rate_F029 } attacks
    } a month (rates derived here: count ÷ months). The rise holds only if both counts cover the same area: the later count covers Iraq and Syria, the earlier one does not say. A separate count is not of ISIS at all: armed groups that Iran trained and armed attacked US military positions in Iraq and Syria { $F032 ->
        [one] once
       *[other] { $F032 } times
    } in { $F032_period }, according to { $F032_source }.
conclusion-judgements_intro = Read together, the sources' figures and arguments point to the judgements below. Each is the sources' own, not this report's, and cites the evidence it rests on.
conclusion-judge_quad = On the quadrilateral coalition, { $quad_n ->
    [one] { $quad_who }, quoted in { $quad_in }, suggests
   *[other] those quoted in { $quad_in } suggest
} that it served Russia and Iran in Syria more than it fought ISIS in Iraq, and that since the war in Ukraine it has become at most a formality, though { $A006_speaker }, still calls it useful against what remains of ISIS.
conclusion-judge_exit = On the end of the international coalition's mission, the sources suggest that the US exit has more than one driver: { $A031_source }, calls Iraq's official call for withdrawal political, not a matter of security, made under pressure from armed factions loyal to Iran; { $A019_in } names that pressure as the strongest driver, a pressure partly armed, with attacks on US bases, finds al-Sudani's government compelled to go along with the militias, and gives as Washington's own motive a standing threat to the fate of US forces in Iraq; and, by the research paper's account, Iraq's prime minister and the US ambassador contradict each other.
conclusion-judge_isis = On ISIS, the sources suggest a threat that persists rather than one defeated: a senior US military official put its fighters still at large at { $F035 } in { $F035_period }, the later of the two counts of its attacks is the higher per month (derived), and { $A036_in } calls the al-Hol and Roj camps a time bomb; but each figure is one party's count, and the rise holds only if the two counts cover the same area.
conclusion-judge_intl = On the international coalition, the record holds no outside measure of what it achieved across the region: that it helped its local partners drive ISIS out of { $F022 } of the territory the group had held is { $F022_whose }, quoted in { $F022_in }, not an outside count.
timeline-territory_whose = That { $share } is { $whose }, not an outside count.
