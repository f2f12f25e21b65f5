"""A list introduced as someone's words ('Key points from the news conference:', 'Главное из пресс-конференции:'):
each item is a reported statement by the one speaker the paragraph before quotes. A list after a line that does not
say so ('Deliveries so far:'), or after two speakers, is no statement. Text written for this test."""
import pytest

from conftest import statements

EN = """The first Su-30SM fighters will be put on combat duty next month, Defence Minister Viktor Khrenin said at a news conference on Wednesday.

Key points from the news conference:

- Four more fighters will arrive at Baranovichi before the end of the year.
- Talks on Mi-35M attack helicopters are under way.
"""

RU = """Первые истребители Су-30СМ заступят на дежурство в следующем месяце, заявил министр обороны Виктор Хренин на пресс-конференции в среду.

Главное из пресс-конференции:

– Еще четыре истребителя прибудут в Барановичи до конца года.
– Переговоры о закупке вертолетов Ми-35М продолжаются.
"""

NOT_WORDS = """The first Su-30SM fighters will be put on combat duty next month, Defence Minister Viktor Khrenin said on Wednesday.

Deliveries so far:

- Four fighters arrived at Baranovichi in November 2019.
- Two more fighters arrived in May 2020.
"""

TWO = """Defence Minister Viktor Khrenin said the fighters were ready, and Alexander Lukashenko said more would come.

Key points from the news conference:

- Four more fighters will arrive at Baranovichi before the end of the year.
"""


@pytest.mark.parametrize("text,lang,items", [
    (EN, "en", ["Four more fighters will arrive at Baranovichi before the end of the year.",
                "Talks on Mi-35M attack helicopters are under way."]),
    (RU, "ru", ["Еще четыре истребителя прибудут в Барановичи до конца года.",
                "Переговоры о закупке вертолетов Ми-35М продолжаются."]),
])
def test_key_points_are_the_speakers(text, lang, items):
    got = statements(text, lang, "2019-11-21")
    for item in items:
        assert ("Viktor Khrenin", item.rstrip(".")) in [(w, s.rstrip(".")) for w, _, s in got], got


@pytest.mark.parametrize("text", [NOT_WORDS, TWO])
def test_no_key_points(text):
    got = statements(text, "en", "2019-11-21")
    assert not [s for _, _, s in got if "Baranovichi" in s and "fighters" in s and s.startswith(("Four", "Two"))], got
