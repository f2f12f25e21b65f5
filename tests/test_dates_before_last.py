""""The one before last" is two back (issue 12: "контракт заключен позапрошлой осенью" said in February 2026 was read as
the autumn of 2025, "позапрошлым летом" as the coming summer). Sentences written for these tests."""
import pytest


def values(text, published="2026-02-17"):
    from bellink.ingest.pipeline import analyze_text

    return [t.value for t in analyze_text(text, published=published, doc_id="t").timexes]


@pytest.mark.parametrize("text, value", [
    ("Контракт заключен позапрошлой осенью.", "2024-FA"),
    ("Первые машины пришли позапрошлым летом.", "2024-SU"),
    ("Учения прошли позапрошлой зимой.", "2023-WI"),
    ("Контракт подписан в позапрошлом году.", "2024"),
    ("Переговоры начались в августе позапрошлого года.", "2024-08"),
    ("The contract was signed the autumn before last.", "2024-FA"),
    ("The first jets arrived the year before last.", "2024"),
    ("Talks began the month before last.", "2025-12"),
])
def test_the_one_before_last(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Контракт заключен прошлой осенью.", "2025-FA"),
    ("The contract was signed last autumn.", "2025-FA"),
    ("Контракт подписан в прошлом году.", "2025"),
])
def test_the_last_one_is_unchanged(text, value):
    assert values(text) == [value]


# a year named with an ordinal ending ("переносится на 2019-й") is a year after any preposition
@pytest.mark.parametrize("text, year", [
    ("Поставка переносится на 2019-й.", "2019"),
    ("Первую пару ждут в 2021-м.", "2021"),
])
def test_a_year_with_an_ordinal_ending_is_a_year(text, year):
    assert values(text, "2018-05-21") == [year]


def test_an_amount_without_a_year_word_is_no_year():
    assert values("Закупки на 2020 единиц техники утверждены.", "2018-05-21") == []
