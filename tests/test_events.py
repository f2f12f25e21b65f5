"""Events: the deliveries register and the other dated facts, on passages written for these tests.

Each passage in tests/data/events/ is new text in news style (several systems in them, such as
"Lastochka-3" and "Kryuk-7", exist in no knowledge base). The tables say what an analyst should
get back: kind, supplier, recipient, system, quantity and unit, status, date and precision.
"""
import json
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.ingest.model import DELIVERY_STATUSES
from bellink.ingest.pipeline import analyze_text

DATA = Path(__file__).parent / "data" / "events"
SEEDS = Path(__file__).parent.parent / "seeds"


@lru_cache(maxsize=None)
def analyze(name: str, published: str):
    path = DATA / name if (DATA / name).exists() else SEEDS / name
    return analyze_text(path.read_text(encoding="utf-8"), published=published, doc_id=Path(name).stem)


def names(a, keys):
    return [a.entities[k].name if k in a.entities else k for k in keys]


def rows(a, kind="delivery"):
    """Events of one kind as plain rows with entity names, the way an analyst reads them."""
    out = []
    for ev in a.events:
        if ev.kind != kind:
            continue
        # the "unit" role (a military unit deployed) would clash with the quantity's unit
        row = {("formation" if role == "unit" else role): names(a, keys) for role, keys in ev.roles.items()}
        row.update(status=ev.status, quantity=ev.quantity, approx=ev.quantity_approx, unit=ev.unit,
                   date=ev.date.value if ev.date else None, precision=ev.date.precision if ev.date else None,
                   date_end=ev.date.end if ev.date else None, summary=ev.summary, details=ev.details,
                   confidence=ev.confidence, statement=ev.statement, sentence=ev.sentence, start=ev.start,
                   stop=ev.stop)
        out.append(row)
    return out


def only_of(got):
    assert len(got) == 1, [r["summary"] for r in got]
    return got[0]


def only(a, kind="delivery"):
    got = rows(a, kind)
    assert len(got) == 1, [r["summary"] for r in got]
    return got[0]


# --- each stage, in both languages ---------------------------------------------------------

STAGES = [
    # (file, published, supplier, recipient, system, status, quantity, unit, date, precision)
    ("en_discussed.txt", "2024-04-10", "Russia", "Belarus", "Buk-M3", "discussed", None, None, "2024-04-09", "day"),
    ("en_planned.txt", "2023-11-20", "Russia", "Belarus", "Yak-130", "planned", 12, "aircraft", "2026", "year"),
    ("en_ordered.txt", "2022-08-03", "Russia", "Belarus", "Mi-35M", "ordered", 4, "helicopters", "2022-07",
     "month"),
    ("en_delivered.txt", "2021-11-12", "Russia", "Belarus", "Su-30SM", "delivered", 4, "aircraft", "2021-11-11",
     "day"),
    ("en_in_service.txt", "2020-02-18", "Russia", "Belarus", "Tor-M2K", "in_service", 2, "battalions",
     "2020-02-17", "day"),
    ("ru_discussed.txt", "2023-09-05", "Russia", "Belarus", "Mi-28NE", "discussed", None, None, "2023-09-04", "day"),
    ("ru_planned.txt", "2024-03-01", "Russia", "Belarus", "BTR-82A", "planned", None, None, "2024", "year"),
    ("ru_ordered.txt", "2019-05-15", "Russia", "Belarus", "Yak-130", "ordered", 6, "aircraft", "2019-03", "month"),
    ("ru_delivered.txt", "2020-10-13", "Russia", "Belarus", "Tor-M2K", "delivered", 4, "systems", "2020-10-12",
     "day"),
    ("ru_in_service.txt", "2023-01-20", "Russia", "Belarus", "S-400 Triumf", "in_service", None, None, "2022-12",
     "month"),
    ("en_new_drone.txt", "2024-06-20", "Russia", "Belarus", "Lastochka-3", "delivered", 24, "drones", "2024-05",
     "month"),
]


