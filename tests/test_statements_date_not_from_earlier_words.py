"""A statement is not dated by a time in the words read before it (review R11), nor by the time a naming verb
names (review R4).

'Russia delivered four S-400 systems to Belarus in March, the ministry said, adding that two batteries will follow in
May': 'in March' is the delivery's month, inside the ministry's first words, yet the nearest time to 'adding' dated
the added statement 2024-03. A time inside an earlier statement of the sentence (the cue outside it) no longer dates
a later cue; 'said on Tuesday, adding ...' still dates both by Tuesday. Sentences written for this test.
"""
import pytest

from bellink.ingest.pipeline import analyze_text


def _dates(text, lang, published="2024-06-10"):
    lead = "Belarus and Russia remain allies.\n\n" if lang == "en" else "Белоруссия и Россия остаются союзниками.\n\n"
    a = analyze_text(lead + text + "\n", lang=lang, published=published)
    return [(st.text, st.date.value if st.date else None) for st in a.statements]


@pytest.mark.parametrize("text,lang,added,date", [
    ("Russia delivered four S-400 systems to Belarus in March, the ministry said, adding that two Tor-M2K batteries "
     "will follow in May.", "en", "two Tor-M2K batteries will follow in May", "2024-06-10"),
    ("Russia delivered four S-400 systems to Belarus in March, the ministry said on Tuesday, adding that two Tor-M2K "
     "batteries will follow in May.", "en", "two Tor-M2K batteries will follow in May", "2024-06-04"),
    ("Россия передала Белоруссии четыре С-400 в марте, сообщил министр обороны Виктор Хренин, добавив, что две "
     "батареи «Тор-М2К» прибудут в мае.", "ru", "две батареи «Тор-М2К» прибудут в мае", "2024-06-10"),
])
def test_added_words_dated_apart_from_the_earlier_words(text, lang, added, date):
    assert dict(_dates(text, lang))[added] == date


@pytest.mark.parametrize("text,said,date", [
    # the day named is the object of 'назвал', not the day he spoke (review R4)
    ("Министр обороны Виктор Хренин назвал 15 мая датой прибытия первых Су-30СМ.",
     "назвал 15 мая датой прибытия первых Су-30СМ", "2024-04-17"),
    # a day after the verb with no such noun still dates the naming
    ("Министр обороны Виктор Хренин назвал в понедельник сроки прибытия первых Су-30СМ.",
     "назвал в понедельник сроки прибытия первых Су-30СМ", "2024-04-15"),
])
def test_the_time_a_naming_verb_names(text, said, date):
    assert dict(_dates(text, "ru", "2024-04-17"))[said] == date
