"""A singular formation noun that points back to the system is one formation by itself: "Дивизион, законтрактованный
в 2023 году, прибыл из России в июле" (not a genitive "в составе дивизиона", not a plural "Дивизионы ... прибыли"). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text, lang, expected", [
    ("Новости\n\nМинобороны сообщило о планах по С-400. Дивизион, законтрактованный в 2023 году, прибыл в "
     "Белоруссию из России в июле того же года.", "ru", 1.0),
    ("Новости\n\nМинобороны сообщило о планах по С-400. Дивизионы, законтрактованные в 2023 году, прибыли в "
     "Белоруссию из России в июле того же года.", "ru", None),
])
def test_one_formation(text, lang, expected):
    a = analyze_text(text + "\n", lang=lang, published="2024-10-09")
    got = [e.quantity for e in a.events if e.kind == "delivery" and e.status == "delivered"]
    assert got == [expected]
