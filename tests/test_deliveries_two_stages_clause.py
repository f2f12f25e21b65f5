"""One clause, two stages of one system: the commitment in a relative clause or a contract phrase is its own
"ordered" row, the main verb gives the clause's stage and date. Sentences written for the test.

- the main verb read outside a contract phrase after it: "ожидает ... Ми-28НЭ, контракт на которые был подписан
  осенью" -> planned (the waiting) + ordered (the signing), not ordered twice;
- "agreed in 2013 to hand over": a time between "agreed" and "to" keeps the agreement an order;
- "are due" after a relative clause on the system is the main verb (planned), the relative clause its own order.
"""
import pytest

from conftest import delivery_rows as _rows


@pytest.mark.parametrize("text, want", [
    ("Белоруссия ожидает в 2026 году первые вертолеты Ми-28НЭ, контракт на которые был подписан с Россией осенью.",
     {("Mi-28NE", "planned", "Russia", "Belarus", None, "2026"), ("Mi-28NE", "ordered", "Russia", "Belarus", None, "2023")}),
    ("Belarus expects its first Mi-28NE helicopters in 2026 under a contract signed with Russia last autumn.",
     {("Mi-28NE", "planned", "Russia", "Belarus", None, "2026"), ("Mi-28NE", "ordered", "Russia", "Belarus", None, "2023")}),
    ("Four S-300PS battalions that Russia agreed in 2013 to hand over free of charge are due by the end of the year.",
     {("S-300PS", "planned", "Russia", "Belarus", 4.0, "2024"), ("S-300PS", "ordered", "Russia", "Belarus", 4.0, "2013")}),
    ("Russia agreed in March to supply Belarus with two S-400 battalions.",
     {("S-400 Triumf", "ordered", "Russia", "Belarus", 2.0, "2024-03")}),
])
def test_each_stage_its_row(text, want):
    got = {r[:5] + (r[5][:4] if len(next(w for w in want)[5]) == 4 else r[5],) for r in _rows(text)}
    assert want <= got, got


@pytest.mark.parametrize("text", [
    # "in principle": no order yet
    "Russia agreed in principle to sell Belarus Iskander-M systems.",
])
def test_agreed_in_principle_is_no_order(text):
    assert not any(r[1] == "ordered" for r in _rows(text)), _rows(text)


@pytest.mark.parametrize("text, want", [
    # a transfer under an agreement between the governments: the agreement is the order, dated by its signing
    ("Russia will hand over four Tor-M2 batteries to Belarus under an agreement signed in March.",
     {("Tor-M2", "planned", "Russia", "Belarus", 4.0), ("Tor-M2", "ordered", "Russia", "Belarus", 4.0, "2024-03")}),
    ("Россия передаст Белоруссии четыре батареи «Тор-М2» по межправительственному соглашению, подписанному в прошлом "
     "году.",
     {("Tor-M2", "planned", "Russia", "Belarus", 4.0), ("Tor-M2", "ordered", "Russia", "Belarus", 4.0, "2023")}),
    ("Russia handed over two S-300PS battalions to Belarus in April under a 2005 agreement.",
     {("S-300PS", "delivered", "Russia", "Belarus", 2.0, "2024-04"), ("S-300PS", "ordered", "Russia", "Belarus", None, "2005")}),
])
def test_agreement_is_the_order(text, want):
    got = _rows(text)
    got = got | {r[:5] for r in got}
    assert want <= got, got


def test_agreement_named_by_the_verb_once():
    # the finite verb is the order the agreement names: no second ordered row from the phrase
    got = _rows("Under a 2005 intergovernmental agreement, Russia sold Belarus 18 BTR-80 armoured personnel carriers.")
    assert [r[1] for r in got].count("ordered") <= 1, got
