"""The document gate (``bellink.ingest.docgate``): a pattern is not searched in a document that lacks a word every
match of it holds, and the answer is always the search's own."""
from pathlib import Path

import pytest

from bellink.ingest import docgate
from bellink.ingest.events import lexicons as L
from bellink.ingest.events import negation as N
from bellink.ingest.events.deliveries import coordination as C
from bellink.ingest.events.deliveries import guards as G
from bellink.ingest.statements import documents as D
from bellink.ingest.statements import keypoints as K
from bellink.ingest.statements import words as W

# every pattern a rule asks ``docgate.may`` about before searching it
GATED = {
    "LEARNED_EN": W.LEARNED_EN, "LEARNED_RU": W.LEARNED_RU, "QUOTED_WORDS_RU": W.QUOTED_WORDS_RU,
    "CHANNEL_SLOTS_EN": W.CHANNEL_SLOTS_EN, "CHANNEL_SLOTS_RU": W.CHANNEL_SLOTS_RU, "ISSUED_DOC": W.ISSUED_DOC,
    "DOC_SUBJECT_EN": D.DOC_SUBJECT_EN, "LIST_LEAD": K.LIST_LEAD,
    "EN_HALT": L.EN_HALT, "EN_RESUME": L.EN_RESUME, "CARRY_EN": L.CARRY_EN, "REPORT_EN": L.REPORT_EN,
    "TRAINING_PURPOSE": G.TRAINING_PURPOSE, "SOVIET_TIMES": G.SOVIET_TIMES, "REPAIR_PURPOSE": G.REPAIR_PURPOSE,
    "FOREIGN_BUYERS": G.FOREIGN_BUYERS, "OPERATED_BY": G.OPERATED_BY, "FROM_DISTRICT": G.FROM_DISTRICT,
    "WITH_CREWS": G.WITH_CREWS, "MOVE_EN": L.MOVE_EN, "SEND_EN": L.SEND_EN, "MOVE_PURPOSE_EN": L.MOVE_PURPOSE_EN,
    "CLAIM": L.CLAIM, "ADDITION": C.ADDITION, "SUBORDINATE_TAIL": N.SUBORDINATE_TAIL,
    "HYPOTHETICAL": L.HYPOTHETICAL, "FRUITLESS": L.FRUITLESS, "EXERCISE_NOUN": L.EXERCISE_NOUN,
    "MOUNTED_BEFORE": G.MOUNTED_BEFORE, "REFUSAL": G.REFUSAL,
}

