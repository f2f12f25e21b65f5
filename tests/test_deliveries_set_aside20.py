"""What "instead of" / "rather than" / "вместо" sets aside is the plan, count and time that did not come: its words
are never the clause's stage, count or date (review 19 L4 and W3). "Instead of the planned eight Su-30SM, Belarus
received only four" is four delivered, not eight planned; "Вместо обещанных в 2023 году Су-30СМ Белоруссия получила
... четыре Як-130" is the Yak-130 delivered, and the Su-30SM set aside (four words between "вместо" and it).
Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("Instead of the planned eight Su-30SM, Belarus received only four from Russia.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "")}),
    ("Instead of the planned eight, Belarus received only four Su-30SM fighters from Russia.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "")}),
    ("Вместо обещанных восьми Су-30СМ Белоруссия получила от России только четыре.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "")}),
    ("Вместо обещанных в 2023 году Су-30СМ Белоруссия получила от России в 2024 году четыре Як-130.",
     {("Yak-130", "delivered", "Russia", "Belarus", 4.0, "2024")}),
    ("Instead of the Su-30SM promised in 2023, Belarus received four Yak-130 from Russia in 2024.",
     {("Yak-130", "delivered", "Russia", "Belarus", 4.0, "2024")}),
    ("Belarus received four Yak-130 from Russia in 2024 instead of the eight Su-30SM it was promised.",
     {("Yak-130", "delivered", "Russia", "Belarus", 4.0, "2024")}),
    # unchanged: the system set aside is no row, the other one keeps its stage and date
    ("Instead of S-400 systems, Russia delivered Tor-M2K launchers to Belarus in 2024.",
     {("Tor-M2K", "delivered", "Russia", "Belarus", None, "2024")}),
])
def test_what_is_set_aside_is_not_the_clause(text, expected):
    assert delivery_rows(text, "2025-02-10") == expected


# review R6, R7 (on the first version of set_aside): the phrase stops before the clause's own subject or verb, refers
# back with "этого" / "that", sets aside nothing it does not hold, and its time is never the clause's date
@pytest.mark.parametrize("text, expected", [
    ("Вместо этого Россия передала Белоруссии четыре Су-30СМ в 2023 году.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "2023")}),
    ("Вместо старых самолетов Белоруссия получила от России четыре Су-30СМ.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "")}),
    ("Instead of old jets Belarus received four Su-30SM from Russia.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "")}),
    ("Instead of that Belarus received four Su-30SM from Russia in 2023.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "2023")}),
    ("Вместо запланированной на 2023 год поставки Су-30СМ прибыли в Белоруссию из России в марте 2024 года.",
     {("Su-30SM", "delivered", "Russia", "Belarus", None, "2024-03")}),
    ("Instead of the planned delivery in 2023, the Su-30SM fighters arrived in Belarus from Russia in March 2024.",
     {("Su-30SM", "delivered", "Russia", "Belarus", None, "2024-03")}),
    ("Belarus will get S-400 systems instead of the S-300s it received from Russia in 2016.",
     {("S-400 Triumf", "planned", "Russia", "Belarus", None, "")}),
])
def test_the_set_aside_phrase_ends_before_the_clause(text, expected):
    assert delivery_rows(text, "2025-02-10") == expected
