"""Words that follow a speaker found by office alone share that attribution's occasion (its date), as they did
while the speaker could not be named: 'the head of state told journalists on Tuesday ... He said ...'. Only the
pronouns and role nouns within a few sentences after it. Sentences written for this test."""
from bellink.ingest.pipeline import analyze_text


def _dated(text, lang, published):
    a = analyze_text(text + "\n", lang=lang, published=published)
    return [(a.entities[st.speaker].name if st.speaker else None, st.date.value) for st in a.statements]


def test_a_pronoun_after_an_office_found_speaker_takes_its_date():
    assert _dated("Belsat | 8 October 2015\n\nBelarus has no need for a foreign air base on its soil, the head of "
                  "state told journalists on Tuesday.\n\nHe said that talks on new fighters were under way.",
                  "en", "2015-10-08") == [("Alexander Lukashenko", "2015-10-06"), ("Alexander Lukashenko", "2015-10-06")]


def test_russian_pronoun_after_an_office_found_speaker_takes_its_date():
    assert _dated("Российский министр обороны во вторник заявил, что поставки идут по графику. «Сроки будут "
                  "соблюдены», – добавил он.", "ru", "2021-05-07") == \
        [("Sergei Shoigu", "2021-05-04"), ("Sergei Shoigu", "2021-05-04")]
