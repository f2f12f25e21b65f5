"""A subordinate clause with a subject and a verb of its own ('after Russia moved ...', 'после того, как Россия
перебросила ...') is not the main clause's: its system is not what the main clause asks for, and the main clause's
subject is not the sender of what it moves. Before, 'Poland asked the United States for Patriot systems after
Russia moved Iskander-M systems to Belarus' gave an Iskander-M request, and the Russian sentence an Iskander
'delivered' by Poland. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return [(e["supplier"], e["recipient"], e["system"], e["status"]) for e in deliveries(text, "2024-05-06")]


@pytest.mark.parametrize("text", [
    "Poland asked the United States for more Patriot systems after Russia moved Iskander-M systems to Belarus.",
    "Lithuania asked Germany for help after Russia deployed Iskander-M systems in Belarus.",
])
def test_a_system_of_the_subordinate_clause_is_not_requested(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "Польша попросила США о поставке комплексов Patriot после того, как Россия перебросила «Искандеры» в Беларусь.",
])
def test_the_main_subject_is_not_the_sender_of_the_subordinate_movement(text):
    got = rows(text)
    assert not [r for r in got if "Poland" in r[0] or "Poland" in r[1]], got
    assert not [r for r in got if r[3] == "delivered"], got


@pytest.mark.parametrize("text", [
    "Belarus asked Russia for S-400 systems after Poland bought Patriot systems.",
    "Russia delivered four Su-30SM fighters to Belarus after Minsk signed the contract.",
    "Беларусь отправила в Россию 30 танков Т-72А в марте.",
])
def test_the_main_clause_still_reads(text):
    assert rows(text)