@pytest.mark.parametrize("name,published,supplier,recipient,system,status,quantity,unit,date,precision", STAGES,
                         ids=[s[0] for s in STAGES])
def test_each_stage(name, published, supplier, recipient, system, status, quantity, unit, date, precision):
    got = rows(analyze(name, published))
    # an earlier stage a participle asserts ("Tor-M2K received from Russia were put on combat duty") is its own row
    assert all(r["details"].get("rule") == "deliveries.participles:attribute" for r in got if r["status"] != status)
    row = only_of([r for r in got if r["status"] == status])
    assert row["supplier"] == [supplier]
    assert row["recipient"] == [recipient]
    assert row["system"] == [system]
    assert row["status"] == status
    assert row["quantity"] == quantity
    assert row["unit"] == unit
    assert (row["date"], row["precision"]) == (date, precision)
    assert row["summary"].startswith(f"{supplier} → {recipient}: {system}")
    assert row["summary"].endswith(f"({status})")


def test_every_status_is_covered_in_both_languages():
    seen = {(name[:2], status) for name, _, _, _, _, status, *_ in STAGES}
    assert seen >= {(lang, s) for lang in ("en", "ru") for s in DELIVERY_STATUSES}


def test_a_stage_reported_in_a_statement_takes_the_statement_date():
    row = only(analyze("en_discussed.txt", "2024-04-10"))
    # "is in talks ..., Lukyanovich said on Tuesday": the talks hold as of that Tuesday
    assert row["details"]["date_from"] == "statement"
    row = only(analyze("ru_delivered.txt", "2020-10-13"))
    assert row["details"]["date_from"] == "statement"


def test_planned_keeps_its_target_date_and_the_stage_it_plans():
    row = only(analyze("en_planned.txt", "2023-11-20"))
    assert row["details"]["date_from"] == "own"
    assert row["details"]["target_status"] == "ordered"  # "plans to buy"
    row = only(analyze("ru_planned.txt", "2024-03-01"))
    assert row["details"]["batch"] == "первую партию"  # an ordinal batch is not a quantity
    assert row["quantity"] is None


def test_approximate_counts_and_batches():
    a = analyze("en_quantities.txt", "2021-04-01")
    delivered, planned = rows(a)
    assert (delivered["status"], delivered["quantity"], delivered["approx"], delivered["unit"]) == (
        "delivered", 12, True, "aircraft")  # "about a dozen"
    assert delivered["summary"] == "Russia → Belarus: Yak-130, about 12 aircraft (delivered)"
    assert (delivered["date"], delivered["precision"]) == ("2020", "year")
    # "A second batch of Yak-130 aircraft is due next year": planned, and "second" is no count
    assert (planned["status"], planned["quantity"], planned["details"]["batch"]) == ("planned", None, "second batch")
    assert (planned["supplier"], planned["recipient"], planned["system"]) == (["Russia"], ["Belarus"], ["Yak-130"])
    assert (planned["date"], planned["precision"]) == ("2022", "year")


def test_system_not_in_the_knowledge_base_is_discovered_with_its_family():
    a = analyze("ru_discussed.txt", "2023-09-05")
    key = only(a)["system"]
    ent = next(e for e in a.entities.values() if e.name == "Mi-28NE")
    assert ent.source == "discovered" and ent.attrs.get("family", "").startswith("mi28")
    assert key == ["Mi-28NE"]


def test_organizations_acting_for_states_are_kept_beside_the_countries():
    a = analyze("ru_ordered.txt", "2019-05-15")
    ev = next(e for e in a.events if e.kind == "delivery")
    assert ev.roles["supplier"] == ["country:russia"] and ev.roles["supplier_org"] == ["organization:rosoboronexport"]
    assert ev.roles["recipient"] == ["country:belarus"] and ev.roles["recipient_org"] == ["organization:mod_belarus"]


def test_event_offsets_point_at_the_evidence():
    a = analyze("en_delivered.txt", "2021-11-12")
    ev = next(e for e in a.events if e.kind == "delivery")
    evidence = a.document.text[ev.start:ev.stop]
    assert "delivered" in evidence and "Su-30SM" in evidence
    assert a.sentences[ev.sentence].start <= ev.start < a.sentences[ev.sentence].stop


