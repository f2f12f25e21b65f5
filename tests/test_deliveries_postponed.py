"""A plan moved to another time takes the new target (issue 12: a plan "moved to" or "now to be signed in" a later
year), never the time of the plan it replaced. Sentences written for these tests.

* the moved plan and the old target in one sentence: the new target;
* the old plan in one sentence ("was planned for 2018", "планировалось получить в 2018 году") and the move in the
  next one of the paragraph: the new target;
* not moved: "postponed in March" (when it was postponed), "postponed indefinitely" (no time), a sentence that moves
  another system's plan, a move in a coordinated clause of its own (", а учения перенесены на 2026 год").
"""
import pytest

from conftest import delivery_rows


def planned(text, published="2018-05-21"):
    return sorted((system, date) for system, status, _, _, _, date in delivery_rows(text, published)
                  if status == "planned")


@pytest.mark.parametrize("text, expected", [
    ("Minsk now expects to sign in 2020 the deal for six Mi-35M helicopters from Russia that it had wanted to close "
     "by the end of this year, a defence official said.", [("Mi-35M", "2020")]),
    ("Сделку на шесть вертолетов Ми-35М из России, которую Минск рассчитывал заключить до конца этого года, теперь "
     "планируется заключить в 2020 году, сообщил представитель Минобороны.", [("Mi-35M", "2020")]),
    ("Получение из России учебно-боевых самолетов Як-130, которые ВВС рассчитывали получить в этом году, "
     "откладывается до 2020 года, заявили в ВВС.", [("Yak-130", "2020")]),
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


# a move in a coordinated clause of its own governs that clause's subject, not the plan named before it
@pytest.mark.parametrize("text, expected", [
    ("Россия поставит Белоруссии комплексы «Тор-М2К» в 2025 году, а учения «Запад» перенесены на 2026 год.",
     [("Tor-M2K", "2025")]),
    ("Белоруссия получит из России вертолеты Ми-35М в 2026 году, но ввод нового аэродрома в Лиде перенесли на 2027 "
     "год.", [("Mi-35M", "2026")]),
    ("Belarus will receive Mi-35M helicopters from Russia in 2026; the opening of a new airfield at Lida was delayed "
     "until 2027.", [("Mi-35M", "2026")]),
    ("Belarus will get Tor-M2K systems from Russia in 2025, but the Zapad exercise has been postponed to 2026.",
     [("Tor-M2K", "2025")]),
])
def test_a_move_in_another_clause_leaves_the_plan(text, expected):
    assert planned(text, "2024-05-10") == expected


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


# the fair dates the contract signed at it, not the systems shown there: a delivered row keeps no fair year
@pytest.mark.parametrize("text", [
    "Belarus has received from Russia the Buk-MB3K systems that were presented at the MAKS-2021 air show.",
    "Belarus took delivery of Russian Tor-M2K systems first displayed at the Army-2019 forum.",
    "Белоруссия получила из России комплексы «Тор-М2К», показанные на форуме «Армия-2020».",
    "В Белоруссию из России прибыли вертолеты Ми-35М, впервые представленные на выставке «Армия-2019».",
])
def test_a_fair_where_the_systems_were_shown_dates_nothing(text):
    rows = delivery_rows(text, "2022-03-10")
    assert rows and not any(date[:4] in ("2019", "2020", "2021") for *_, date in rows)


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
