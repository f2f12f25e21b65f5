"""A count set off by commas after the system ("the first group of Mi-8MTV-5 helicopters, three machines, arrived") is
its count, as the dash apposition ("партия БТР-82А – 20 машин –") is; and English "machines" counts as Russian
"машины" does (stored in the system kind's unit: helicopters, aircraft). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("The first group of Mi-8MTV-5 helicopters, three machines, arrived from Russia on 11 March.",
     {("Mi-8MTV-5", "delivered", "Russia", "Belarus", 3.0, "2016-03")}),
    ("Первая группа вертолетов Ми-8МТВ-5, три машины, прибыла из России 11 марта.",
     {("Mi-8MTV-5", "delivered", "Russia", "Belarus", 3.0, "2016-03")}),
    ("Russia delivered four Yak-130 machines to Belarus in January.",
     {("Yak-130", "delivered", "Russia", "Belarus", 4.0, "2016-01")}),
    # a list item with a system of its own is no apposition
    ("Russia delivered Tor-M2K launchers, 12 Pantsir-S1 and two radars to Belarus in January.",
     {("Tor-M2K", "delivered", "Russia", "Belarus", None, "2016-01"),
      ("Pantsir-S1", "delivered", "Russia", "Belarus", 12.0, "2016-01")}),
])
def test_a_count_set_off_by_commas(text, expected):
    assert delivery_rows(text, "2016-03-20") == expected


# review R16: with commas, a count whose unit is no machine's or formation's, or one the list goes on after, is a list
# item ("Iskander-M launchers, 20 tanks, and S-400 systems")
@pytest.mark.parametrize("text, expected", [
    ("In 2015 Belarus received Iskander-M launchers, 20 tanks, and S-400 systems from Russia.",
     {("Iskander-M", "delivered", "Russia", "Belarus", None, "2015"),
      ("S-400 Triumf", "delivered", "Russia", "Belarus", None, "2015")}),
    ("The S-400 systems, two battalions, were delivered to Belarus by Russia in 2015.",
     {("S-400 Triumf", "delivered", "Russia", "Belarus", 2.0, "2015")}),
])
def test_a_list_item_is_no_apposition(text, expected):
    assert delivery_rows(text, "2016-03-20") == expected
