"""A system that stays with the supplier's own crews or command is stationed, not handed over (issue 12, twelfth
session): "would be on combat duty in Belarus ..., with Russian crews and Russian command", "заступит на боевое
дежурство ... с российскими расчетами". A system handed over and then worked by the recipient's crews stays a
delivery.
"""
import pytest

from conftest import deliveries

EN = ("Belarus and Russia remain close allies. Russia delivered four S-400 systems to Belarus last year. ")
RU = ("Белоруссия и Россия остаются союзниками. Россия поставила Белоруссии четыре комплекса С-400 в прошлом году. ")


@pytest.mark.parametrize("text", [
    EN + "Lukashenko said the Oreshnik system would be on combat duty in Belarus before the end of the year, with "
         "Russian crews and Russian command.",
    RU + "Лукашенко заявил, что комплекс «Орешник» заступит на боевое дежурство в Белоруссии до конца года с "
         "российскими расчетами.",
])
def test_the_suppliers_crews_keep_it_theirs(text):
    got = [e for e in deliveries(text, "2024-05-10") if e["system"] == "Oreshnik"]
    assert not got, got


def test_the_recipients_crews_leave_the_delivery():
    got = {(e["system"], e["status"]) for e in deliveries(
        EN + "The S-400 systems went on combat duty in March with Belarusian crews.", "2024-05-10")}
    assert ("S-400 Triumf", "in_service") in got, got
