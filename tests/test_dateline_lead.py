"""A dateline ("MINSK, 3 March 2020 (BelTA) -", "МИНСК, 29 мая /ТАСС/ –") is its own sentence, so the lead after it
is read like any other sentence: rules that look for a subject at the sentence's start find the lead's own
subject, not the city of the dateline. The lead carries a report's news; its facts must not depend on whether
the agency put a dateline in front of it."""
import pytest

from conftest import deliveries

from bellink.ingest.segment import split_sentences

DATELINES = [
    ("MINSK, 3 March 2020 (BelTA) - ", "MINSK, 3 March 2020 (BelTA) -"),
    ("MOSCOW, June 3 (Reuters) - ", "MOSCOW, June 3 (Reuters) -"),
    ("BREST, May 29, 2023 — ", "BREST, May 29, 2023 —"),
    ("МИНСК, 29 мая 2023 /ТАСС/ – ", "МИНСК, 29 мая 2023 /ТАСС/ –"),
    ("Москва, 12 апреля 2019 года (Интерфакс) - ", "Москва, 12 апреля 2019 года (Интерфакс) -"),
]


@pytest.mark.parametrize("dateline,alone", DATELINES)
def test_a_dateline_is_its_own_sentence(dateline, alone):
    lead = "Belarus has received two more Su-30SM fighters from Russia, the ministry said."
    text = "Headline of the report\n\n" + dateline + lead + " Crews trained at Lida."
    got = [s.text for s in split_sentences(text)]
    assert got[1] == alone
    assert got[2] == lead
    start = text.index(lead)
    assert [s.start for s in split_sentences(text)][2] == start


@pytest.mark.parametrize("text", [
    "Officials met in Minsk on Monday - and talked for hours about the deal, the ministry said.",  # no date
    "MINSK - Belarus has received two more Su-30SM fighters.",                                 # no date
    "Moscow, 3 March 2020 (BelTA) - Yes.",                                                     # no lead to speak of
])
def test_what_is_no_dateline_stays_one_sentence(text):
    assert len(split_sentences(text)) == 1


# Leads written for this test (each construction in both languages where it exists); the facts of a lead
# must be the facts of the same sentence in a later paragraph.
LEADS = [
    "Russia delivered the first S-400 battalion to Belarus in 2016 and the second one a year later.",
    "The Belarusian defence ministry said it received four Tor-M2 systems from Russia last Friday.",
    "The ministry said Belarus had received six Yak-130 trainers from Russia in January.",
    "Minsk plans to buy one more Tor-M2 battery from Moscow in 2021.",
    "Belarus signed a contract for twelve Yak-130 trainers in 2019; the first four arrived in 2020.",
    "The Belarusian air force will receive a batch of eight Mi-35M helicopters from Russia next year.",
    "Минобороны Беларуси сообщило, что позавчера получило из России четыре комплекса Тор-М2.",
    "Россия передала Беларуси первый дивизион С-400 в 2016 году, а второй – годом позже.",
    "Минобороны России передало Беларуси очередную пару Су-30СМ.",
    "Белорусские военные получат от России еще два дивизиона С-400 до конца года.",
]


def _facts(events):
    return sorted((tuple(e["supplier"]), tuple(e["recipient"]), e["system"], e["status"], e["quantity"], e["unit"],
                   e["date"]) for e in events)


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("dateline", [d for d, _ in DATELINES[:1]] + [d for d, _ in DATELINES[3:4]])
def test_a_leads_deliveries_do_not_depend_on_its_dateline(dateline, lead):
    later = _facts(deliveries("Officials met on Monday.\n\n" + lead, published="2020-03-03"))
    assert later, "the sentence itself must give a delivery"
    assert _facts(deliveries(dateline + lead, published="2020-03-03")) == later
