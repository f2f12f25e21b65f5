"""Institution sources taken up later in an article: 'Как отмечается в сообщении, ...' (the document of the source
the sentence before reported), 'According to the company' (the maker that spoke), 'уточнили в ведомстве' after
several people spoke (the one body that spoke further back), and 'по словам министров' (several people: nobody
named). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who,said", [
    ("Министр обороны России Андрей Белоусов провел в среду переговоры с белорусским коллегой. Об этом сообщила "
     "пресс-служба российского военного ведомства.\n\nКак отмечается в сообщении, Россия согласилась передать "
     "белорусской армии батарею «Панцирь-СМ».", "ru", "Ministry of Defence of Russia",
     "Россия согласилась передать белорусской армии батарею «Панцирь-СМ»"),
    ("Russian Helicopters has handed over six Mi-8MTV-5-1 helicopters to the Belarusian Defence Ministry, the "
     "holding's press service said on Wednesday. According to the company, the contract signed in 2023 provides for "
     "12 helicopters.", "en", "Russian Helicopters", "the contract signed in 2023 provides for 12 helicopters"),
    ("Четыре самолета Як-130 прибыли в Лиду, сообщили в пресс-службе Министерства обороны Белоруссии. Это вторая "
     "партия. Первые машины летчики получили в апреле. Командующий ВВС Олег Двигалев отметил: «Эскадрилья готова». "
     "«Еще четыре придут до конца года», – добавил он. По словам командующего, расчеты учатся в России. Дивизионы "
     "С-300 заступили на дежурство, уточнили в ведомстве.", "ru", "Ministry of Defence of Belarus",
     "Дивизионы С-300 заступили на дежурство"),
])
def test_institution_taken_up(text, lang, who, said):
    got = statements(text, lang, "2024-06-27")
    assert (who, said) in [(w, what) for w, _, what in got], got


@pytest.mark.parametrize("text", [
    "Министр обороны России Андрей Белоусов провел переговоры с Виктором Хрениным. По словам министров, стороны "
    "подписали план военного сотрудничества.",
    "Шойгу провел переговоры с Хрениным в Минске. По словам министров обороны двух стран, стороны подписали план "
    "военного сотрудничества.",
])
def test_several_people_name_nobody(text):
    got = statements(text, "ru", "2024-06-27")
    assert [w for w, _, what in got if what.startswith("стороны подписали")] == [None], got


def test_a_person_statement_is_no_document():
    # 'в сообщении' after a person spoke is not that person's document
    got = statements("Хренин заявил журналистам, что армия получит новые комплексы. Как отмечается в сообщении, "
                     "комплексы прибудут осенью.", "ru", "2024-06-27")
    assert not any(w == "Viktor Khrenin" and what.startswith("комплексы прибудут") for w, _, what in got), got


def test_the_holding_is_the_one_its_name_says():
    # 'the holding' names Russian Helicopters (its name says holding), not Rostec, named after it
    got = statements("Russian Helicopters, part of the Rostec state corporation, has handed over six Mi-8MTV-5-1 "
                     "helicopters to the Belarusian Defence Ministry, the holding's press service said. According to "
                     "the company, the remaining six will be delivered in 2025.", "en", "2025-01-15")
    assert [w for w, _, _ in got] == ["Russian Helicopters", "Russian Helicopters"], got


@pytest.mark.parametrize("text,said", [
    ("The monitoring group Hajun reported more shipments this month. Since October, at least 60 T-72A tanks have "
     "left for Russia, by the group's count.", "Since October, at least 60 T-72A tanks have left for Russia"),
    ("Hajun said a train left Barysau. By Hajun's count, Belarus has handed over at least 190 T-72A tanks to Russia "
     "since October 2022.", "Belarus has handed over at least 190 T-72A tanks to Russia since October 2022"),
])
def test_by_the_count_of(text, said):
    got = statements(text, "en", "2023-04-03")
    assert ("Belarusian Hajun", said) in [(w, what) for w, _, what in got], got


def test_by_with_a_possessive_that_is_no_count():
    got = statements("The plant was built by Russia's engineers in 1954.", "en", "2023-04-03")
    assert got == [], got


def test_the_authority():
    got = statements("Belarus has signed a contract for eight Mi-8MTV-5-1 helicopters, the State Authority for Military "
                     "Industry of Belarus said on Thursday. Deliveries are due to begin next year, the authority said.",
                     "en", "2023-05-19")
    assert ("State Authority for Military Industry of Belarus", "Deliveries are due to begin next year") in \
        [(w, what) for w, _, what in got], got


def test_the_authority_after_another_body_was_named():
    # 'authority' is a word of the name of the body that spoke and of no body named since: that one
    got = statements("Belarus has signed a contract with Rosoboronexport for eight Mi-8MTV-5-1 helicopters, the State "
                     "Authority for Military Industry of Belarus said on Thursday. The document was signed by "
                     "Rosoboronexport and the Belarusian Ministry of Defence. Deliveries are due to begin next year, "
                     "the authority said.", "en", "2023-05-19")
    assert ("State Authority for Military Industry of Belarus", "Deliveries are due to begin next year") in \
        [(w, what) for w, _, what in got], got


@pytest.mark.parametrize("text,who", [
    ("Четыре дивизиона С-300 уже заступили на боевое дежурство, уточнили в Минобороны Белоруссии. Там также "
     "напомнили, что в этом году на вооружение поступил первый дивизион «Полонез».", "Ministry of Defence of Belarus"),
    # a person spoke before: 'там' is no institution
    ("Четыре дивизиона С-300 уже заступили на боевое дежурство, сказал Хренин. Там также напомнили, что в этом году "
     "на вооружение поступил первый дивизион «Полонез».", None),
])
def test_there_is_the_institution_quoted_before(text, who):
    got = statements(text, "ru", "2016-06-09")
    said = [w for w, _, what in got if what.startswith("в этом году на вооружение")]
    assert said == ([who] if who else []), got


@pytest.mark.parametrize("text,who,said", [
    ("Russia delivered four Su-27 fighters to Baranovichi. Poland's defence ministry accused Moscow of "
     "\"militarising\" the region.", "Ministry of National Defence of Poland", "accused Moscow of \"militarising\""),
    ("Lukashenko accused the West of provoking an arms race.", "Alexander Lukashenko",
     "accused the West of provoking an arms race"),
])
def test_accusing_is_a_statement(text, who, said):
    got = statements(text, "en", "2014-03-01")
    assert any(w == who and what.startswith(said) for w, _, what in got), got


@pytest.mark.parametrize("text", [
    "The officer was accused of spying for Poland.",
    "Three men accused of smuggling were detained near Brest.",
])
def test_accused_as_passive_or_participle_is_no_statement(text):
    assert statements(text, "en", "2014-03-01") == []
