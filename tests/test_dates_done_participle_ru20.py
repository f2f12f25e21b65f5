"""A full Russian passive participle of a done act ("подписанному", "полученные", "заключенный") dates the time in its
own phrase in the past, as the short form ("подписан в мае") and the active participle ("прибывшие 2 июня") do, though
the clause's verb looks ahead (review R2): "по контракту на три батареи, подписанному в январе, прибудет в мае" was an
order dated the January after the report. Sentences written for these tests (published 2026-02-10)."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("Первая батарея «Тор-М2К» по контракту на три батареи, подписанному в декабре, прибудет из России в мае.",
     {("Tor-M2K", "planned", "Russia", "Belarus", 1.0, "2026-05"), ("Tor-M2K", "ordered", "Russia", "Belarus", 3.0,
                                                                   "2025-12")}),
    ("Комплексы «Тор-М2К», полученные от России в декабре, заступят на дежурство в марте.",
     {("Tor-M2K", "planned", "Russia", "Belarus", None, "2026-03"), ("Tor-M2K", "delivered", "Russia", "Belarus", None,
                                                                    "2025-12")}),
    # the English twin, as before
    ("The first Tor-M2K battery under the contract for three batteries that Belarus signed with Russia in December "
     "will arrive in May.",
     {("Tor-M2K", "planned", "Russia", "Belarus", 1.0, "2026-05"), ("Tor-M2K", "ordered", "Russia", "Belarus", 3.0,
                                                                   "2025-12")}),
])
def test_a_done_participle_dates_its_phrase_in_the_past(text, expected):
    assert delivery_rows(text, "2026-02-10") == expected
