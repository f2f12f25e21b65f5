"""A delivery and its service entry in one sentence, each its own row (one row per stage). Sentences written for the
test, in both languages:

- the service entry still to come after a coordinated delivery is planned, dated by its own time ("прибыли в апреле и
  до конца лета должны заступить на боевое дежурство" -> delivered (April) + planned (summer), not in_service now);
- a bare "несет дежурство" after the delivered verb of a relative clause on the subject is a service entry ("С-400,
  которую Россия передала в январе, с апреля несет дежурство");
- a delivered participle after the system's long noun phrase is its own earlier stage ("Tor-M2K short-range air
  defence missile systems received in April have been on combat duty since May").
"""
import pytest

from conftest import delivery_rows as _rows


@pytest.mark.parametrize("text, want", [
    ("В апреле в Лиду прибыли два Як-130 из России и до конца лета должны заступить на боевое дежурство.",
     {("Yak-130", "delivered", "Russia", "Belarus", 2.0, "2024-04"), ("Yak-130", "planned", "Russia", "Belarus", 2.0, "2024-SU")}),
    ("В апреле в Лиду прибыли два Як-130 из России и до конца лета заступят на боевое дежурство.",
     {("Yak-130", "delivered", "Russia", "Belarus", 2.0, "2024-04"), ("Yak-130", "planned", "Russia", "Belarus", 2.0, "2024-SU")}),
    ("Зенитная ракетная система С-400, которую Россия передала Белоруссии в январе, с апреля несет дежурство в составе "
     "войск ПВО.",
     {("S-400 Triumf", "delivered", "Russia", "Belarus", None, "2024-01"),
      ("S-400 Triumf", "in_service", "Russia", "Belarus", None, "2024-04")}),
    ("A battery of Tor-M2K short-range air defence missile systems received from Russia in April has been on combat "
     "duty since the start of May.",
     {("Tor-M2K", "delivered", "Russia", "Belarus", 1.0, "2024-04"), ("Tor-M2K", "in_service", "Russia", "Belarus", 1.0, "2024-05")}),
])
def test_each_stage_its_row(text, want):
    got = _rows(text)
    assert want <= got, got


@pytest.mark.parametrize("text, want", [
    # a service entry already made stays in service
    ("В апреле в Лиду прибыли два Як-130 из России и в мае заступили на боевое дежурство.",
     {("Yak-130", "delivered", "Russia", "Belarus", 2.0, "2024-04"), ("Yak-130", "in_service", "Russia", "Belarus", 2.0, "2024-05")}),
])
def test_service_made(text, want):
    assert want <= _rows(text), _rows(text)


@pytest.mark.parametrize("text, want", [
    # a further batch a few words after a comma, still to come after one that came: its own clause and row
    ("В марте в Барановичи прилетела очередная пара Су-30СМ2 из России, до конца года ждем еще одну.",
     {("Su-30SM2", "delivered", "Russia", "Belarus", 2.0, "2024-03"), ("Su-30SM2", "planned", "Russia", "Belarus", 2.0, "2024")}),
    ("В апреле в Лиду прибыли два Як-130 из России, до конца лета ожидаем еще два.",
     {("Yak-130", "delivered", "Russia", "Belarus", 2.0, "2024-04"), ("Yak-130", "planned", "Russia", "Belarus", 2.0, "2024-SU")}),
])
def test_further_batch_after_comma(text, want):
    assert want <= _rows(text), _rows(text)


def test_еще_before_a_time_is_no_further_batch():
    # "еще в прошлом году": as early as last year
    got = _rows("Белорусские ВВС ждут первые учебно-боевые самолеты Як-130, законтрактованные у России еще в прошлом году.")
    assert {r[1] for r in got} == {"ordered"}, got
