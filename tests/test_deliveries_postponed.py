"""A plan moved to another time takes the new target (issue 12: "переносится на 2019 год", "will now be signed in
2012"), never the time of the plan it replaced. Sentences written for these tests.

* the moved plan and the old target in one sentence: the new target;
* the old plan in one sentence ("was planned for 2018", "планировалось получить в 2018 году") and the move in the
  next one of the paragraph: the new target;
* not moved: "postponed in March" (when it was postponed), "postponed indefinitely" (no time), a sentence that moves
  another system's plan.
"""
import pytest

from conftest import delivery_rows


def planned(text, published="2018-05-21"):
    return sorted((system, date) for system, status, _, _, _, date in delivery_rows(text, published)
                  if status == "planned")


@pytest.mark.parametrize("text, expected", [
    ("The contract for four Yak-130 trainers from Russia, which Minsk had hoped to sign this year, will now be "
     "signed in 2019, the minister said.", [("Yak-130", "2019")]),
    ("Контракт на четыре учебно-боевых самолета Як-130 из России, который Минск надеялся подписать в этом году, "
     "теперь планируется подписать в 2019 году, сообщил министр.", [("Yak-130", "2019")]),
    ("Получение из России первых истребителей Су-30СМ, которые белорусские ВВС ждали в этом году, переносится на "
     "2019-й, сообщил министр.", [("Su-30SM", "2019")]),
    ("Belarus had planned to receive the first Su-30SM fighters from Russia in 2018. But the delivery of the first "
     "pair has been postponed until 2019, the minister said.", [("Su-30SM", "2019")]),
    ("Первые истребители Су-30СМ из России Белоруссия планировала получить в 2018 году. Однако поставка первой пары "
     "сдвигается на 2019 год, сообщил министр.", [("Su-30SM", "2019")]),
])
def test_a_moved_plan_takes_its_new_target(text, expected):
    assert planned(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the time of the postponing, not the new target
    ("Belarus will receive Su-30SM fighters from Russia in 2019, a schedule postponed in March, the minister said.",
     [("Su-30SM", "2019")]),
    ("Белоруссия получит из России истребители Су-30СМ в 2019 году, хотя сроки отложили в марте, сообщил министр.",
     [("Su-30SM", "2019")]),
    # another paragraph moves nothing of this one
    ("Belarus had planned to receive the first Su-30SM fighters from Russia in 2018.\n\nThe purchase of a new "
     "airfield radar has been postponed until 2020, the minister said.", [("Su-30SM", "2018")]),
])
def test_what_is_not_a_moved_target(text, expected):
    assert planned(text) == expected


# --- a fair named with its year dates the contract signed at it (events/dates.py fair_year) ----------------------


def ordered(text, published):
    return sorted((system, date) for system, status, _, _, _, date in delivery_rows(text, published)
                  if status == "ordered")


@pytest.mark.parametrize("text, expected", [
    ("The four Mi-35M helicopters from Russia were paid for under the contract concluded at the Army-2020 forum.",
     [("Mi-35M", "2020")]),
    ("Вертолеты Ми-35М из России оплачены по контракту, заключенному на форуме «Армия-2020».", [("Mi-35M", "2020")]),
    ("The contract for four Yak-130 trainers from Russia was signed at the MAKS-2015 air show.", [("Yak-130", "2015")]),
    ("Контракт на поставку Белоруссии четырех учебно-боевых самолетов Як-130 из России подписан на авиасалоне "
     "МАКС-2015.", [("Yak-130", "2015")]),
])
def test_a_contract_signed_at_a_fair_named_with_its_year_takes_that_year(text, expected):
    assert ordered(text, "2021-05-05") == expected


@pytest.mark.parametrize("text, expected", [
    # a report from the fair itself: the statement's day is the finer date
    ("Belarus signed a contract for 12 Mi-35M helicopters from Russia at the Army-2020 forum, the ministry said on "
     "Wednesday.", [("Mi-35M", "2020-08")]),
    ("Белоруссия подписала на форуме «Армия-2020» контракт на 12 вертолетов Ми-35М из России, сообщило Минобороны в "
     "среду.", [("Mi-35M", "2020-08")]),
])
def test_a_report_from_the_fair_keeps_its_day(text, expected):
    assert ordered(text, "2020-08-27") == expected


def test_dates_of_a_moved_plan_and_of_a_fair_are_stored(run_json, tmp_path):
    """Both dates go to the database as any date does (the method one the schema knows, the provenance in details)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fair.txt").write_text(
        "Belarus expects Yak-130 trainers\n\nMINSK, 5 May 2021 - The four Mi-35M helicopters from Russia were paid for "
        "under the contract concluded at the Army-2020 forum. Belarus had planned to receive the first Yak-130 "
        "trainers from Russia in 2021. But the delivery has been postponed until 2022, the ministry said.\n",
        encoding="utf-8")
    out = run_json("ingest", str(folder))
    assert [r["status"] for r in out] == ["new"], out
    rows = {(r["system"], r["status"], r["date"]) for r in run_json("deliveries")}
    assert ("Mi-35M", "ordered", "2020") in rows
    assert ("Yak-130", "planned", "2022") in rows
