"""A Belarusian plant's shipments to the Russian military, as export reports tell them: the ministry the plant ships to
in the dative ("отправил российскому Минобороны 45 шасси"), a relative clause naming what the chassis carry (no
movement of those), the maker named on both sides of a clause ("белорусские предприятия поставляют России ...: армия
получила от МЗКТ ..."), two variants of one family in one year (two facts), and a capital as the subject of a
movement ("Минск подготовил к передаче российской армии ..."). Sentences written for this test; numbers invented."""
import pytest

from conftest import deliveries

HEAD_RU = "Заголовок\n\n"


def rows(text, published="2024-02-07"):
    return sorted((e["supplier"][0] if e["supplier"] else None, e["recipient"][0] if e["recipient"] else None,
                   e["system"], e["status"], e["quantity"], e["date"]) for e in deliveries(text, published))


@pytest.mark.parametrize("text, expected", [
    (HEAD_RU + "В 2023 году Минский завод колесных тягачей отправил российскому Минобороны не менее 40 шасси "
     "МЗКТ-7930, на которых базируются комплексы «Искандер-М», сообщил телеграм-канал.",
     [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered", 40.0, "2023")]),
    (HEAD_RU + "В 2023 году МЗКТ отправил Министерству обороны России 40 шасси МЗКТ-7930.",
     [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered", 40.0, "2023")]),
    (HEAD_RU + "Председатель Госкомвоенпрома сообщил, что белорусские предприятия продолжают поставлять России "
     "технику: в прошлом году российская армия получила от МЗКТ около 25 шасси МЗКТ-79221.",
     [("Belarus", "Russia", "MZKT-79221", "delivered", 25.0, "2023")]),
    (HEAD_RU + "В прошлом году МЗКТ отгрузил Минобороны России 40 шасси МЗКТ-7930. По данным завода, за тот же год "
     "российские военные получили от МЗКТ еще 25 шасси МЗКТ-79221.",
     [("Belarus", "Russia", "MZKT-79221", "delivered", 25.0, "2023"),
      ("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered", 40.0, "2023")]),
    (HEAD_RU + "В январе из Беларуси в Россию ушли 30 танков Т-72Б, сообщили мониторы. В разведке Литвы считают, что "
     "Минск подготовил к передаче российской армии еще около 20 тягачей МТ-ЛБ.",
     [("Belarus", "Russia", "MT-LB", "planned", 20.0, "2024-02-07"),
      ("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-01")]),
])
def test_a_plant_s_shipments_to_the_russian_military(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # a request or a proposal sent to a ministry moves no equipment (a proposal to supply is talk, at most)
    HEAD_RU + "Минобороны Беларуси отправило российскому Минобороны запрос о поставке С-400.",
    HEAD_RU + "Госкомвоенпром отправил Министерству обороны России предложение о поставке шасси МЗКТ-7930.",
])
def test_papers_sent_to_a_ministry_are_no_shipment(text):
    assert [r for r in rows(text) if r[3] == "delivered"] == []


@pytest.mark.parametrize("text, expected", [
    # a shipment told, then a further batch told ahead with a verb of its own: two stages, each with its count
    ("Headline\n\nMZKT shipped 14 MZKT-79221 chassis to Russia last year and will ship another eight this year.",
     [("Belarus", "Russia", "MZKT-79221", "delivered", 14.0, "2023"),
      ("Belarus", "Russia", "MZKT-79221", "planned", 8.0, "2024")]),
    ("Headline\n\nThe plant had shipped 40 MZKT-7930 chassis to Russia since January and was due to ship another 25 "
     "before the end of the year, the agency said.",
     [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered", 40.0, "2024-01"),
      ("Belarus", "Russia", "MZKT-7930 Astrolog", "planned", 25.0, "2024")]),
    (HEAD_RU + "МЗКТ в прошлом году отгрузил России 14 шасси МЗКТ-79221 и в этом году отгрузит еще восемь.",
     [("Belarus", "Russia", "MZKT-79221", "delivered", 14.0, "2023"),
      ("Belarus", "Russia", "MZKT-79221", "planned", 8.0, "2024")]),
])
def test_a_further_batch_told_ahead_in_the_same_sentence(text, expected):
    assert rows(text) == expected
