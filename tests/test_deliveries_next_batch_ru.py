"""The next batch of the system just told, in Russian: "Еще одна партия поступит в первом квартале", "Следующая партия
придет в декабре" (issue 12 recall, "unnamed": a sentence that names no system; the English "Another batch is
expected in the first quarter" was read already). The batch has no size of its own ("одна" counts batches). Not a batch
of the system: a batch of other goods ("еще одна партия документов"), the first batch told after ("Первая партия
поступила в августе" is no next batch). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, date", [
    ("В октябре из России поступила партия ракет к комплексам «Бук-М1». Еще одна партия поступит в первом квартале.",
     "2009-Q1"),
    ("Белоруссия получила от России партию БТР-82А. Следующая партия придет в декабре.", "2008-12"),
    ("A batch of Buk-M1 missiles arrived from Russia in October. Another batch is expected in the first quarter of "
     "2009.", "2009-Q1"),
])
def test_the_next_batch_is_a_planned_stage_of_the_system_told(text, date):
    rows = delivery_rows(text, "2008-11-10")
    assert any(r[1] == "planned" and r[4] is None and r[5] == date for r in rows), rows


@pytest.mark.parametrize("text", [
    "Белоруссия получила от России партию БТР-82А. Еще одна партия документов поступит в министерство.",
    "В октябре из России поступила партия ракет к комплексам «Бук-М1». Первая партия поступила в августе.",
])
def test_another_batch_is_not_the_systems(text):
    assert not any(r[1] == "planned" for r in delivery_rows(text, "2008-11-10"))
