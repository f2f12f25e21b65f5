"""A replacing word governs its own object only (issue 12, twelfth session, from the eleventh session's review): "as a
replacement for the ageing S-300", "to replace its MiG-29s", "на замену устаревшим С-300", "для замены МиГ-29" name the
system retired, which is never moved; the system the transfer verb moves is read whatever stands between
("Russia will deliver, as a replacement for the ageing S-300, four S-400 battalions": it blocked the S-400 before).
"""
import pytest

from conftest import deliveries

EN_LEAD = "Belarus and Russia remain close allies. "
RU_LEAD = "Белоруссия и Россия остаются союзниками. "


def _systems(text):
    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return {(e["system"], e["status"]) for e in deliveries(lead + text, "2024-05-10")}


@pytest.mark.parametrize("text, want", [
    ("Russia will deliver, as a replacement for the ageing S-300, four S-400 battalions to Belarus next year.",
     {("S-400 Triumf", "planned")}),
    ("As a replacement for its MiG-29 fleet, Belarus ordered 12 Su-30SM fighters from Russia in 2017.",
     {("Su-30SM", "ordered")}),
    ("Belarus received four Su-30SM fighters from Russia to replace its ageing MiG-29s.",
     {("Su-30SM", "delivered")}),
    ("Россия поставит Белоруссии на замену устаревшим С-300 четыре дивизиона С-400.", {("S-400 Triumf", "planned")}),
    ("На замену МиГ-29 Белоруссия заказала у России 12 Су-30СМ.", {("Su-30SM", "ordered")}),
    ("Белоруссия заказала у России 12 Су-30СМ для замены МиГ-29.", {("Su-30SM", "ordered")}),
])
def test_the_replaced_system_is_not_moved(text, want):
    assert _systems(text) == want
