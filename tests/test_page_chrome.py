"""A saved page's lists of other stories' titles are chrome, not the article (segment/page.py): a teaser list after the
body ("Latest", "Популярное", titles with their clock times), a ticker line of titles joined by bullets, and a link
label ("You may also like: ...") give no fact. The headline above the body, a single subheading, and a page cut off in
mid-line keep what they say. Pages written for this test."""
import pytest

from conftest import deliveries
from bellink.ingest.pipeline import analyze_text
from bellink.ingest.segment.page import chrome_spans

BODY_EN = "Belarus and Russia discussed military cooperation at a meeting in Minsk on Tuesday, the ministry said.\n"
BODY_RU = "Министры обороны Белоруссии и России провели во вторник в Минске рабочую встречу, сообщило ведомство.\n"


def rows(text):
    return [(e["supplier"], e["recipient"], e["system"], e["status"]) for e in deliveries(text, "2024-05-10")]


@pytest.mark.parametrize("text", [
    BODY_EN + "Latest\nRussia to hand over S-400 battalion to Belarus\nBelarus receives new Mi-35M helicopters\n"
              "Lukashenko orders more Tor-M2K\n",
    BODY_EN + "\nMost read\n\nMinsk gets new batch of BTR-82A from Arzamas\n\nRussia to supply Belarus with Su-30SM2 by "
              "year end\n",
    BODY_EN + "Russia to hand over S-400 battalion to Belarus 12:45\nBelarus receives new Mi-35M helicopters 11:30\n",
    BODY_EN + "You may also like: Russia to hand over an S-400 battalion to Belarus\n",
    BODY_EN + "• Russia to hand over S-400 battalion to Belarus • Belarus receives new Mi-35M helicopters • Oil prices "
              "rise\n",
    BODY_RU + "Популярное\nРоссия передаст Белоруссии дивизион С-400\nБелоруссия получила новые вертолеты Ми-35М\n",
    BODY_RU + "Новости по теме: Белоруссия получила от России новую партию Су-30СМ2\n",
    BODY_RU + "В Минск прибыли новые Су-30СМ2 14.08.2025, 12:46\nРоссия передаст Белоруссии Тор-М2К 13.08.2025, "
              "10:05\n",
])
def test_titles_of_other_stories_give_no_fact(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # the headline above the body, as it stands on every page
    ("Belarus receives fresh batch of Su-30SM2 fighters\nRussia handed over four Su-30SM2 fighters to Belarus on "
     "Monday, the defence ministry said.\n", [(["Russia"], ["Belarus"], "Su-30SM2", "delivered")]),
    ("Белоруссия получила новые Су-30СМ2\nРоссия передала Белоруссии четыре истребителя Су-30СМ2 в понедельник, "
     "сообщило Минобороны.\n", [(["Russia"], ["Belarus"], "Su-30SM2", "delivered")]),
    # a page cut off in mid-sentence after the body: one line, no list
    (BODY_EN + "Russia delivered the first Tor-M2K battery to Belarus in", [(["Russia"], ["Belarus"], "Tor-M2K",
                                                                          "delivered")]),
    (BODY_RU + "Россия передала Белоруссии первую батарею «Тор-М2К» в", [(["Russia"], ["Belarus"], "Tor-M2K",
                                                                         "delivered")]),
])
def test_the_body_and_its_headline_keep_their_facts(text, expected):
    assert rows(text) == expected


def test_no_event_of_any_kind_from_a_teaser_list():
    text = BODY_EN + "More from the region\nLavrov to visit Minsk next week\nKhrenin and Belousov hold talks in Moscow\n"
    a = analyze_text(text, published="2024-05-10", doc_id="chrome")
    assert all(ev.start < len(BODY_EN) for ev in a.events)


@pytest.mark.parametrize("text, chrome", [
    ("Headline of the story\n" + BODY_EN + "Latest\nOne title here\nAnother title here\n",
     ["Latest", "One title here", "Another title here"]),
    # a single subheading inside the body is the body's
    (BODY_EN + "What comes next\n" + BODY_EN, []),
    # lines above the body (the headline, a section name, a byline) are never chrome by this rule
    ("World\nHeadline of the story\nBy Staff Writer\n" + BODY_EN, []),
    ("News • Politics • Defence\n" + BODY_EN, ["News • Politics • Defence"]),
])
def test_chrome_lines(text, chrome):
    assert [text[a:b] for a, b in chrome_spans(text)] == chrome


def test_a_digests_next_headline_under_its_label_keeps_its_facts():
    text = (BODY_EN + "\nDefence | 2024-09-12\nRussia hands over Iskander-M battery to Belarus\n\nRussia handed over a "
            "battery of Iskander-M launchers to Belarus on Tuesday, the ministry said.\n")
    assert [text[a:b] for a, b in chrome_spans(text)] == ["Defence | 2024-09-12"]
    assert rows(text) == [(["Russia"], ["Belarus"], "Iskander-M", "delivered")]
