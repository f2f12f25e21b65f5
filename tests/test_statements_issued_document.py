"""A body that issued a document, then the document's words ('The Belarusian defence ministry issued a statement
saying ...', 'Пресс-служба Минобороны Белоруссии распространила заявление, в котором говорится, что ...'): the body
speaks (issued.py); these gave no statement. Sentences written for this test."""
import pytest

from conftest import statements

MOD_BY = "Ministry of Defence of Belarus"


@pytest.mark.parametrize("text,lang", [
    ("The Belarusian defence ministry issued a statement saying the brigade was ready.", "en"),
    ("The Belarusian defence ministry released a statement on Monday saying that the brigade was ready.", "en"),
    ("The Belarusian defence ministry published a video in which it said the brigade was ready.", "en"),
    ("Пресс-служба Минобороны Белоруссии распространила заявление, в котором говорится, что бригада готова.", "ru"),
    ("Минобороны Белоруссии опубликовало сообщение, в котором отмечается, что бригада готова.", "ru"),
    ("Минобороны Белоруссии выпустило заявление, где говорится, что бригада готова.", "ru"),
])
def test_the_issuer_speaks(text, lang):
    got = statements(text, lang, "2024-03-14")
    assert [(w, said) for w, _, said in got] == [(MOD_BY, "бригада готова" if lang == "ru" else "the brigade was ready")]


def test_a_document_of_nobody_named_gives_no_speaker():
    got = statements("Reporters published a video saying the brigade was ready.", "en", "2024-03-14")
    assert all(w is None for w, _, _ in got), got


@pytest.mark.parametrize("text,who", [
    ("По оценке аналитиков «Гаюна», в Россию отправлено не менее 40 эшелонов.", None),
    ("По подсчетам проекта «Гаюн», в Россию отправлено не менее 40 эшелонов.", "Belarusian Hajun"),
    ("По данным «Гаюна», в Россию отправлено не менее 40 эшелонов.", "Belarusian Hajun"),
])
def test_people_of_a_monitoring_group_are_unnamed(text, who):
    """'По оценке аналитиков «Гаюна»': unnamed people of the group speak (the statement was missed); the project
    itself ('проекта «Гаюн»') is the group."""
    got = statements(text, "ru", "2024-03-14")
    assert [w for w, _, _ in got] == [who], got
