"""A role noun of 'the country' ('лидер страны', "the country's leader") closing words right after the president
spoke is the president (RULES: a role noun refers to the subject of the previous statement), also when another
country was named between (in his own words, or as the maker of the arms he talks about), which left 'the country'
with no one country and the words with no speaker. Not when someone else took the stage since, nor when the last
speaker does not hold the office. Sentences written for this test."""
import pytest

from conftest import statements

RU = ("Президент Белоруссии Александр Лукашенко рассказал, что армия получит новые вертолеты.\n"
      "Лукашенко не стал называть цену российских машин.\n"
      "– Вертолеты придут из России до конца года. Может, и раньше. Летчики уже готовы, – заявил лидер страны.\n")
EN = ("Belarusian President Alexander Lukashenko said the army would get new helicopters.\n"
      "Lukashenko would not give the price of the Russian machines.\n"
      "\"The helicopters will come from Russia before the year is out. Maybe sooner. The pilots are ready,\" the "
      "country's leader said.\n")


@pytest.mark.parametrize("text, lang, said", [
    (RU, "ru", "Летчики уже готовы"),
    (EN, "en", "The pilots are ready"),
])
def test_the_role_noun_takes_up_the_president_who_spoke(text, lang, said):
    got = statements(text, lang, "2024-03-15")
    assert any(who == "Alexander Lukashenko" and said in words for who, _, words in got), got


@pytest.mark.parametrize("text, lang, said", [
    # someone else took the stage since
    (RU.replace("Лукашенко не стал называть", "Министр обороны Виктор Хренин не стал называть"), "ru",
     "Летчики уже готовы"),
    (EN.replace("Lukashenko would not give", "Defence Minister Viktor Khrenin would not give"), "en",
     "The pilots are ready"),
    # the last speaker holds another office
    (RU.replace("Президент Белоруссии Александр Лукашенко", "Министр обороны Виктор Хренин")
       .replace("Лукашенко не стал", "Хренин не стал"), "ru", "Летчики уже готовы"),
])
def test_not_when_another_took_the_stage_or_holds_the_office(text, lang, said):
    got = statements(text, lang, "2024-03-15")
    assert not any(who == "Alexander Lukashenko" and said in words for who, _, words in got), got
    assert not any(who == "Viktor Khrenin" and said in words for who, _, words in got), got
