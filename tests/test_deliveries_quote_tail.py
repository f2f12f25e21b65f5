"""A quote's last sentence attributed at its tail ("Самолеты прибудут в ноябре», – заявил министр"): its content is
content, however short, when the quote opened in a sentence before (the frame of "– заявил ..." used to swallow it
whole). Sentences written for this test."""
import pytest

from conftest import deliveries

LEAD_RU = "Армия получает технику\n"
LEAD_EN = "Army gets new jets\n"


def rows(text):
    lead = LEAD_EN if text.isascii() else LEAD_RU
    return [(e["system"], e["status"], e["quantity"], e["date"]) for e in deliveries(lead + text, "2024-10-15")]


@pytest.mark.parametrize("text, expected", [
    ("«Белоруссия получит от России еще два Су-30СМ до конца года. Они прибудут в ноябре», – заявил в понедельник "
     "министр обороны Белоруссии Хренин.", ("Su-30SM", "planned", 2.0, "2024-11")),
    ('"Belarus will get two more Su-30SM from Russia this year. They will arrive in November," Belarusian Defence '
     'Minister Khrenin said on Monday.', ("Su-30SM", "planned", 2.0, "2024-11")),
])
def test_quote_tail_and_attribution_only_sentence(text, expected):
    assert expected in rows(text)
