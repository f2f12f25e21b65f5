"""Three readings of who speaks for what, each a construction with counter-examples. Sentences written for this test.

1. A source inside a relative clause ('учения, в котором, по данным ведомства, участвовали ...', 'the drill, in
   which, according to the ministry, ... took part') speaks for that clause, not for the main clause before it,
   whose subject is someone else. A source in the main clause still takes the whole sentence.
2. A pronoun after a speaker we could not name is the one person named as a subject after him, in the sentence
   before the pronoun's (or before sentences that name nobody); with no such person it stays unknown.
3. A ministry named without its country ('по информации Минобороны', 'the Defence Ministry said') after a minister of
   that portfolio spoke is his ministry; after a minister of another portfolio it stays unresolved.
"""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, said, who", [
    ("ru", "Министр обороны Виктор Хренин высоко оценил итоги учения «Щит Союза», в котором, по данным министерства, "
           "участвовали около 13 тысяч военнослужащих.",
     "в котором, по данным министерства, участвовали около 13 тысяч военнослужащих", "Ministry of Defence of Belarus"),
    ("en", "Defence Minister Viktor Khrenin praised the results of the Union Shield drill, in which, according to the "
           "ministry, some 13,000 troops took part.",
     "in which, according to the ministry, some 13,000 troops took part", "Ministry of Defence of Belarus"),
    ("ru", "Хренин посетил бригаду, где, по словам командира, уже несут дежурство два дивизиона С-400.",
     "где, по словам командира, уже несут дежурство два дивизиона С-400", None),
])
def test_a_source_in_a_relative_clause_speaks_for_it(lang, text, said, who):
    got = speakers(text, lang)
    assert (who, said) in got, got
    assert not any(s.startswith(("Министр", "Defence Minister", "Хренин посетил")) for _, s in got), got


@pytest.mark.parametrize("lang, text, said", [
    ("ru", "В учении «Щит Союза», по данным министерства, участвовали около 13 тысяч военнослужащих.",
     "В учении «Щит Союза», по данным министерства, участвовали около 13 тысяч военнослужащих"),
    ("en", "The drill, according to the ministry, involved some 13,000 troops.",
     "The drill, according to the ministry, involved some 13,000 troops"),
])
def test_a_source_in_the_main_clause_keeps_the_sentence(lang, text, said):
    assert said in [s for _, s in speakers(text, lang)], speakers(text, lang)


RU_UNNAMED = "Заместитель министра финансов признал, что «резервов почти не осталось». "
EN_UNNAMED = 'A deputy finance minister admitted that "there is almost no room left". '


@pytest.mark.parametrize("lang, text, said, who", [
    ("ru", RU_UNNAMED + "Министр обороны Виктор Хренин в ходе обсуждения перечислил закупки будущего года. Главное – "
           "противовоздушная оборона: армия должна получить две батареи «Тор-М2». Кроме того, по его словам, "
           "продолжится оплата контракта на Су-30СМ.",
     "Кроме того, по его словам, продолжится оплата контракта на Су-30СМ", "Viktor Khrenin"),
    ("en", EN_UNNAMED + "Defence Minister Viktor Khrenin listed next year's purchases during the debate. He added "
           "that the army would receive two Tor-M2 batteries.",
     "the army would receive two Tor-M2 batteries", "Viktor Khrenin"),
    # nobody named after the unnamed speaker: still unknown
    ("ru", RU_UNNAMED + "Кроме того, по его словам, продолжится оплата контракта на Су-30СМ.",
     "Кроме того, по его словам, продолжится оплата контракта на Су-30СМ", None),
    # two people named after him: unknown
    ("en", EN_UNNAMED + "Defence Minister Viktor Khrenin and General Pavel Muraveiko listed next year's purchases. "
           "He added that the army would receive two Tor-M2 batteries.",
     "the army would receive two Tor-M2 batteries", None),
])
def test_a_pronoun_after_an_unnamed_speaker(lang, text, said, who):
    got = speakers(text, lang)
    assert [w for w, s in got if s == said] == [who], got


@pytest.mark.parametrize("lang, text, said, who", [
    ("ru", "Министр обороны Виктор Хренин заявил журналистам, что поставки Су-30СМ переносятся на год. Кроме того, по "
           "информации Минобороны, в войска поступит партия беспилотников.",
     "Кроме того, по информации Минобороны, в войска поступит партия беспилотников", "Ministry of Defence of Belarus"),
    # a minister of another portfolio spoke: not his ministry
    ("ru", "Министр иностранных дел Владимир Макей заявил журналистам, что поставки Су-30СМ переносятся на год. Кроме "
           "того, по информации Минобороны, в войска поступит партия беспилотников.",
     "Кроме того, по информации Минобороны, в войска поступит партия беспилотников", None),
])
def test_a_bare_ministry_after_its_minister_spoke(lang, text, said, who):
    got = speakers(text, lang)
    assert [w for w, s in got if s == said] == [who], got