def test_the_statement_an_event_was_reported_in():
    a = analyze("en_discussed.txt", "2024-04-10")
    ev = next(e for e in a.events if e.kind == "delivery")
    if a.statements:  # the statements stage marks "Belarus is in talks ..., Lukyanovich said"
        assert ev.statement is not None
        st = a.statements[ev.statement]
        assert st.start <= ev.start < st.stop


# --- what is not a delivery ---------------------------------------------------------------------

def test_forces_sent_to_an_exercise_are_deployments_not_deliveries():
    a = analyze("en_not_deliveries.txt", "2023-09-05")
    assert rows(a, "delivery") == []
    deps = rows(a, "deployment")
    troops = next(r for r in deps if r.get("formation") == [])
    assert troops["country"] == ["Russia"] and troops["place"] == ["Belarus"]
    assert (troops["quantity"], troops["approx"], troops["unit"]) == (1500, True, "troops")
    assert (troops["date"], troops["precision"]) == ("2023-09-03", "day")
    assert troops["exercise"] == ["Union Shield-2023"] and troops["details"]["for_exercise"]
    launchers = next(r for r in deps if r.get("system"))
    assert launchers["system"] == ["Iskander-M"] and launchers["country"] == ["Russia"]
    assert (launchers["quantity"], launchers["unit"]) == (1, "battalions")
    # the bomber named in the exercise goes with the exercise, not into the register
    ex = only(a, "exercise")
    assert "Tu-22M3" in ex["system"]


def test_service_entry_in_the_makers_own_army_is_not_a_delivery():
    a = analyze("en_not_deliveries.txt", "2023-09-05")
    entry = only(a, "service_entry")
    assert entry["system"] == ["Kryuk-7"] and entry["country"] == ["Russia"]
    assert entry["status"] == "in_service"
    assert (entry["date"], entry["precision"]) == ("2023-03", "month")
    assert entry["summary"] == "Kryuk-7 entered service (Russia)"


@pytest.mark.parametrize("name,published", [("en_not_deliveries.txt", "2023-09-05"),
                                            ("ru_not_deliveries.txt", "2024-05-05")])
def test_hypotheticals_and_negations_give_no_delivery(name, published):
    a = analyze(name, published)
    assert rows(a, "delivery") == []
    # a negated stage is kept as a denial; no other fact may name these systems
    systems = {k for ev in a.events if ev.kind != "denial" for k in ev.roles.get("system", [])}
    assert not systems & {"weapon_system:s400", "weapon_system:su35", "weapon_system:s500",
                          "weapon_system:pantsir_sm"}


def test_a_country_stationing_its_own_units_at_home_is_no_deployment():
    a = analyze("en_delivered.txt", "2021-11-12")
    assert rows(a, "deployment") == []  # the Belarusian 61st Fighter Airbase at Baranovichi


def test_deployment_since_a_year():
    dep = only(analyze("en_deployment_since.txt", "2020-01-10"), "deployment")
    assert dep["country"] == ["Russia"]
    assert set(dep["place"]) == {"Belarus", "Hantsavichy"}
    assert (dep["date"], dep["precision"]) == ("1995", "year")
    assert dep["summary"].endswith("since 1995")
    dep = only(analyze("ru_not_deliveries.txt", "2024-05-05"), "deployment")
    assert dep["country"] == ["Russia"] and dep["place"] == ["Belarus"]
    assert (dep["date"], dep["precision"]) == ("1995", "year")
    assert dep["details"]["what"] == "российские военные объекты"


# --- direction -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,published,quantity,date", [("en_belarus_to_russia.txt", "2024-02-02", 40, "2023"),
                                                          ("ru_belarus_to_russia.txt", "2023-01-25", 95, "2022")])
