"""Offices and institutions whose country the phrase does not name (constructions S20, S17g, and the 'told X after
Y, adding:' split): the office of a national body held in only one of the article's countries ('the state secretary
of the Security Council': Belarus has one, Russia's council has a secretary), the body's possessive opened by 'the'
("The Security Council's state secretary"), a ministry placed by its capital ('the Defence Ministry in Minsk'), and a
quote before 'told reporters after the ceremony, adding: "..."'. Sentences written for this test."""
import pytest

from conftest import statements

LEAD = "Belarus and Russia will hold joint drills in the autumn. "


@pytest.mark.parametrize("text", [
    LEAD + "The state secretary of the Security Council told state television on Monday that the drills would "
           "start in September.",
])
def test_office_held_in_one_country_of_the_article(text):
    got = statements(text, "en", "2023-10-20")
    assert [w for w, _, s in got if s.startswith("the drills would start")] == ["Alexander Volfovich"], got


@pytest.mark.parametrize("text", [
    LEAD + "The defence minister said the drills would start in September.",  # both countries have one
    LEAD + "The chief of the General Staff said the drills would start in September.",
])
def test_office_both_countries_hold_stays_unknown(text):
    got = statements(text, "en", "2023-10-20")
    assert [w for w, _, s in got if s.startswith("the drills would start")] == [None], got


@pytest.mark.parametrize("text,lang", [
    # (review8) Poland has a chief of the General Staff too; the knowledge base just lists no Polish office of that
    # kind, so Belarus being the one country with a known holder says nothing
    ("Poland and Belarus traded accusations over the border on Monday. Warsaw moved two more brigades east. "
     "The chief of the General Staff said the drills would start in September.", "en"),
    ("Польша и Беларусь обменялись обвинениями из-за границы. Варшава перебросила на восток еще две бригады. "
     "Начальник Генерального штаба заявил, что the drills would start in September.", "ru"),
])
def test_a_country_whose_offices_of_that_kind_are_not_listed_leaves_it_unknown(text, lang):
    got = statements(text, lang, "2025-06-20")
    assert [w for w, _, s in got if s.startswith("the drills would start")] == [None], got


@pytest.mark.parametrize("text,who", [
    ("A further purchase of Yak-130 trainers has been put off, the Defence Ministry in Minsk said on Thursday.",
     "Ministry of Defence of Belarus"),
    ("The Defence Ministry in Moscow said the batteries had been handed over to the Belarusian side.",
     "Ministry of Defence of Russia"),
])
def test_ministry_placed_by_its_capital(text, who):
    got = statements(text, "en", "2023-10-20")
    assert [w for w, _, _ in got] == [who], got


def test_quote_before_told_after_adding_colon():
    text = ('"The batteries are ready," Khrenin told reporters after the ceremony, adding: "The crews will take them '
            'over next week."')
    got = statements(text, "en", "2023-06-14")
    assert [(w, s) for w, _, s in got] == [("Viktor Khrenin", "The batteries are ready"),
                                           ("Viktor Khrenin", "The crews will take them over next week.")], got


def test_zero_that_clause_with_a_quote_inside_is_kept():
    got = statements('Khrenin told reporters in Minsk the new batteries "will be on duty by May."', "en", "2023-06-14")
    assert [w for w, _, _ in got] == ["Viktor Khrenin"], got


def test_trailing_according_to_after_an_attribution_is_its_source():
    text = ('"Belarus needs new trainers, but it will buy them when the money is there," Lukashenko told a meeting '
            'with army commanders in Minsk, according to his press service.')
    got = statements(text, "en", "2023-06-14")
    assert [(w, s) for w, _, s in got] == [
        ("Alexander Lukashenko", "Belarus needs new trainers, but it will buy them when the money is there")], got


def test_according_to_with_its_own_clause_stays_a_statement():
    got = statements("Khrenin spoke on Monday. The crews have trained in Russia for months, according to the ministry.",
                     "en", "2023-06-14")
    assert [s for _, _, s in got] == ["The crews have trained in Russia for months"], got


@pytest.mark.parametrize("text,who", [
    (LEAD + "The Kremlin leader said the drills would start in September.", "Vladimir Putin"),
    (LEAD + "The Belarusian strongman said the drills would start in September.", "Alexander Lukashenko"),
    (LEAD + "Russia's top diplomat said the drills would start in September.", "Sergei Lavrov"),
    (LEAD + "Belarus's top general said the drills would start in September.", "Viktor Gulevich"),
])
def test_journalistic_periphrases_of_offices(text, who):
    got = statements(text, "en", "2023-10-20")
    assert [w for w, _, s in got if s.startswith("the drills would start")] == [who], got


def test_a_diplomat_of_no_named_country_stays_unknown():
    got = statements(LEAD + "A Western diplomat said the drills would start in September.", "en", "2023-10-20")
    assert [w for w, _, s in got if s.startswith("the drills would start")] == [None], got


@pytest.mark.parametrize("text,who", [
    ("Белоруссия и Россия подписали контракт. Руководитель Госкомвоенпрома заявил, что машины придут в сентябре.",
     "Dmitry Pantus"),
    ("Белоруссия и Россия подписали контракт. Главный дипломат России заявил, что машины придут в сентябре.",
     "Sergei Lavrov"),
])
def test_russian_periphrases_of_offices(text, who):
    got = statements(text, "ru", "2023-06-14")
    assert [w for w, _, s in got if s.startswith("машины придут")] == [who], got
