"""A plan told by an infinitive takes the time after the infinitive, not one before it that dates the verb governing it
(review 18 W5: "signed a letter of intent last year to buy ... in 2026" was planned last year; "signed a contract in
2023 and is expected to receive ... in 2025" was planned 2023). With no time after the infinitive, the time before it
stays the plan's (as before). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _plans(text, lang, published="2024-05-01"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {e.date.value if e.date else None for e in a.events if e.kind == "delivery" and e.status == "planned"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Minsk signed a contract in 2023 and is expected to receive four Su-30SM2 fighters from Russia in 2025.", "en",
     {"2025"}),
    ("Belarus signed a letter of intent last year to buy 12 Su-30SM2 fighters from Russia in 2026.", "en", {"2026"}),
    ("In 2023 Belarus decided to buy 12 Yak-130 trainers from Russia by 2026.", "en", {"2026"}),
    ("Минск в прошлом году подписал письмо о намерениях закупить 12 истребителей Су-30СМ2 у России в 2026 году.", "ru",
     {"2026"}),
    # no time after the infinitive: the one before it stays the plan's
    ("Belarus decided in 2023 to buy 12 Su-30SM2 fighters from Russia.", "en", {"2023"}),
    ("Минск в прошлом году решил закупить 12 истребителей Су-30СМ2 у России.", "ru", {"2023"}),
])
def test_the_infinitives_own_time_dates_the_plan(text, lang, expected):
    assert _plans(text, lang) == expected