def test_transfer_from_belarus_to_russia(name, published, quantity, date):
    a = analyze(name, published)
    row = only(a)
    assert row["supplier"] == ["Belarus"] and row["recipient"] == ["Russia"]
    assert row["supplier_org"] == ["MZKT"]
    assert row["system"] == ["MZKT-79221"]
    assert (row["quantity"], row["unit"]) == (quantity, "chassis")
    assert row["status"] == "delivered"
    assert (row["date"], row["precision"]) == (date, "year")
    assert row["summary"] == f"Belarus → Russia: MZKT-79221, {quantity} chassis (delivered)"


def test_inferred_supplier_is_marked_and_less_confident():
    # "Полученные из России ...": explicit; "Belarus and Russia are in talks": the maker decides
    explicit = only(analyze("ru_in_service.txt", "2023-01-20"))
    assert not explicit["details"].get("supplier_inferred")
    a = analyze("en_inferred_relative.txt", "2024-05-20")
    row = next(r for r in rows(a) if r["system"] == ["Pantsir-SM"])  # no supplier named: the maker's country
    assert (row["supplier"], row["recipient"], row["status"]) == (["Russia"], ["Belarus"], "delivered")
    assert (row["date"], row["precision"]) == ("2024-05-17", "day")
    assert row["details"]["supplier_inferred"] is True
    assert row["confidence"] < explicit["confidence"]


def test_relative_clause_keeps_its_antecedent_and_its_own_stage():
    a = analyze("en_inferred_relative.txt", "2024-05-20")
    got = {r["system"][0]: r for r in rows(a)}
    # "its S-400 systems, which it received from Russia in 2022, and the Su-30SM fighters that were discussed"
    s400 = got["S-400 Triumf"]
    assert (s400["supplier"], s400["recipient"], s400["status"], s400["date"]) == (
        ["Russia"], ["Belarus"], "delivered", "2022")
    assert "Su-30SM" not in got  # talked about at some talks; no transfer is asserted for it


# --- other events ------------------------------------------------------------------------------------------

def test_exercise_with_scale_figures():
    ex = only(analyze("en_exercise_scale.txt", "2023-08-20"), "exercise")
    assert ex["exercise"] == ["Union Shield-2023"]
    assert set(ex["participant"]) == {"Russia", "Belarus"}
    assert set(ex["place"]) == {"Gozhsky training ground", "Brestsky training ground"}
    assert ex["details"]["figures"] == {"troops": 8500, "aircraft": 40, "helicopters": 12, "armored_vehicles": 350}
    assert ex["status"] == "planned"
    assert (ex["date"], ex["date_end"], ex["precision"]) == ("2023-09-09", "2023-09-15", "day")
    assert ex["summary"].startswith("Union Shield-2023 exercise (Russia, Belarus) (planned): 8,500 troops")


def test_russian_exercise_with_thousands_and_a_date_range():
    ex = only(analyze("ru_exercise_scale.txt", "2023-09-20"), "exercise")
    assert ex["exercise"] == ["Union Shield-2023"]
    assert set(ex["participant"]) == {"Russia", "Belarus"}  # "белорусско-российское"
    assert ex["place"] == ["Gozhsky training ground"]
    assert ex["details"]["figures"] == {"troops": 7500, "aircraft": 25, "armored_vehicles": 140}
    assert (ex["date"], ex["date_end"], ex["status"]) == ("2023-10-05", "2023-10-09", "planned")


def test_meeting_with_place_and_weekday():
    m = only(analyze("en_meeting.txt", "2025-02-14"), "meeting")
    assert m["participant"] == ["Viktor Khrenin", "Andrei Belousov"]
    assert m["place"] == ["Minsk"]
    assert (m["date"], m["precision"]) == ("2025-02-12", "day")  # the Wednesday before a Friday article
    assert m["status"] == "held"
    assert m["summary"] == "Khrenin met Belousov in Minsk"


