"""The count that is the transfer verb's own subject: "..., the last four of which arrived", "..., последние четыре
из которых прибыли", "fighters: the first two landed", "истребители: первые два приземлились" count what that verb
moved, not the whole the sentence named before (issue 12: quantities in reporters' words, bound to the right stage).
Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def rows(text, published="2023-09-16"):
    return sorted(((r["system"], r["status"], r["quantity"], r["date"]) for r in deliveries(text, published)), key=str)


@pytest.mark.parametrize("text,expected", [
    ("Belarus bought a dozen Yak-130 combat trainers from Russia, the last four of which arrived in November 2017.",
     ("Yak-130", "delivered", 4.0, "2017-11")),
    ("Белоруссия закупила у России двенадцать Як-130, последние четыре из которых прибыли в ноябре 2017 года.",
     ("Yak-130", "delivered", 4.0, "2017-11")),
    # through a generic noun that points back to the system named before
    ("Belarus bought Yak-130 trainers from Russia. The air force now flies a dozen of the Russian-built combat "
     "trainers, the last four of which arrived in November 2017.", ("Yak-130", "delivered", 4.0, "2017-11")),
    ("Белоруссия закупила у России самолеты Як-130. Сейчас ВВС эксплуатируют двенадцать таких машин, последние четыре "
     "из которых прибыли в ноябре 2017 года.", ("Yak-130", "delivered", 4.0, "2017-11")),
    ("Russia has been supplying Belarus with Su-30SM2 fighters: the first two landed at Baranovichi last December.",
     ("Su-30SM2", "delivered", 2.0, "2022-12")),
    ("Россия поставляет Белоруссии истребители Су-30СМ2: первые два приземлились в Барановичах в декабре прошлого "
     "года.", ("Su-30SM2", "delivered", 2.0, "2022-12")),
])
def test_the_verbs_own_subject_counts_the_batch(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    "Белоруссия получила от России новые комплексы «Тор-М2К». Это уже вторая партия «Тор-М2К» за год: первую – две "
    "батареи – армия получила в марте.",
    "Belarus has received new Tor-M2K systems from Russia. It is the second batch of Tor-M2K this year: the first – "
    "two batteries – the army received in March.",
])
def test_a_count_set_off_by_dashes_before_the_verb_counts_its_batch(text):
    assert ("Tor-M2K", "delivered", 2.0, "2022-03") in rows(text, "2022-12-23")


@pytest.mark.parametrize("text", [
    "Russia supplied Belarus with S-400 systems in 2022, the two presidents said.",
    "Россия поставила Белоруссии С-400 в 2022 году, два президента подтвердили это.",
])
def test_a_count_of_something_else_is_no_quantity(text):
    assert rows(text) == [("S-400 Triumf", "delivered", None, "2022")]


@pytest.mark.parametrize("text", [
    "В декабре Белоруссия получила от России еще шесть вертолетов Ми-35М. Все вертолеты базируются в Мачулищах и уже "
    "несут боевое дежурство.",
    "In December Belarus received six more Mi-35M helicopters from Russia. All the helicopters are based at "
    "Machulishchy and are already on combat duty.",
])
def test_all_of_them_is_not_the_last_batch(text):
    # every batch so far is on duty, not only the six just counted: the count is left out, not guessed
    assert ("Mi-35M", "in_service", None, "2017-12-21") in rows(text, "2017-12-21")
