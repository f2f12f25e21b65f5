"""Two constructions the ninth session's review left open (issue 12; /work/review9_findings.md R8, R15). Sentences
written for the test.

- R15, a transport's cargo: "Two Il-76 transports flew into Belarus from Russia with Tor-M2 systems aboard", "An-124
  transports carrying Pantsir-S1 launchers flew to Belarus", "Два самолета Ил-76 прилетели ... с комплексами «Тор-М2»
  на борту": the cargo was delivered (the carrier never is, guards.py); a flight is otherwise a hand-over only when told
  as a batch.
- R8, "and" before a new subject and its verb is another clause: "Belarus delivered 30 T-72A tanks to Russia in March
  and Russia sent two Tor-M2 batteries to Belarus in May" keeps the T-72A row ("sent" alone is no transfer: a
  deployment); with a transfer verb on both sides both rows come out, each with its own sides and date.
- "and will" opens a future predicate of its own: "Russia delivered four Su-30SM to Belarus last year and will deliver
  another four this year" (delivered 2018, planned 2019: before, the delivered row was lost); "send" is a supply verb
  when it sends more of a transfer ("will send another 40", "will send Belarus a further batch of Su-30SM2").
Not deliveries: "Russia will send more troops"; "Two MiG-31K jets flew to Belarus from Russia" (the aircraft themselves, no batch); paratroopers
aboard a transport.
"""
import pytest

from conftest import deliveries


def _rows(text, published="2024-06-01"):
    return {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0],
             e["quantity"], (e["date"] or "")[:7]) for e in deliveries(text, published)}


@pytest.mark.parametrize("text, want", [
    ("Two Il-76 transports flew into Belarus from Russia with Tor-M2 systems aboard on Monday.",
     ("Tor-M2", "delivered", "Russia", "Belarus")),
    ("Belarus is getting new air defence. Two Il-76 transports flew into Machulishchy from Russia with Tor-M2 "
     "systems on board.", ("Tor-M2", "delivered", "Russia", "Belarus")),
    ("Two An-124 transports carrying Pantsir-S1 launchers flew to Belarus from Russia on Monday.",
     ("Pantsir-S1", "delivered", "Russia", "Belarus")),
    ("Два самолета Ил-76 прилетели в Белоруссию из России с комплексами «Тор-М2» на борту.",
     ("Tor-M2", "delivered", "Russia", "Belarus")),
])
def test_the_cargo_is_delivered(text, want):
    got = _rows(text)
    assert want in {r[:4] for r in got}, got
    assert not any(r[0].startswith(("Il-76", "An-124")) for r in got), got


@pytest.mark.parametrize("text", [
    "Two MiG-31K jets flew to Belarus from Russia on Monday.",
    "Two Il-76 transports flew to Belarus from Russia with paratroopers aboard, a day after Iskander-M systems "
    "arrived for the drills.",
])
def test_no_cargo_no_delivery(text):
    assert _rows(text) == set()


def test_and_before_a_new_subject_keeps_the_first_clause():
    got = _rows("Belarus delivered 30 T-72A tanks to Russia in March and Russia sent two Tor-M2 batteries to Belarus "
                "in May.")
    assert got == {("T-72A", "delivered", "Belarus", "Russia", 30.0, "2024-03")}, got


def test_and_before_a_new_subject_two_transfers():
    got = _rows("Belarus delivered 30 T-72A tanks to Russia in March and Russia delivered two Tor-M2 batteries to "
                "Belarus in May.")
    assert got == {("T-72A", "delivered", "Belarus", "Russia", 30.0, "2024-03"),
                   ("Tor-M2", "delivered", "Russia", "Belarus", 2.0, "2024-05")}, got


@pytest.mark.parametrize("text, want", [
    ("Russia delivered four Su-30SM fighters to Belarus last year and will deliver another four this year.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "2023"), ("Su-30SM", "planned", "Russia", "Belarus", 4.0,
                                                                     "2024")}),
    ("The Minsk Wheeled Tractor Plant shipped 30 MZKT-7930 chassis to Russia last year and will send another 40 this "
     "year, a spokesman for the plant said.",
     {("MZKT-7930 Astrolog", "delivered", "Belarus", "Russia", 30.0, "2023"),
      ("MZKT-7930 Astrolog", "planned", "Belarus", "Russia", 40.0, "2024")}),
    ("Russia will send Belarus a further batch of Su-30SM2 fighter jets next year.",
     {("Su-30SM2", "planned", "Russia", "Belarus", None, "2025")}),
])
def test_and_will_and_send_more(text, want):
    got = _rows(text)
    assert want <= got, got


@pytest.mark.parametrize("text", [
    "Russia will send more troops to Belarus next year.",
    "Russia will send its Iskander-M brigade to Belarus for the Zapad exercise.",
])
def test_send_without_more_of_a_transfer(text):
    assert _rows(text) == set()
