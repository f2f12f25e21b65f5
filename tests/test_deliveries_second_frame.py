"""A second reporting frame after the first one's tail (issue 12, twelfth session): "..., Khrenin said on Thursday, days
after Lukashenko said Minsk would buy ..." The second frame's speaker begins where the first frame ends; it used to
run from the sentence's start, so the first content (the delivery) was read as part of a frame and dropped.
"""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Belarus will receive another batch of Mi-35M helicopters from Russia this year, Defence Minister Viktor Khrenin "
    "said on Thursday, days after Lukashenko said Minsk would buy about $1 billion of Russian weapons by 2025.",
    "Belarus will receive another batch of Mi-35M helicopters from Russia this year, Khrenin said on Thursday, after "
    "Lukashenko said that Minsk would buy more Russian weapons.",
    "Белоруссия получит от России еще партию вертолетов Ми-35М в этом году, заявил в четверг Хренин, через несколько "
    "дней после того как Лукашенко заявил, что Минск закупит российского оружия на миллиард долларов.",
])
def test_the_first_content_stays_content(text):
    got = {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0])
           for e in deliveries(text, "2021-04-15")}
    assert ("Mi-35M", "planned", "Russia", "Belarus") in got, got
