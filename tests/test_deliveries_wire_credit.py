"""A Russian wire credit closing a sentence or opening it ("..., передает РИА Новости", "Как передаёт ТАСС, ...",
"..., передал корреспондент «Звезды»") names the outlet that carries the report: "передавать" there is no hand-over.
It used to be read as one: a second transfer verb in the sentence that could swallow the real one ("получила ...,
передает РИА Новости" gave nothing) or make a row of its own (a report "о размещении «Орешника», передает БелТА" became
a delivery). Beside them, "передала" as a hand-over keeps its row. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return [(e["supplier"], e["recipient"], e["system"], e["status"]) for e in deliveries(text, "2025-12-24")]


@pytest.mark.parametrize("text, expected", [
    ("Белоруссия получила от России комплексы С-400, передает РИА Новости.",
     [(["Russia"], ["Belarus"], "S-400 Triumf", "delivered")]),
    ("Белоруссия получила от России С-400, передаёт «Интерфакс».",
     [(["Russia"], ["Belarus"], "S-400 Triumf", "delivered")]),
    ("Россия передаст Белоруссии С-400 до конца года, передает ТАСС.",
     [(["Russia"], ["Belarus"], "S-400 Triumf", "planned")]),
    ("Министр обороны Белоруссии доложил президенту о размещении в стране комплекса «Орешник», передает БелТА.", []),
    ("В Белоруссию из России прибыла новая партия Су-30СМ2, передал корреспондент «Звезды».",
     [(["Russia"], ["Belarus"], "Su-30SM2", "delivered")]),
])
def test_wire_credit_is_no_transfer(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Россия передала Белоруссии партию Су-30СМ2, сообщил министр.",
     [(["Russia"], ["Belarus"], "Su-30SM2", "delivered")]),
    ("Истребители Су-30СМ2 в Белоруссию, в свою очередь, передала Россия.",
     [(["Russia"], ["Belarus"], "Su-30SM2", "delivered")]),
])
def test_handing_over_keeps_its_row(text, expected):
    assert rows(text) == expected
