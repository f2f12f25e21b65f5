"""'По словам X, <short clause>' and the insertion 'Y, по словам X, <predicate>' (coordinator's probe S-C10,
construction S11): a short content is a clause when it holds a verb, also one whose first reading is a noun
('прибыли'); a prepositional phrase is none ('С начала года, по данным ведомства, ...' keeps its content after
the insertion). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,said", [
    ("По словам Хренина, новые комплексы уже прибыли.", "новые комплексы уже прибыли"),
    ("По словам министра обороны Виктора Хренина, новые машины уже прибыли.", "новые машины уже прибыли"),
    ("Новые комплексы, по словам Хренина, уже прибыли.", "Новые комплексы, по словам Хренина, уже прибыли"),
])
def test_short_content_after_po_slovam(text, said):
    assert statements(text, "ru", "2023-06-14") == [("Viktor Khrenin", statements(text, "ru", "2023-06-14")[0][1],
                                                      said)]


@pytest.mark.parametrize("text", [
    "С начала года, по данным белорусского военного ведомства, ВВС получили восемь новых самолетов.",
])
def test_a_prepositional_phrase_before_the_insertion_is_not_the_content(text):
    got = statements(text, "ru", "2023-06-14")
    assert got, "the statement itself is read"  # (an empty list passed the check below)
    assert all(not said.startswith("С начала года") or "ВВС получили" in said for _, _, said in got), got


def test_an_outlet_inserted_is_no_speaker():
    got = statements("Официального запроса, по данным Интерфакса, пока не было.", "ru", "2023-06-14")
    assert all(who is None for who, _, _ in got), got
