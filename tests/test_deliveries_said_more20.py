"""What a speaker adds (", adding that ...", ", and added that ...") names its own system: the system said before it is
no object of the added clause's verb (review 19 L2 remainder). "Russia has not sent S-400 systems to Belarus, the
ministry said, adding that Russia delivered four Tor-M2K" gave an S-400 delivered row (a never-row) beside the
Tor-M2K. Without a system of its own, the added clause still speaks of the one before ("..., adding that Russia handed
them over in June"). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("Russia has not sent S-400 systems to Belarus, the ministry said, adding that Russia delivered four Tor-M2K "
     "systems in May.", {("Tor-M2K", "delivered", "Russia", "Belarus", 4.0, "2024-05")}),
    ("Nothing suggests that Russia has sent S-400 systems to Belarus, the ministry said, adding that Russia delivered "
     "four Tor-M2K systems in May.", {("Tor-M2K", "delivered", "Russia", "Belarus", 4.0, "2024-05")}),
    ("Nothing suggests that Russia will send S-400 systems, the minister said, and added that Russia delivered four "
     "Tor-M2K systems to Belarus in May.", {("Tor-M2K", "delivered", "Russia", "Belarus", 4.0, "2024-05")}),
    ("Россия не передавала Белоруссии С-400, сообщило министерство, добавив, что Россия поставила четыре «Тор-М2К» в "
     "мае.", {("Tor-M2K", "delivered", "Russia", "Belarus", 4.0, "2024-05")}),
    # no system of its own: the added clause speaks of the one before
    ("Iskander-M launchers are now in Belarus, Lukashenko said, adding that Russia handed them over in May.",
     {("Iskander-M", "delivered", "Russia", "Belarus", None, "2024-05")}),
])
def test_what_is_added_names_its_own_system(text, expected):
    assert delivery_rows(text, "2024-06-10") == expected
