"""A count told with a word for any machine takes the unit of the system's kind (kind_units.tsv,
deliveries/quantities.py ``units_by_kind``): "четыре машины Як-130" are four aircraft, not vehicles (a lead of the
last session). Ground systems keep vehicles. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _units(text, lang="ru"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published="2015-02-10")
    return {(e.quantity, e.unit) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, expected", [
    ("Белорусские ВВС получили от России четыре машины Як-130.", {(4, "aircraft")}),
    ("Белорусская армия получила от России шесть машин Ми-8МТВ-5.", {(6, "helicopters")}),
    # a ground system's machines stay vehicles
    ("Белорусская армия получила от России четыре машины «Тор-М2».", {(4, "vehicles")}),
    ("Белорусская армия получила от России шесть машин БТР-82А.", {(6, "vehicles")}),
])
def test_the_unit_follows_the_kind(text, expected):
    assert _units(text) == expected
