"""The seventh session's cues 'get' and 'seek' take a system as their object only when it is what is got or sought
(review8, findings8 D3/D4): 'get its first look at the Su-35' gets a look, 'seeking to counter the Iskander-M'
seeks to do something else. Sentences written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Belarus will get its first look at the Su-35 at the MAKS air show, the ministry said on Friday.",
    "Belarus is set to get a closer look at the S-400 during the drills.",
    "Lithuania is seeking to counter the Iskander-M launchers that Russia deployed in Belarus.",
])
def test_what_is_got_or_sought_is_not_the_system(text):
    assert deliveries(text, "2025-06-20") == ()


@pytest.mark.parametrize("text, status, system", [
    ("Belarus will get four Su-30SM fighters from Russia next year.", "planned", "Su-30SM"),
    ("Belarus is set to get four more Su-30SM fighters from Russia next year.", "planned", "Su-30SM"),
    ("Belarus is seeking to buy more Su-30SM fighters from Russia, Khrenin said on Friday.", "discussed", "Su-30SM"),
    ("Belarus is seeking S-400 systems from Russia, Khrenin said on Friday.", "discussed", "S-400 Triumf"),
])
def test_the_system_got_or_sought_stays(text, status, system):
    got = deliveries(text, "2025-06-20")
    assert [(e["status"], e["system"], e["recipient"]) for e in got] == [(status, system, ["Belarus"])], got