@pytest.mark.parametrize("name,published,parties,date,end,precision,subject,quantity", [
    ("ru_agreement.txt", "2024-04-05", {"Russia", "Belarus"}, "2024-04-03", None, "day",
     "создании совместного учебно-боевого центра ВВС и ПВО", None),
    ("en_agreement_contracts.txt", "2021-03-01", {"Russia", "Belarus"}, "2019", "2020", "year",
     "the repair of air defence equipment", 40),
])
def test_agreements(name, published, parties, date, end, precision, subject, quantity):
    ag = only(analyze(name, published), "agreement")
    assert set(ag["party"]) == parties
    assert (ag["date"], ag["date_end"], ag["precision"]) == (date, end, precision)
    assert ag["details"]["subject"] == subject
    assert ag["quantity"] == quantity
    if quantity:
        assert ag["approx"] and ag["unit"] == "contracts"


def test_a_signed_contract_is_an_agreement_and_an_ordered_delivery():
    a = analyze("en_ordered.txt", "2022-08-03")
    ag = only(a, "agreement")
    assert {"Russia", "Belarus"} <= set(ag["party"]) and ag["system"] == ["Mi-35M"]
    assert ag["date"] == "2022-07"
    assert only(a)["status"] == "ordered"


# --- a lifecycle across three articles, through the CLI ------------------------------------------------

LIFECYCLE = [("pantsir_talks.txt", "2022-03-10"), ("pantsir_contract.txt", "2023-06-20"),
             ("pantsir_delivered.txt", "2024-09-02")]


