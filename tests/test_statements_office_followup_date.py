"""A title that names the holder the article just quoted ('Хренин во вторник сообщил ... Глава военного ведомства
также рассказал') shares the date of that occasion, as a pronoun does; further on it keeps its own. Sentences
written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

NEAR_RU = ("Министр обороны Белоруссии Виктор Хренин во вторник сообщил, что вторая батарея прибыла в бригаду. "
           "Глава военного ведомства также рассказал, что бригада получит новые радары.")
FAR_RU = ("Министр обороны Белоруссии Виктор Хренин во вторник сообщил, что вторая батарея прибыла в бригаду. "
          "Расчеты прошли подготовку в России. Они стреляли на полигоне Ашулук. Учения длились две недели. "
          "Батарея заступит на дежурство летом. Глава военного ведомства также рассказал, что бригада получит новые "
          "радары.")


@pytest.mark.parametrize("text,date", [(NEAR_RU, "2024-03-12"), (FAR_RU, "2024-03-14")])
def test_the_title_of_the_holder_just_quoted_shares_the_occasion(text, date):
    a = analyze_text(text + "\n", lang="ru", published="2024-03-14")
    last = [s for s in a.statements if "радары" in s.text]
    assert len(last) == 1 and a.entities[last[0].speaker].name == "Viktor Khrenin", a.statements
    assert last[0].date.value == date