# (pattern, a sentence written for this test that it matches, the same sentence without the cue)
CASES = [
    ("LEARNED_EN", "BelTA learned from the State Authority for Military Industry that the vehicles had arrived.",
     "BelTA reported that the vehicles had arrived."),
    ("LEARNED_RU", "Как стало известно БелТА в Госкомвоенпроме, машины уже прибыли.",
     "Как сообщили в Госкомвоенпроме, машины уже прибыли."),
    ("QUOTED_WORDS_RU", "«Машины прибыли», – приводит агентство слова командира бригады.",
     "«Машины прибыли», – сказал командир бригады."),
    ("CHANNEL_SLOTS_EN", "The minister told the agency that the jets had landed.",
     "The minister said the jets had landed."),
    ("CHANNEL_SLOTS_RU", "Об этом министр рассказал в эфире телеканала «Беларусь 1».",
     "Об этом министр сказал во вторник."),
    ("ISSUED_DOC", "The ministry issued a statement ", "The ministry said "),
    ("ISSUED_DOC", "Минобороны распространило заявление, в котором ", "Минобороны сообщило, что "),
    ("DOC_SUBJECT_EN", "The ministry's report", "The ministry"),
    ("LIST_LEAD", "Key points of the minister's speech:", "The minister's speech:"),
    ("LIST_LEAD", "Главное из выступления министра:", "Из выступления министра:"),
    ("EN_HALT", "the deliveries were suspended in may", "the deliveries went on in may"),
    ("EN_RESUME", "the deliveries resumed in may", "the deliveries went on in may"),
    ("CARRY_EN", "another train carried 12 tanks towards russia", "another train went towards russia"),
    ("REPORT_EN", "the minister said on tuesday", "министр сообщил во вторник"),
    ("TRAINING_PURPOSE", "The crews came to Belarus for joint combat training.", "The crews came to Belarus."),
    ("TRAINING_PURPOSE", "Расчеты прибыли для совместной боевой подготовки.", "Расчеты прибыли в Белоруссию."),
    ("SOVIET_TIMES", "The MiG-29s were inherited from the Soviet Union.", "The MiG-29s were bought in 2019."),
    ("SOVIET_TIMES", "МиГ-29, полученные еще в советское время.", "МиГ-29, купленные в 2019 году."),
    ("REPAIR_PURPOSE", "Minsk plans to ship 20 tanks to Russia for overhaul.", "Minsk plans to ship 20 tanks to Russia."),
    ("REPAIR_PURPOSE", "Танки отправят в Россию на ремонт.", "Танки отправят в Россию."),
    ("FOREIGN_BUYERS", "Russia will export the systems to foreign buyers.", "Russia will sell the systems to Minsk."),
    ("FOREIGN_BUYERS", "Россия поставит комплексы в одну из стран ОДКБ.", "Россия поставит комплексы Белоруссии."),
    ("OPERATED_BY", "The jets will be operated by Russian crews.", "The jets will be flown by pilots."),
    ("FROM_DISTRICT", "A train brought a battalion from the Eastern Military District to the station.",
     "A train brought a battalion to the station."),
    ("FROM_DISTRICT", "Эшелон доставил дивизион из Восточного военного округа.", "Эшелон доставил батальон на станцию."),
    ("WITH_CREWS", "The Su-27s arrived together with their crews.", "The Su-27s arrived on Monday."),
    ("WITH_CREWS", "Су-27 прибыли вместе с экипажами.", "Су-27 прибыли в понедельник."),
    ("MOVE_EN", "another train with tanks left for russia", "another train with tanks came to russia"),
    ("SEND_EN", "belarus sent 40 launchers to russia", "belarus gave 40 launchers to russia"),
    ("MOVE_PURPOSE_EN", "the tanks went to russia for repair", "the tanks went to russia"),
    ("CLAIM", "Reports that Belarus would sell its jets were dismissed.", "Belarus will sell its jets."),
    ("CLAIM", "Информацию о том, что Минск ведет переговоры, не подтвердили.", "Минск ведет переговоры."),
    ("ADDITION", "in addition to the two delivered in March", "after the two came in March"),
    ("ADDITION", "в дополнение к паре, поступившей осенью", "после пары, пришедшей осенью"),
    ("SUBORDINATE_TAIL", "The jets arrived, while the tanks stayed.", "The jets arrived and the tanks stayed."),
    ("SUBORDINATE_TAIL", "Самолеты прибыли, хотя танки остались.", "Самолеты прибыли и танки остались."),
    ("HYPOTHETICAL", "If Minsk pays, the jets will come.", "Minsk pays and the jets will come."),
    ("HYPOTHETICAL", "Если Минск заплатит, самолеты придут.", "Минск заплатит, и самолеты придут."),
    ("FRUITLESS", "The talks never produced a contract.", "The jets landed on Monday."),
    ("FRUITLESS", "Однако договориться так и не удалось.", "Самолеты сели в понедельник."),
    ("EXERCISE_NOUN", "The troops held joint exercises.", "The troops held a parade."),
    ("EXERCISE_NOUN", "Войска провели совместные учения.", "Войска провели парад."),
    ("MOUNTED_BEFORE", "the chassis for the ", "the crews came with the "),
    ("MOUNTED_BEFORE", "шасси, на которых монтируются ", "машины, с которыми прибыли "),
    ("REFUSAL", "Russia has refused to sell them.", "Russia has agreed to sell them."),
    ("REFUSAL", "Москва отказалась их продать.", "Москва согласилась их продавать."),
]


@pytest.mark.parametrize("name,with_cue,without", CASES)
def test_a_document_without_the_words_is_not_searched_and_one_with_them_is(name, with_cue, without):
    rx = GATED[name]
    assert docgate.parts(rx), name  # the gate found words to look for
    doc = f"Minsk, 12 May. {with_cue} End."
    a = doc.index(with_cue)
    m = rx.search(doc, a, a + len(with_cue))  # (as the rules search: a stretch of the document)
    assert m is not None and docgate.may(rx, doc)
    assert docgate.holds(docgate.parts(rx), m.group().lower())
    assert docgate.may(rx, doc, a, a + len(with_cue))  # the stretch searched is tested too
    other = f"Minsk, 12 May. {without} End."
    a = other.index(without)
    assert rx.search(other, a, a + len(without)) is None and not docgate.may(rx, other)
    # the document holds the words, the stretch searched does not: that stretch cannot match
    both = f"Minsk, 12 May. {with_cue} {without} End."
    a = both.index(without)
    assert docgate.may(rx, both) and not docgate.may(rx, both, a, a + len(without))
    assert rx.search(both, a, a + len(without)) is None


def test_a_document_with_a_letter_lowercasing_cannot_stand_for_is_always_searched():
    doc = "İstanbul, 12 May. The ministry said nothing."
    assert docgate.may(W.LEARNED_EN, doc) and docgate.may(W.LEARNED_EN, doc, 18, len(doc))


def test_a_stretch_with_blanked_characters_is_tested_in_the_document_only_for_words_without_spaces():
    # document_subject searches the words before a verb with the time expressions blanked (documents.py)
    assert all(" " not in w for words, _ in docgate.parts(D.DOC_SUBJECT_EN) for w in words)


def _texts():
    here = Path(__file__).resolve().parent / "data"
    return [p.read_text(encoding="utf-8") for p in sorted(here.rglob("*.txt"))]


@pytest.mark.parametrize("name", sorted(GATED))
def test_the_gate_never_hides_a_match_in_the_test_articles(name):
    rx = GATED[name]
    texts = _texts()
    assert len(texts) > 20
    found = docgate.parts(rx)
    for text in texts:
        matches = list(rx.finditer(text))
        if matches:
            assert docgate.may(rx, text), (name, matches[0].group())
        for m in matches:  # every match holds one of each part's words
            assert docgate.holds(found, m.group().lower()), (name, m.group())
