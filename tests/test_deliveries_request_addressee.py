"""The one a request is sent to is asked to supply (issue 12, twelfth session): "Минск направил Москве заявку на батарею
«Панцирь-С1М»", "направил Москве запрос на поставку «Панцирь-С1»" (a dative addressee of a request word; it was read as
a second recipient, so the row had two recipients and no supplier and was dropped). A genitive-or-dative name ("ВВС
Белоруссии получили") keeps its reading.
"""
import pytest

from conftest import deliveries

LEAD = "Белоруссия и Россия остаются союзниками. "


@pytest.mark.parametrize("text, system", [
    ("Минск направил Москве заявку на батарею зенитных ракетно-пушечных комплексов «Панцирь-С1М», и российская сторона "
     "«готова ее рассмотреть».", "Pantsir-S1M"),
    ("Минск направил Москве запрос на поставку комплексов «Панцирь-С1».", "Pantsir-S1"),
])
def test_the_addressee_of_a_request_supplies(text, system):
    got = {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0])
           for e in deliveries(LEAD + text, "2024-05-10")}
    assert (system, "discussed", "Russia", "Belarus") in got, got


def test_a_genitive_recipient_stays():
    got = {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0])
           for e in deliveries(LEAD + "ВВС Белоруссии получили от России четыре Су-30СМ в марте.", "2024-05-10")}
    assert ("Su-30SM", "delivered", "Russia", "Belarus") in got, got
