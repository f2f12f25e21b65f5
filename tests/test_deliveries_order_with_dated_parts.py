"""An order of a whole whose parts are still to come, each with its own time: the order of the whole and a planned
row per part (issue 12, session 15: an agreement "to hand over six batteries, three of them in 2021 and the others in
2022" gave one ordered row, its count read as approximate, since "hand over six" was taken for "over six"; "the
others" was no part's word). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text", [
    "In November Moscow agreed to hand over six Tor-M2K batteries to Minsk, three of them in 2021 and the others in "
    "2022.",
    "В ноябре Москва договорилась поставить Минску шесть батарей «Тор-М2К»: три в 2021 году и три в 2022 году.",
])
def test_the_order_of_the_whole_and_its_planned_parts(text):
    got = {(r[0], r[1], r[4], r[5][:4]) for r in delivery_rows(text, "2020-12-10")}
    assert {("Tor-M2K", "planned", 3.0, "2021"), ("Tor-M2K", "planned", 3.0, "2022"),
            ("Tor-M2K", "ordered", 6.0, "2020")} <= got, got


@pytest.mark.parametrize("text", [
    "Moscow will hand over two Pantsir-S1 batteries to Minsk next year.",
    "Russia is handing over two Pantsir-S1 batteries to Belarus this year.",
])
def test_hand_over_is_no_approximator(text):
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text("Belarus and Russia remain close allies. " + text, published="2020-12-10")
    got = [(e.quantity, e.quantity_approx) for e in a.events if e.kind == "delivery"]
    assert got == [(2.0, False)], got


def test_over_before_a_count_is_still_approximate():
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text("Belarus and Russia remain close allies. Russia will deliver over 40 BTR-82A carriers to Belarus "
                     "next year.", published="2013-12-20")
    got = [(e.quantity, e.quantity_approx) for e in a.events if e.kind == "delivery"]
    assert got == [(40.0, True)], got


def test_parts_of_a_past_order_stay_its_own():
    """Parts already past at the report are the order's own parts, no extra order row."""
    got = {(r[1], r[4]) for r in delivery_rows("In 2014 Moscow sold Minsk six Tor-M2K batteries, three in 2015 and "
                                                "the others in 2016.", "2018-05-10")}
    assert ("ordered", 6.0) not in got, got
