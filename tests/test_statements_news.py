"""Statements in the forms real news takes (issue 12): institutions without their country, speakers named
by office alone, follow-ups, datelines. Sentences written for these tests; each row is
(lang, published, text, words of the statement, expected speaker key or None, words expected in
details['speaker_found'] or None)."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _statement(a, words):
    found = [st for st in a.statements if words in st.text]
    assert len(found) == 1, [st.text for st in a.statements]
    return found[0]


INSTITUTIONS = [
    # a bare ministry in a report filed from a capital is that capital's
    ("ru", "2021-03-03", "МИНСК, 3 марта (БелТА) – На авиабазу в Лиде прибыли два новых учебных самолета, "
     "сообщило в среду Министерство обороны.", "прибыли два новых", "organization:mod_belarus", "dateline"),
    ("en", "2021-03-03", "MINSK, March 3 (Agency) - Two new trainer jets arrived at the Lida air base, the Defence "
     "Ministry said on Wednesday.", "Two new trainer jets", "organization:mod_belarus", "dateline"),
    ("ru", "2019-06-12", "МОСКВА, 12 июня (Агентство) – Колонна бронетехники завершила марш к полигону, сообщили "
     "в Министерстве обороны.", "Колонна бронетехники", "organization:mod_russia", "dateline"),
    # the same ministry named earlier with its country
    ("ru", "2021-03-03", "Минобороны Белоруссии объявило внезапную проверку боеготовности. Россия направила "
     "наблюдателей. По данным Минобороны, в проверке участвуют три бригады.", "участвуют три бригады",
     "organization:mod_belarus", "earlier"),
    # nothing in the context says whose ministry: unknown, and the details say why
    ("ru", "2021-03-03", "Россия и Белоруссия провели совместные учения у границы. Учения прошли строго по плану, "
     "сообщило Минобороны.", "строго по плану", None, "not clear"),
    # 'в сообщении ведомства': the ministry that spoke just before
    ("ru", "2021-03-03", "МИНСК, 3 марта (БелТА) – Зенитный ракетный полк получил новые радары, сообщило Министерство "
     "обороны. «Расчеты уже приступили к освоению техники», – говорится в сообщении ведомства.",
     "Расчеты уже приступили", "organization:mod_belarus", "last named"),
]


@pytest.mark.parametrize("lang, published, text, words, speaker, found", INSTITUTIONS)
def test_institution_without_its_country(lang, published, text, words, speaker, found):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, words)
    assert st.speaker == speaker
    assert found in (st.details.get("speaker_found") or "")
    assert not any(k.startswith("organization:ministerstvo") or k.startswith("organization:minobor")
                   for k in (x.speaker or "" for x in a.statements))


@pytest.mark.parametrize("lang, text", [
    ("ru", "БРЕСТ, 4 марта (Агентство) – Новый инженерный батальон прибыл на полигон под Брестом."),
    ("en", "BREST, March 4 (Agency) - A new engineer battalion arrived at the range near Brest."),
])
def test_dateline_lead_is_not_a_statement(lang, text):
    a = analyze_text(text + "\n", lang=lang, published="2021-03-04")
    assert a.statements == []
