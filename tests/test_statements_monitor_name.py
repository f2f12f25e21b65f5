"""A monitoring group the knowledge base does not list, named by its own words ('Rail Watch Belarus', 'the Belarusian
Defence Monitor'): an organization of kind monitoring that speaks for its counts, never a person ('Rail Watch said'),
named again by its name without the country and taken up by 'the project' / 'the channel' / 'проект'. Sentences
written for this test; the groups are invented."""
import pytest

from conftest import speakers


def _who(text, lang):
    return speakers(text, lang, "2024-08-22")


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Belarus has sent around 50 T-72A tanks to Russia since March, according to Steppe Watch Belarus, a "
     "volunteer project that counts military trains.", "Steppe Watch Belarus"),
    ("en", "Belarus has sent around 50 T-72A tanks to Russia since March, the rail monitoring channel Steppe Watch "
     "Belarus said on Wednesday.", "Steppe Watch Belarus"),
    ("en", "At least 40 BMP-2 vehicles left for Russia in July, the Polesie Defence Monitor reported.",
     "Polesie Defence Monitor"),
    ("ru", "С начала года Беларусь отправила в Россию около 50 танков Т-72А, сообщил мониторинговый канал Steppe Watch "
     "Belarus.", "Steppe Watch Belarus"),
])
def test_a_monitoring_group_named_by_its_own_words_speaks(lang, text, speaker):
    got = _who(text, lang)
    assert got and got[-1][0] == speaker, got


@pytest.mark.parametrize("lang,text", [
    # the name again without its country, and the group taken up by its descriptor noun
    ("en", "Belarus has sent around 50 T-72A tanks to Russia since March, according to Steppe Watch Belarus.\n\n"
     "Most of the tanks came from a base near Barysaw, Steppe Watch said."),
    ("en", "Belarus has sent around 50 T-72A tanks to Russia since March, according to Steppe Watch Belarus.\n\n"
     "\"The bases are being emptied,\" the project wrote in its summary."),
    ("ru", "С начала года Беларусь отправила в Россию около 50 танков Т-72А, сообщил мониторинговый канал Steppe Watch "
     "Belarus. Большая часть танков ушла с базы под Борисовом, уточнили в проекте."),
])
def test_the_group_is_named_again_and_taken_up(lang, text):
    got = _who(text, lang)
    assert len(got) == 2 and all(w == "Steppe Watch Belarus" for w, _ in got), got


def test_a_watch_word_alone_is_no_group():
    # a one-word name before the head is a single capitalized word: 'Watch' opening a sentence names nothing
    got = _who("Watch the skies: Belarus will get two more Su-30SM2 fighters this year, the minister said.", "en")
    assert all(w != "Watch" for w, _ in got), got
