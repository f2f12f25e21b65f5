"""A page that prints the same words twice (a quote repeated below the story, a block of the page copied) holds
one statement: the copy whose speaker is named, else the first. Two speakers named for the same words keep
theirs; short answers repeated ('No.') stay two. Sentences written for this test."""
import pytest

from conftest import speakers

QUOTE_EN = "The launchers will be handed over to the Belarusian crews before the end of the year"
QUOTE_RU = "Пусковые установки будут переданы белорусским расчетам до конца года"


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", f"\"{QUOTE_EN},\" Defence Minister Viktor Khrenin said on Monday.\n\nThe systems arrived in May.\n\n"
     f"\"{QUOTE_EN},\" the minister of a neighbouring country said.", "Viktor Khrenin", QUOTE_EN),
    ("ru", f"«{QUOTE_RU}», – заявил в понедельник министр обороны Виктор Хренин.\n\nКомплексы прибыли в мае.\n\n"
     f"«{QUOTE_RU}», – сказал министр соседней страны.", "Viktor Khrenin", QUOTE_RU),
])
def test_the_words_printed_twice_are_one_statement(lang, text, who, said):
    got = speakers(text, lang, "2023-04-04")
    assert [w for w, s in got if s == said] == [who], got


def test_two_speakers_of_the_same_words_keep_theirs():
    text = (f"\"{QUOTE_EN},\" Defence Minister Viktor Khrenin said.\n\n\"{QUOTE_EN},\" Russian Defence Minister "
            f"Sergei Shoigu said.")
    got = speakers(text, "en", "2023-04-04")
    assert sorted(w for w, s in got if s == QUOTE_EN) == ["Sergei Shoigu", "Viktor Khrenin"], got


def test_words_reprinted_far_on_are_another_report():
    """A digest that reprints a story pages later keeps both reports (only a page's own copy, close by, is one)."""
    filler = "The exercise went on for two more weeks at several ranges. " * 60
    text = (f"\"{QUOTE_EN},\" Defence Minister Viktor Khrenin said.\n\n{filler}\n\n"
            f"\"{QUOTE_EN},\" the minister of a neighbouring country said.")
    got = speakers(text, "en", "2023-04-04")
    assert len([s for _, s in got if s == QUOTE_EN]) == 2, got


@pytest.mark.parametrize("lang, text", [
    ("en", "Lukashenko said on Monday: \"Russia will hand the S-400 systems over to us this year.\" On Friday he "
     "repeated at a rally in Brest: \"Russia will hand the S-400 systems over to us this year.\""),
    ("en", "\"Russia will hand the S-400 systems over to us this year,\" Lukashenko said in Minsk. A week later he "
     "reiterated in Grodno: \"Russia will hand the S-400 systems over to us this year.\""),
    ("ru", "Лукашенко в понедельник заявил: «Россия передаст нам комплексы С-400 в этом году». В пятницу на "
     "митинге в Бресте он повторил: «Россия передаст нам комплексы С-400 в этом году»."),
])
def test_words_repeated_on_another_occasion_are_two_statements(lang, text):
    """review2 M1: a second occasion ('On Friday he repeated', 'повторил') is its own statement."""
    got = speakers(text, lang, "2024-05-10")
    assert len([w for w, s in got if "С-400" in s or "S-400" in s]) == 2, got
