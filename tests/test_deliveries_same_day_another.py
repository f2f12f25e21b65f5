"""A lead and a quote that tell the same day's news, both calling it "another batch" ("Belarus has just received another
batch of Tor-M2K systems" and "Just today, another batch of Tor-M2K systems arrived"), are one batch: one delivered row
(RULES: each stage of one batch once per document). The rule that keeps "another battery" apart from a batch dated
before it still does when the dates differ. Articles written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Another batch of Tor-M2K systems arrived in Belarus from Russia\n\nMINSK - Belarus has just received another batch "
    "of Tor-M2K anti-aircraft missile systems, the Belarusian Defence Ministry said on Friday. A ministry officer said: "
    "\"Just today, another batch of Tor-M2K missile systems arrived under an intergovernmental agreement.\"\n",
    "В Белоруссию прибыла очередная партия «Тор-М2К»\n\nМИНСК. Белоруссия получила очередную партию зенитных ракетных "
    "комплексов «Тор-М2К» из России, сообщило в пятницу Минобороны. «Сегодня прибыла очередная партия комплексов "
    "«Тор-М2К»», — сказал представитель ведомства.\n",
])
def test_one_days_news_told_twice_is_one_row(text):
    got = [e for e in deliveries(text, "2022-12-23") if e["status"] == "delivered"]
    assert len(got) == 1
