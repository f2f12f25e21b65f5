"""A system its maker's forces keep abroad under their own command (kb ``abroad=stationed``: the Oreshnik in Belarus) is
placed, never handed over: no delivery row whatever the verb ("handed over", "received", "передала", "прибыли"). The
gold of every open set lists it as stationed (30+ passages, no delivery). A system the recipient's army takes over
keeps its rows. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return [(e["supplier"], e["recipient"], e["system"], e["status"]) for e in deliveries(text, "2025-12-20")]


@pytest.mark.parametrize("text", [
    "Russia has handed the Oreshnik missile system over to Belarus, Lukashenko said on Friday.",
    "Belarus received the first Oreshnik launchers from Russia in December, the president said.",
    "Россия передала Белоруссии ракетный комплекс «Орешник», заявил Лукашенко.",
    "Минобороны Белоруссии получило первые комплексы «Орешник» в декабре.",
    "The Oreshnik missiles Russia sent to Belarus last month are now on combat duty, the ministry said.",
    "Хренин доложил о размещении в Беларуси комплекса «Орешник» и его постановке на боевое дежурство.",
])
def test_a_system_stationed_abroad_is_never_delivered(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Russia delivered Iskander-M launchers to Belarus in December, the ministry said.",
     [(["Russia"], ["Belarus"], "Iskander-M", "delivered")]),
    ("Россия передала Белоруссии комплексы «Искандер-М», заявил Лукашенко.",
     [(["Russia"], ["Belarus"], "Iskander-M", "delivered")]),
])
def test_a_system_the_recipient_takes_over_keeps_its_row(text, expected):
    assert rows(text) == expected
