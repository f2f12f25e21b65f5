"""Each construction of the events stage on the sentences its module's docstring gives, in both languages:
what kind of event comes out, at which stage, from which rule (``details['rule']``), and what an analyst
reads in its summary. A sentence a construction must not read gives no event."""
import pytest

from bellink.ingest.pipeline import analyze_text

CASES = [
    # deliveries.read: cue + system, relative clause, generic noun pointing back
    ("Russia delivered four more Su-30SM fighters to Belarus on Thursday.",
     [("delivery", "delivered", "deliveries.read:system", "Russia → Belarus: Su-30SM, 4 aircraft (delivered)")]),
    ("Белоруссия получила от России ещё одну батарею ЗРК «Тор-М2».",
     [("delivery", "delivered", "deliveries.read:system", "Russia → Belarus: Tor-M2, 1 battery (delivered)")]),
    ("Talks on the supply of S-400 systems to Belarus continue.",
     [("delivery", "discussed", "deliveries.read:system", "Russia → Belarus: S-400 Triumf (discussed)")]),
    ("Russia will deliver Pantsir systems to Belarus, which Belarus ordered in 2021.",
     [("delivery", "planned", "deliveries.read:system", "Russia → Belarus: Pantsir (planned)"),
      ("delivery", "ordered", "deliveries.read:relative_clause", "Russia → Belarus: Pantsir (ordered)")]),
    ("Russia has supplied S-400 and Iskander systems to Belarus. The Russia-supplied air defense systems are on "
     "combat duty.",
     [("delivery", "delivered", "deliveries.read:system", "Russia → Belarus: S-400 Triumf (delivered)"),
      ("delivery", "delivered", "deliveries.read:system", "Russia → Belarus: Iskander (delivered)"),
      ("delivery", "in_service", "deliveries.read:generic_noun", "Russia → Belarus: S-400 Triumf (in_service)")]),
    # negation: no delivery, but a denial the lifecycle can set against another source's claim
    ("Belarus did not receive the S-400 systems.",
     [("denial", "delivered", "deliveries.read:denied", "Russia → Belarus: S-400 Triumf (not delivered, says the text)")]),
    # conditions: nothing
    ("If Minsk asks, Moscow could supply Buk-M3 systems to Belarus.", []),
    # service entries
    ("Новые Су-57 поступили на вооружение ВКС России.",
     [("service_entry", "in_service", "deliveries.service:army", "Su-57 entered service (Russia)")]),
    ("The Russian army put the Su-57 into service in 2020.",
     [("service_entry", "in_service", "deliveries.inference:no_supplier", "Su-57 entered service (Russia)")]),
    # deployments
    ("Russian Iskander-M systems have been deployed in Belarus.",
     [("deployment", None, "deployments:system", "Russia: Iskander-M in Belarus")]),
    ("Russian troops were stationed in Belarus for the Zapad-2021 drills.",
     [("deployment", None, "deployments:forces", "Russia: troops in Belarus for Zapad-2021"),
      ("exercise", "held", "exercises:named", "Zapad-2021 exercise (Russia, Belarus)")]),
    # meetings
    ("Shoigu met Khrenin in Minsk on Tuesday.",
     [("meeting", "held", "meetings:participants", "Shoigu met Khrenin in Minsk")]),
    ("Хренин посетил Москву в среду.", [("meeting", "held", "meetings:visit", "Khrenin visited Moscow")]),
    # agreements
    ("Russia and Belarus signed an agreement on joint air defense.",
     [("agreement", "concluded", "agreements:concluded", "Agreement (Russia, Belarus): joint air defense")]),
    ("Минобороны России и Белоруссии заключили три контракта на поставку вертолётов Ми-35М.",
     [("agreement", "concluded", "agreements:concluded",
       "Contract (Ministry of Defence of Russia, Russia, Belarus) (3 contracts): поставку вертолётов Ми-35М"),
      ("delivery", "ordered", "deliveries.read:system", "Russia → Belarus: Mi-35M (ordered)")]),
    # exercises
    ("Zapad-2021 will involve about 200,000 troops.",
     [("exercise", "planned", "exercises:named", "Zapad-2021 exercise (planned): 200,000 troops")]),
    ("Белорусские и российские военные провели учения на полигоне Брестский в сентябре.",
     [("exercise", "held", "exercises:unnamed", "Unnamed exercise (Belarus, Russia)")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(text, expected):
    a = analyze_text(text, published="2024-06-05")
    got = [(e.kind, e.status, e.details.get("rule"), e.summary) for e in a.events]
    assert got == expected
