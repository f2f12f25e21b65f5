"""'According to the statement', 'the statement said' a few sentences after the article introduced the document with
its owner ('The portal reported this, citing a statement posted in the Belarusian Hajun Telegram channel', '...,
according to an investigation by the Belarusian Hajun monitoring group'): the owner speaks (document-level state,
documents.introduced_document_owner; up to six sentences back, while nobody else has spoken since). Not this: two
bodies in the introducing sentence, a person's document, an outlet's, or another speaker between (the document is then
not surely the one meant: no statement, as before). Sentences written for this test.
"""
import pytest

from conftest import speakers


@pytest.mark.parametrize("text, said", [
    ("Belarus has begun moving tanks to Russia.\n\nThe portal reported this, citing a statement posted in the "
     "Belarusian Hajun Telegram channel.\n\nAccording to the statement, the tanks are being sent to the Donbas.",
     "the tanks are being sent to the Donbas"),
    ("Belarus sent 131,000 tons of shells to Russia in a year, according to an investigation by the Belarusian Hajun "
     "monitoring group.\n\nPutin and Lukashenko met in Sochi in June.\n\nAccording to the probe, the volumes were "
     "far smaller before the war.", "the volumes were far smaller before the war"),
])
def test_the_document_introduced_speaks_for_its_owner(text, said):
    assert ("Belarusian Hajun", said) in speakers(text), speakers(text)


@pytest.mark.parametrize("text, said", [
    # two bodies where the document was introduced
    ("The portal reported this, citing a statement by the Belarusian Hajun project and the Ministry of Defence of "
     "Belarus.\n\nTanks were seen in Orsha.\n\nAccording to the statement, the tanks are being sent to the Donbas.",
     "the tanks are being sent to the Donbas"),
    # someone else spoke since
    ("The portal reported this, citing a statement posted in the Belarusian Hajun Telegram channel.\n\nKhrenin said "
     "the army was not involved.\n\nTanks were seen in Orsha.\n\nAccording to the statement, the tanks are being "
     "sent to the Donbas.", "the tanks are being sent to the Donbas"),
])
def test_no_owner_when_the_document_is_not_surely_its(text, said):
    assert not any(w == "Belarusian Hajun" and s == said for w, s in speakers(text)), speakers(text)


RU_LEAD = ("Белорусская армия получила четыре Як-130, сообщает РИА Новости со ссылкой на пресс-службу министерства обороны "
           "Белоруссии.\n\n")
RU_QUOTE = "\n\n«На аэродроме в Лиде прошли торжественные мероприятия», — говорится в сообщении."


def test_a_document_further_back_is_the_last_institution_that_spoke():
    # 'говорится в сообщении' two sentences of narrative after the ministry's statement: the ministry's
    text = RU_LEAD + "Контракт подписан в 2015 году. В апреле 2015 года армия уже получила четыре Як-130 из России." + RU_QUOTE
    assert ("Ministry of Defence of Belarus", "На аэродроме в Лиде прошли торжественные мероприятия") in \
        speakers(text, "ru"), speakers(text, "ru")


def test_a_body_named_since_leaves_the_document_unknown():
    text = RU_LEAD + "Контракт подписан с корпорацией «Иркут» в 2015 году. В апреле 2015 года армия уже получила четыре " \
        "Як-130." + RU_QUOTE
    assert (None, "На аэродроме в Лиде прошли торжественные мероприятия") in speakers(text, "ru"), speakers(text, "ru")
