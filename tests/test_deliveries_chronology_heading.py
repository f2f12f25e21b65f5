"""A chronology's heading dates its paragraph (issue 12: a year's review told "по месяцам" - "Март. В 120-ю бригаду
поступила третья батарея «Тор-М2»" - left every fact undated, the bare month heading being no time expression).
Texts written for these tests.

* a month (or a day) standing alone as the first sentence of a paragraph is a time expression, in the report's past
  unless its words look ahead, and the facts of its paragraph with no time of their own take it;
* a time inside a sentence of words is no heading ("In March, ..." dates its own sentence only);
* another paragraph is not under the heading.
"""
import pytest

from conftest import deliveries

RU = ("Итоги года: новые батареи и вертолеты\n\nГазета, 28 декабря 2013 года\n\nУходящий год стал годом перемен. "
      "Вспоминаем главные события по месяцам.\n\n")
EN = ("The year in review: batteries and helicopters\n\nGazette, 28 December 2013\n\nThe year brought changes. We recall "
      "the main events month by month.\n\n")


def rows(text):
    return sorted((e["system"], e["status"], e["date"]) for e in deliveries(text, "2013-12-28"))


@pytest.mark.parametrize("text, expected", [
    (RU + "Март. В 120-ю зенитную ракетную бригаду Белоруссии поступила из России третья батарея «Тор-М2». Комплексы "
     "прибыли по железной дороге.\n\nОктябрь. Министерство обороны Белоруссии и российский холдинг «Вертолеты России» "
     "подписали контракт на поставку двенадцати вертолетов Ми-8МТВ-5.",
     [("Mi-8MTV-5", "ordered", "2013-10"), ("Tor-M2", "delivered", "2013-03")]),
    (EN + "March. Belarus's 120th air defence brigade received a third Tor-M2 battery from Russia. The vehicles came "
     "by rail.\n\nOctober. The Belarusian Defence Ministry signed a contract with Russia for twelve Mi-8MTV-5 "
     "helicopters.",
     [("Mi-8MTV-5", "ordered", "2013-10"), ("Tor-M2", "delivered", "2013-03")]),
])
def test_a_heading_dates_its_paragraph(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    RU + "Март.\n\nВ 120-ю зенитную ракетную бригаду Белоруссии поступила из России третья батарея «Тор-М2».",
    EN + "March.\n\nBelarus's 120th air defence brigade received a third Tor-M2 battery from Russia.",
])
def test_another_paragraph_is_not_under_the_heading(text):
    assert [date for *_, date in rows(text)] != ["2013-03"]


def test_a_heading_is_a_time_expression_in_the_reports_past():
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(RU + "Март. Бригада получила батарею.\n\nДекабрь. Бригада получила вторую.", published="2013-12-28",
                     doc_id="t")
    assert [(t.text, t.value) for t in a.timexes][-2:] == [("Март", "2013-03"), ("Декабрь", "2013-12")]
