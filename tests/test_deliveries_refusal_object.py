"""A refusal halts the deal only when it refuses the deal (issue 12, twelfth session, from the eleventh session's
review): "but Moscow refused", "but the Kremlin declined the request", "но Москва отказала", "но Москва отказалась от
этой идеи" end a request; "but the ministry declined further details", "но Минск отказался от участия в учениях" refuse
something else, and the transfer stands. "больше не приходится рассчитывать" ends a hope; "теперь не приходится ждать"
(no longer has to wait) ends nothing.
"""
import pytest

from conftest import deliveries

EN_LEAD = "Belarus and Russia remain close allies. "
RU_LEAD = "Белоруссия и Россия остаются союзниками. "


def _rows(text, published="2024-05-10"):
    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return {(e["system"], e["status"]) for e in deliveries(lead + text, published)}


@pytest.mark.parametrize("text, want", [
    ("Belarus will receive four Yak-130 trainers from Russia next year, but the ministry declined further details.",
     ("Yak-130", "planned")),
    ("Белоруссия получит от России четыре Як-130 в следующем году, но Минск отказался от участия в учениях.",
     ("Yak-130", "planned")),
    ("Белоруссия получит от России четыре Як-130 в следующем году, и теперь не приходится ждать новых самолетов годами.",
     ("Yak-130", "planned")),
])
def test_a_refusal_of_something_else_leaves_the_transfer(text, want):
    got = _rows(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Minsk asked Moscow for more S-400 systems, but Moscow refused.",
    "Minsk asked Moscow for more S-400 systems, but the Kremlin declined the request.",
    "Минск попросил у Москвы еще С-400, но Москва отказала.",
    "Минск попросил у Москвы еще С-400, но Москва отказалась от этой идеи.",
    "Рассчитывать на безвозмездную передачу С-400, как было с С-300, больше не приходится.",
])
def test_a_refused_request_gives_nothing(text):
    got = _rows(text)
    assert not got, got