def test_lifecycle_from_three_articles(tmp_path):
    db = str(tmp_path / "kb.db")
    runner = CliRunner()
    for name, published in LIFECYCLE:
        result = runner.invoke(cli, ["--db", db, "ingest", str(DATA / "lifecycle" / name), "--published", published],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--db", db, "deliveries", "--lifecycle", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    groups = json.loads(result.output)
    assert len(groups) == 1, groups
    g = groups[0]
    assert (g["supplier"], g["recipient"], g["system"]) == ("Russia", "Belarus", "Pantsir-SM")
    assert [(s["status"], s["date"], s["date_precision"], s["document"]) for s in g["stages"]] == [
        ("discussed", "2022-03-09", "day", "pantsir_talks"),
        ("ordered", "2023-06-19", "day", "pantsir_contract"),
        ("delivered", "2024-08", "month", "pantsir_delivered"),
    ]
    assert g["furthest_status"] == "delivered"
    assert (g["first"], g["last"]) == ("2022-03-09", "2024-08")
    assert g["sources"] == ["pantsir_contract", "pantsir_delivered", "pantsir_talks"]


# --- an honest look at the bundled seeds --------------------------------------------------------------------

def _delivery_set(a):
    return {(tuple(r["supplier"]), tuple(r["recipient"]), r["system"][0], r["status"]) for r in rows(a)}


def test_seed_000_s300_planned_and_s400_discussed():
    a = analyze("000_c5730690aef84ce7.txt", "2015-06-17")
    ds = rows(a)
    s300 = next(r for r in ds if r["system"][0].startswith("S-300"))
    assert s300["system"] == ["S-300PS"]  # the lead's "S-300" and the quote's "S-300PS" are one fact
    assert s300["supplier"] == ["Russia"] and s300["recipient"] == ["Belarus"]
    assert s300["status"] in ("planned", "in_service")
    assert (s300["quantity"], s300["unit"]) == (4, "divisions")
    assert (s300["date"], s300["precision"]) == ("2015", "year")  # "by the end of this year"
    s400 = next(r for r in ds if r["system"] == ["S-400 Triumf"])
    assert (s400["supplier"], s400["recipient"], s400["status"]) == (["Russia"], ["Belarus"], "discussed")
    assert len(ds) == 2  # "many military products were delivered" names no system


def test_seed_001_s400_caption_is_a_service_entry():
    a = analyze("001_1e42d33d7abe5dcd.txt", "2021-09-13")
    entry = only(a, "service_entry")
    assert (entry["system"], entry["country"], entry["date"]) == (["S-400 Triumf"], ["Russia"], "2007")
    assert (("Russia",), ("Belarus",), "S-400 Triumf", "in_service") not in _delivery_set(a)
    assert (("Russia",), ("Belarus",), "S-400 Triumf", "discussed") in _delivery_set(a)
    ex = only(a, "exercise")
    assert ex["details"]["figures"] == {"troops": 200000, "aircraft": 80, "armored_vehicles": 760, "ships": 15}
    m = only(a, "meeting")
    assert m["summary"] == "Lukashenko met Putin in Moscow" and m["date"] == "2021-09-09"


def test_seed_003_s400_and_iskander_delivered_by_russia():
    a = analyze("003_30802583c04b4f2c.txt", "2022-12-24")
    got = _delivery_set(a)
    for system in ("S-400 Triumf", "Iskander"):
        assert (("Russia",), ("Belarus",), system, "delivered") in got
        # "Minsk had put Russia-supplied air defense and missile systems on combat duty"
        assert (("Russia",), ("Belarus",), system, "in_service") in got


def test_seed_002_russian_register():
    a = analyze("002_7cf251a7b4443d13.txt", "2021-06-29")
    got = _delivery_set(a)
    assert (("Russia",), ("Belarus",), "S-400 Triumf", "planned") in got  # планирует заключить контракт
    assert (("Russia",), ("Belarus",), "S-400 Triumf", "discussed") in got  # готова рассмотреть заявку
    assert (("Russia",), ("Belarus",), "Su-30SM", "ordered") in got  # выполняет контракт
    assert not any(s in ("Tu-160", "Tu-22M3", "Tor") for _, _, s, _ in got)  # bombers in drills, a service centre
    deps = rows(a, "deployment")
    assert any(r["date"] == "1995" and r["country"] == ["Russia"] for r in deps)
    assert any(r["quantity"] == 3 and r["unit"] == "battalions" for r in deps)  # paratroopers sent to drills


@pytest.mark.parametrize("text, lang", [
    ("В Беларусь прибыла вторая партия бронеавтомобилей «Тигр» российского производства, сообщило "
     "Министерство обороны.", "ru"),
    ("A new batch of Russian-made Tigr armoured vehicles has arrived in Belarus, the Defence Ministry said.", "en"),
])
def test_an_arrival_of_delivered_systems_is_a_delivery_not_a_crash(text, lang):
    # "arrived" is also a deployment cue; when every system it names was delivered there is
    # nothing left to place (this used to end in an IndexError on an unseen article)
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(text, lang=lang, published="2021-01-05")
    assert [(e.kind, e.status) for e in a.events] == [("delivery", "delivered")]


@pytest.mark.parametrize("text, lang, system", [
    ("Belarus has not received any S-400 systems from Russia, the ministry said.", "en", "weapon_system:s400"),
    ("Россия не поставляла Белоруссии комплексы «Искандер», заявил Песков.", "ru", "weapon_system:iskander"),
])
def test_a_negated_stage_is_a_denial_never_a_delivery(text, lang, system):
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(text, lang=lang, published="2021-05-05")
    assert [(e.kind, e.status) for e in a.events] == [("denial", "delivered")]
    (ev,) = a.events
    assert ev.roles["supplier"] == ["country:russia"] and ev.roles["recipient"] == ["country:belarus"]
    assert ev.roles["system"] == [system] and ev.details["rule"] == "deliveries.read:denied"


def test_a_negation_without_both_parties_is_no_denial():
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text("The S-400 has not been delivered yet.", lang="en", published="2021-05-05")
    assert a.events == []


@pytest.mark.parametrize("text, lang, kinds", [
    ("No contract for the S-400 has been signed with Russia, Khrenin said.", "en", []),
    ("Никакого контракта на поставку С-400 с Россией пока не заключено.", "ru", []),
    # the same sentences without the negation are agreements; 'no doubt' negates no accord
    ("Russia and Belarus signed a contract for four Su-30SM fighters.", "en", ["agreement", "delivery"]),
    ("There is no doubt that the contract with Russia was signed in June.", "en", ["agreement"]),
])
def test_an_accord_that_is_itself_negated_is_no_agreement(text, lang, kinds):
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(text, lang=lang, published="2021-05-05")
    assert sorted(e.kind for e in a.events) == kinds
