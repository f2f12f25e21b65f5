"""A fleet, a number or a park that reaches a count is a total, no arrival (review 19 W8): "the fleet should reach 24
aircraft", "will reach 24 by 2025", "парк ... должен достичь 24 машин". "Reach" with a place stays an arrival ("will
reach Baranovichi in May", "reached the air base"). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text", [
    "The Belarusian air force fleet should reach 24 Su-30SM aircraft by 2025.",
    "The number of Su-30SM fighters in the Belarusian air force will reach 24 by 2025.",
    "The Tor-M2 inventory of the Belarusian army reached about 20 launchers last year.",
    "Парк истребителей Су-30СМ в белорусских ВВС должен достичь 24 машин к 2025 году.",
])
def test_a_total_reached_is_no_delivery(text):
    assert delivery_rows(text, "2021-02-10") == set()


@pytest.mark.parametrize("text, expected", [
    ("The first Su-30SM fighters from Russia will reach Baranovichi in May.",
     {("Su-30SM", "planned", "Russia", "Belarus", None, "2021-05")}),
    ("Two Su-30SM fighters from Russia reached the Belarusian air base on Tuesday.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 2.0, "2021-02")}),
    # (review R8: an ordinal is a place's number, no count)
    ("Four Su-30SM fighters from Russia reached 61st Air Base in Baranovichi on Tuesday.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "2021-02")}),
])
def test_reaching_a_place_is_still_an_arrival(text, expected):
    assert delivery_rows(text, "2021-02-10") == expected
