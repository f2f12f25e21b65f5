"""A pronoun subject of a service entry ("They went on combat duty") stands for a system of the sentences before,
never for systems brought to an exercise: those were not handed over (anaphora.pronoun_subject, read.py).
Sentences written for the test (review, issue 12)."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Russian troops brought Iskander launchers to the Zapad exercise. They went on combat duty in Belarus in May.",
    "Российские военные привезли на учения «Запад» пусковые установки «Искандер». Они заступили на боевое "
    "дежурство в Беларуси в мае.",
])
def test_exercise_systems_taken_up_by_a_pronoun_are_no_delivery(text):
    assert deliveries(text) == ()


@pytest.mark.parametrize("text", [
    "Russia delivered the first Tor-M2K battery to Belarus in 2021. They went on combat duty in May.",
    "Россия передала Беларуси первую батарею Тор-М2К в 2021 году. Они заступили на боевое дежурство в мае.",
])
def test_delivered_systems_taken_up_by_a_pronoun_enter_service(text):
    got = [e for e in deliveries(text) if e["status"] == "in_service"]
    assert got and got[0]["system"] == "Tor-M2K" and got[0]["date"] == "2021-05"
