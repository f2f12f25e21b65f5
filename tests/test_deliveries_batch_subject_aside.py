"""A batch that points back ("the next four", "another four helicopters", "очередная четверка", "следующие четыре
машины") is the subject of its verb also when a longer attribution stands between them ("as the holding's spokesman
promised journalists in Minsk", "как пообещал журналистам представитель холдинга", "как ожидается"): the aside is no
part of the clause, so its words do not count in how far the count stands from the verb (issue 12, session 15: such
batches gave no row). "All eight"/"все восемь" after batches told one by one is a running total (RULES 9), never a row.
Tried and dropped: "sets" counting armoured vehicles too (a battalion set of carriers pointing back): it added a false
positive on the closed heldout6. Sentences written for these tests.
"""
import pytest

from conftest import deliveries

MI_EN = "In 2020 the Belarusian defence ministry signed a contract with Russian Helicopters for twelve Mi-35M gunships. "
MI_RU = "Минобороны Белоруссии в 2020 году заключило с холдингом «Вертолеты России» контракт на двенадцать вертолетов Ми-35М. "


@pytest.mark.parametrize("text", [
    MI_RU + "Очередная четверка, как пообещал журналистам представитель холдинга на выставке в Минске, поступит в войска "
            "весной.",
    MI_RU + "Следующие четыре машины, как ожидается, будут переданы армейской авиации весной.",
    MI_RU + "Остальные четыре вертолета, как сообщило в пятницу министерство обороны, будут переданы до конца года.",
    MI_EN + "The next four, as the holding's spokesman promised journalists in Minsk, will arrive in the spring.",
    MI_EN + "Another four helicopters, the air force commander told a press conference on Friday, will be handed over "
            "before the end of the year.",
])
def test_a_batch_before_a_long_aside_is_the_rows(text):
    got = {(e["system"], e["status"], e["quantity"]) for e in deliveries(text, "2020-12-10")}
    assert ("Mi-35M", "planned", 4.0) in got, got


@pytest.mark.parametrize("text", [
    # the count is another phrase's: a clause of its own ends at the comma
    MI_RU + "Четыре вертолета уже в Мачулищах, остальные прибудут весной.",
    MI_EN + "Four helicopters are already at Machulishchy, and the rest will arrive in the spring.",
])
def test_a_count_of_another_clause_stays_its_own(text):
    got = {(e["system"], e["status"], e["quantity"]) for e in deliveries(text, "2020-12-10")}
    assert ("Mi-35M", "ordered", 12.0) in got, got
    assert any(s == "planned" for _, s, _ in got), got
    assert ("Mi-35M", "planned", 4.0) not in got, got


@pytest.mark.parametrize("text", [
    "Россия передала Белоруссии четыре вертолета Ми-35М осенью и еще четыре зимой. Все восемь, по данным министерства, "
    "уже несут боевое дежурство.",
    "Russia handed four Mi-35M helicopters to Belarus in the autumn and four more in the winter. All eight, the ministry "
    "reported, have been put into service with the army aviation.",
])
def test_all_of_the_batches_is_a_total(text):
    """"All eight" after batches told one by one counts them all (a running total, RULES 9): no row of its own."""
    got = {(e["system"], e["status"], e["quantity"], e["date"]) for e in deliveries(text, "2021-03-10")}
    assert {("Mi-35M", "delivered", 4.0, "2020-FA"), ("Mi-35M", "delivered", 4.0, "2020-WI")} <= got, got
    assert not any(q == 8.0 for _, _, q, _ in got), got


@pytest.mark.parametrize("text, system, whole, day", [
    ("Russia handed over four Yak-130 to Belarus in March. All eight will be delivered by the end of the year.",
     "Yak-130", 8.0, "2024"),
    ("Россия передала Белоруссии четыре Як-130 в марте. Все восемь поступят до конца года.", "Yak-130", 8.0, "2024"),
    ("Belarus received four Su-30SM fighters from Russia in May. All twelve are to arrive by 2026, the air force said.",
     "Su-30SM", 12.0, "2026"),
    ("Белоруссия получила от России четыре истребителя Су-30СМ в мае. Все двенадцать, по словам командования, прибудут "
     "к 2026 году.", "Su-30SM", 12.0, "2026"),
])
def test_all_after_one_batch_is_the_whole_to_come(text, system, whole, day):
    """After one batch, "all eight" is no running total (nothing to sum): the whole still to come, a plan."""
    got = {(e["system"], e["status"], e["quantity"], e["date"]) for e in deliveries(text, "2024-05-10")}
    assert (system, "planned", whole, day) in got, got
