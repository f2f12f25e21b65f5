"""The headline's and the lead's news is told as of the report: an undated past stage there ("Belarus's Defence
Ministry signed a contract ...", "Министерство обороны Белоруссии подписало контракт ...") takes the report's date (the
publication's; a headline's, the lead's day), as the gold's date rule does for what the text does not date; a narrator's
undated past stage deeper in the body stays undated (background). Issue 12: dates of deliveries that are found.
Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def dated(text, published="2017-08-24"):
    return {(r["system"], r["status"]): r["date"] for r in deliveries(text, published)}


@pytest.mark.parametrize("text", [
    "Belarus buys Su-30SM fighters\n\nBelarus's Defence Ministry signed a contract with Russia for 12 Su-30SM fighters "
    "at the Army-2017 forum near Moscow.\n\nThe forum runs until Sunday.\n",
    "Белоруссия покупает Су-30СМ\n\nМинистерство обороны Белоруссии подписало с Россией контракт на поставку двенадцати "
    "истребителей Су-30СМ на форуме «Армия-2017» в Подмосковье.\n\nФорум продлится до воскресенья.\n",
])
def test_the_leads_undated_stage_takes_the_report_date(text):
    assert dated(text)[("Su-30SM", "ordered")] == "2017-08-24"


@pytest.mark.parametrize("text", [
    "Forum opens near Moscow\n\nThe Army-2017 forum opened near Moscow on Tuesday with delegations from forty "
    "countries.\n\nThe forum runs until Sunday. Russia supplied Belarus with Tor-M2 air defence systems.\n",
    "Форум открылся в Подмосковье\n\nВо вторник в Подмосковье открылся форум «Армия-2017» с делегациями сорока "
    "стран.\n\nФорум продлится до воскресенья. Россия поставила Белоруссии зенитные ракетные комплексы «Тор-М2».\n",
])
def test_a_background_stage_deeper_in_the_body_stays_undated(text):
    assert dated(text)[("Tor-M2", "delivered")] is None
