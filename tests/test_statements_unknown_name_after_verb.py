"""A name alone after the verb that the entity stage did not read ('"...," said Alesin', '«...», — сказал Алесин'):
a statement with that name as written (unknown speaker unless the article named him with his first name before),
as 'Alesin said' already was; a place ('said Minsk') is no such name. Sentences
written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who_text", [
    ("\"The deliveries will continue,\" said Alesin.", "en", "Alesin"),
    ("«Поставки будут продолжены», — сказал Алесин.", "ru", "Алесин"),
    ("Поставки будут продолжены, сказал Алесин.", "ru", "Алесин"),
])
def test_the_name_as_written(text, lang, who_text):
    got = statements(text, lang, "2024-03-14")
    assert [(w, t) for w, t, _ in got] == [(None, who_text)], got


def test_a_place_is_no_name():
    assert all(t != "Minsk" for _, t, _ in statements("The deliveries will continue, said Minsk.", "en",
                                                      "2024-03-14"))
