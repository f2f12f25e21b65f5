"""'According to the statement', 'the statement said' a few sentences after the article introduced the document with
its owner ('A news site carried the
story, quoting a statement the Belarusian Hajun project put on its channel', '..., according to an investigation by
the Belarusian Hajun monitoring group'): the owner speaks (document-level state,
documents.introduced_document_owner; up to six sentences back, while nobody else has spoken since). Not this: two
bodies in the introducing sentence, a person's document, an outlet's, or another speaker between (the document is then
not surely the one meant: no statement, as before). Sentences written for this test.
"""
import pytest

from conftest import speakers


@pytest.mark.parametrize("text, said", [
    ("Trucks with pontoons crossed Mozyr overnight.\n\nA news site carried the story, quoting a statement the "
     "Belarusian Hajun project put on its channel.\n\nAccording to the statement, the pontoons are being sent to Rostov.",
     "the pontoons are being sent to Rostov"),
    ("Minsk sold forty old radars to Moscow last winter, according to a probe by the Belarusian Hajun "
     "project.\n\nKhrenin and Belousov met in Grodno in March.\n\nAccording to the probe, the radars were "
     "repaired in Baranovichi first.", "the radars were repaired in Baranovichi first"),
])
def test_the_document_introduced_speaks_for_its_owner(text, said):
    assert ("Belarusian Hajun", said) in speakers(text), speakers(text)


@pytest.mark.parametrize("text, said", [
    # two bodies where the document was introduced
    ("A news site carried the story, quoting a statement by the Belarusian Hajun project and the Ministry of Defence "
     "of Belarus.\n\nPontoons were seen in Mozyr.\n\nAccording to the statement, the pontoons are being sent to Rostov.",
     "the pontoons are being sent to Rostov"),
    # someone else spoke since
    ("A news site carried the story, quoting a statement the Belarusian Hajun project put on its channel.\n\nKhrenin "
     "said the army was not involved.\n\nPontoons were seen in Mozyr.\n\nAccording to the statement, the pontoons "
     "came from Bobruisk.", "the pontoons are being sent to Rostov"),
])
def test_no_owner_when_the_document_is_not_surely_its(text, said):
    assert not any(w == "Belarusian Hajun" and s == said for w, s in speakers(text)), speakers(text)


RU_LEAD = ("В Барановичи доставлены три новых тренажера, передает БелТА со ссылкой на пресс-службу министерства "
           "обороны Белоруссии.\n\n")
RU_QUOTE = "\n\n«Летчики начнут занятия на тренажерах в марте», — говорится в сообщении."


def test_a_document_further_back_is_the_last_institution_that_spoke():
    # 'говорится в сообщении' two sentences of narrative after the ministry's statement: the ministry's
    text = RU_LEAD + "Договор заключен в 2021 году. Первые два тренажера пришли годом раньше." + RU_QUOTE
    assert ("Ministry of Defence of Belarus", "Летчики начнут занятия на тренажерах в марте") in \
        speakers(text, "ru"), speakers(text, "ru")


def test_a_body_named_since_leaves_the_document_unknown():
    text = RU_LEAD + "Договор заключен с корпорацией «Иркут» в 2021 году. Первые два тренажера пришли годом " \
        "раньше." + RU_QUOTE
    assert (None, "Летчики начнут занятия на тренажерах в марте") in speakers(text, "ru"), speakers(text, "ru")
