"""Batches counted in pairs stay pairs when the text goes on without the noun: a bare ordinal after "the first pair"
("The second should follow by the summer") and an elided "another one" / "еще одна" after "the next pair" are two
aircraft, not one; the elided repeat stays a batch of its own even where its date holds the other's. A modal of
expectation ("should", "must") looks ahead, so a bare season after it is the next one, whatever "said" follows.
Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _planned(text, lang, published):
    a = analyze_text(text + "\n", lang=lang, published=published)
    return sorted((e.quantity, e.date.value if e.date else None) for e in a.events
                  if e.kind == "delivery" and e.status == "planned")


@pytest.mark.parametrize("text, lang, published, expected", [
    ("News\n\nBelarus received the first pair of Su-30SM fighters from Russia in May. The second should follow by "
     "the summer, the air force said.", "en", "2024-02-21", [(2.0, "2024-SU")]),
    ("Новости\n\nБелоруссия получила от России первую пару истребителей Су-30СМ в мае. Вторая придет осенью.",
     "ru", "2020-08-13", [(2.0, "2020-FA")]),
    ("Новости\n\nБелоруссия получила от России первую пару истребителей Су-30СМ в мае. Следующая пара придет "
     "осенью, еще одна – до конца года.", "ru", "2020-08-13", [(2.0, "2020"), (2.0, "2020-FA")]),
    ("News\n\nBelarus received the first pair of Su-30SM fighters from Russia in May. The next pair will come in "
     "the autumn, and another one before the end of the year.", "en", "2020-08-13",
     [(2.0, "2020"), (2.0, "2020-FA")]),
])
def test_pairs_carry_over(text, lang, published, expected):
    assert _planned(text, lang, published) == expected


def test_an_ordinal_after_a_battery_stays_one():
    assert _planned("News\n\nBelarus received the fourth battery of Tor-M2 systems from Russia in May. The fifth "
                    "should follow by the end of the year.", "en", "2020-08-13") == [(1.0, "2020")]


@pytest.mark.parametrize("sentence, expected", [
    ("The third should follow by the summer, the ministry said.", "2024-SU"),
    ("The jets should have arrived in the summer, the ministry said.", "2023-SU"),
])
def test_should_looks_ahead(sentence, expected):
    a = analyze_text("News\n\n" + sentence + "\n", lang="en", published="2024-02-21")
    assert [t.value for t in a.timexes] == [expected]
