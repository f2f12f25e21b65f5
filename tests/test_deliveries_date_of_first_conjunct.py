"""A time before "and" dates the first of two coordinated predicates, not a transfer the second one asserts
(issue 12: a date of another event in the sentence given to the delivery). "Russia opened the runway on March 3 and
has already handed over the Su-30SM" dates the runway, and the hand-over takes the statement's day. Two predicates of
one tense with no "already" ("finished the site in July and handed over the systems") may share the time: kept.
Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, date", [
    ("On May 25, the minister said that Russia had opened a new runway at Baranovichi on March 3 and had already handed "
     "over the Su-30SM jets to the Belarusian air force.", "2023-05"),
    ("Russia opened a new runway at Baranovichi on March 3 and has already handed over the Su-30SM jets to the "
     "Belarusian air force, the minister said on May 25.", "2023-05"),
    ("Министр 25 мая сообщил, что Россия открыла новую полосу в Барановичах 3 марта и уже передала белорусским ВВС "
     "истребители Су-30СМ.", "2023-05"),
    ("Министр 25 мая сообщил, что Россия закончит ремонт аэродрома в Лиде в июле и уже передала белорусским ВВС "
     "учебные самолеты Як-130.", "2023-05"),
])
def test_the_first_predicates_time_is_not_the_transfers(text, date):
    rows = delivery_rows(text, "2023-06-10")
    assert any(r[1] == "delivered" and r[5] == date for r in rows), rows


@pytest.mark.parametrize("text, date", [
    # one tense, no "already": the time may be both predicates'
    ("Russia finished the runway at Lida in July and handed over the Yak-130 trainers to the Belarusian air force.",
     "2022-07"),
    ("Россия закончила ремонт полосы в Лиде в июле и передала белорусским ВВС самолеты Як-130.", "2022-07"),
    # an opening time dates both predicates
    ("In May Russia finished the runway at Lida and has already handed over the Yak-130 trainers to the Belarusian air "
     "force.", "2023-05"),
    ("В мае Россия закончила ремонт полосы в Лиде и уже передала белорусским ВВС самолеты Як-130.", "2023-05"),
])
def test_a_shared_or_opening_time_still_dates_the_transfer(text, date):
    rows = delivery_rows(text, "2023-06-10")
    assert ("Yak-130", "delivered", date) in {(r[0], r[1], r[5]) for r in rows}, rows
