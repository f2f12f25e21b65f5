"""A participial phrase that names its own recipient is a transfer to that recipient, not to the clause's:
"Belarus has requested Pantsir-S1 systems from Russia, supplied to China in 2020" is a request of Belarus's and a
delivery to China (before, both rows went to [Belarus, China]); the delivery to China, an export to a third country,
is then no row of the base (inference: kb countries ``party``), and Belarus's request keeps Belarus alone. A phrase that
names the clause's only recipient ("delivered to Belarus in December") is the same batch and keeps it. Sentences written
for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

LEAD = {"en": "Belarus and Russia remain close allies. ", "ru": "Россия и Белоруссия остаются союзниками. "}


def rows(text, lang):
    a = analyze_text(LEAD[lang] + text, lang=lang, published="2024-05-02")
    return sorted((e.status, tuple(e.roles.get("recipient", []))) for e in a.events if e.kind == "delivery")


@pytest.mark.parametrize("text, lang, expected", [
    ("Belarus has requested Pantsir-S1 systems from Russia, supplied to China in 2020.", "en",
     [("discussed", ("country:belarus",))]),
    ("Minsk wants to obtain from Moscow Tor-M2 systems, delivered to Armenia in 2019.", "en",
     [("planned", ("country:belarus",))]),
    ("Минск хочет получить от Москвы комплексы «Тор-М2», поставленные Армении в 2019 году.", "ru",
     [("planned", ("country:belarus",))]),
])
def test_the_participle_names_its_own_recipient(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("The Mi-35M helicopters, delivered to Belarus by Russia in December, are now on combat duty.", "en"),
    ("Вертолеты Ми-35М, полученные Белоруссией от России в декабре, несут боевое дежурство.", "ru"),
])
def test_a_phrase_naming_the_only_recipient_is_the_same_batch(text, lang):
    got = rows(text, lang)
    assert {status for status, _ in got} == {"delivered", "in_service"}
    assert all(recipient == ("country:belarus",) for _, recipient in got)


@pytest.mark.parametrize("text, lang, expected", [
    # the clause names no recipient of its own: the request is its bare subject's (session 15; before, both went to China)
    # (the phrase's delivery to a third country is an export, no row of the base: kb countries ``party``)
    ("Belarus has asked Russia for S-400 systems, supplied to China in 2018.", "en",
     [("discussed", ("country:belarus",))]),
    ("Минск запросил у России комплексы С-400, поставленные Китаю в 2018 году.", "ru",
     [("discussed", ("country:belarus",))]),
    ("Belarus plans to buy Tor-M2 systems, delivered to Armenia in 2019.", "en",
     [("planned", ("country:belarus",))]),
])
def test_the_request_is_its_subjects_when_only_the_phrase_names_a_recipient(text, lang, expected):
    assert rows(text, lang) == expected


def test_a_later_stage_keeps_the_phrases_recipient():
    """"The S-400 systems, supplied to China in 2018, are now on combat duty": no subject of its own, China's still."""
    got = rows("The S-400 systems, supplied to China in 2018, are now on combat duty.", "en")
    # (China's rows are an export to a third country, no row of the base: kb countries ``party``; none goes to Belarus)
    assert not any("country:belarus" in recipient for _, recipient in got), got
