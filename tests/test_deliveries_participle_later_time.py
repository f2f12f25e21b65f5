"""Two slips of an order told by a participle on the system (review 17 W5 and its sequel). Sentences written for
this test.

- A time after the report that follows a past participle is the clause's verb's ("will get the 12 Su-30SM ordered
  from Russia next year": the arrival is next year, the order is as of the report); a time before the report inside
  the participle's phrase stays the participle's.
- An undated order told by a participle on a further batch ("A further two Su-30SM bought from Moscow are to reach
  ...") beside the contract the text dates is that contract told again, as it is without "further": no second,
  undated order row."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected, never", [
    ("Minsk will get the 12 Su-30SM fighters ordered from Russia next year, the air force commander said on Monday.",
     "en", {("planned", "2019"), ("ordered", "2018-05-07")}, {("ordered", "2019"), ("planned", "2018-05-07")}),
    ("Belarus is to receive the four Yak-130 trainers bought from Russia in 2020, the commander said on Monday.",
     "en", {("planned", "2020")}, {("ordered", "2020")}),
    ("Минск получит заказанные в России 12 истребителей Су-30СМ в следующем году, сообщил в понедельник командующий.",
     "ru", {("planned", "2019"), ("ordered", "2018-05-07")}, {("ordered", "2019"), ("planned", "2018-05-07")}),
    # controls: the participle's own earlier time stays its own, the verb's later one the verb's
    ("Minsk will get the 12 Su-30SM fighters ordered from Russia last year in 2019, the commander said on Monday.",
     "en", {("planned", "2019"), ("ordered", "2017")}, {("ordered", "2019")}),
    ("Tor-M2K systems ordered from Russia a year ago will be delivered to Belarus before the end of the year, the "
     "commander said on Monday.", "en", {("planned", "2018")}, {("planned", "2017")}),
])
def test_a_later_time_after_the_participle_dates_the_verb(text, lang, expected, never):
    got = _rows(text, lang, "2018-05-09")
    assert expected <= got
    assert not never & got


@pytest.mark.parametrize("text, lang", [
    ("A further two Su-30SM multirole jets bought from Moscow are to reach the Baranovichi base on November 13. "
     "Minsk's defence ministry placed an order with Irkut in 2017 for 12 Su-30SM fighters.", "en"),
    ("Another pair of Su-30SM jets purchased from Moscow is due to arrive at Baranovichi on November 13. Minsk signed the "
     "contract with Irkut for 12 Su-30SM fighters in 2017.", "en"),
    ("Ещё пара многоцелевых Су-30СМ, закупленных у Москвы, должна прилететь на авиабазу в Барановичах 13 ноября. "
     "Белорусское военное ведомство заказало у «Иркута» 12 таких истребителей Су-30СМ в 2017 году.", "ru"),
])
def test_the_participle_order_of_a_further_batch_is_the_dated_contract(text, lang):
    got = _rows(text, lang, "2019-11-08")
    orders = {r for r in got if r[0] == "ordered"}
    assert orders == {("ordered", "2017")}
    assert ("planned", "2019-11-13") in got
