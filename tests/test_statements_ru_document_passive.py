"""A document speaking in the Russian passive ('Как отмечается в сообщении, ...', 'В сообщении подчеркивается, что
...', '..., указывается в сообщении'): the institution whose statement the sentence before reports speaks; with
no such institution the source stays unknown. Sentences written for this test."""
import pytest

from conftest import statements

LEAD = "Министр Хренин провел переговоры. Об этом сообщила пресс-служба Минобороны Белоруссии. "


@pytest.mark.parametrize("text", [
    LEAD + "Как отмечается в сообщении, Россия передаст армии батарею «Панцирь-СМ».",
    LEAD + "Как говорится в сообщении, Россия передаст армии батарею «Панцирь-СМ».",
    LEAD + "В сообщении подчеркивается, что Россия передаст армии батарею «Панцирь-СМ».",
    LEAD + "Россия передаст армии батарею «Панцирь-СМ», указывается в сообщении.",
])
def test_the_document_of_the_institution_before(text):
    got = statements(text, "ru", "2024-06-27")
    assert ("Ministry of Defence of Belarus", "Россия передаст армии батарею «Панцирь-СМ»") in \
        [(w, s) for w, _, s in got], got


def test_no_institution_before_unknown():
    got = statements("Министр Хренин провел переговоры. Россия передаст армии батарею «Панцирь-СМ», отмечается в "
                     "сообщении.", "ru", "2024-06-27")
    assert [w for w, _, s in got if s.startswith("Россия передаст")] == [None], got


def test_passive_without_a_document_is_no_statement():
    assert statements("Рост поставок отмечается второй год подряд.", "ru", "2024-06-27") == []
