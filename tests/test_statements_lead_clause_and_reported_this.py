"""Three constructions of real coverage, with the readings they must not take. Sentences written for this test.

- A participle clause before the subject of coordinated verbs (clause_leads.py): 'Asked whether ..., Khrenin
  smiled and said ...'; a pronoun subject there ('he smiled and said') is resolved as any pronoun.
- 'reported' with a noun phrase for content (speech_verbs.tsv: report is an object verb): 'The ministry has
  reported the arrival of ...'; not a time or 'citing' after it ('reported this week, citing ...').
- 'X reported this' (reported_this.py): 'this' as the whole object stands for the sentence before, like 'Об этом
  сообщил X'; not 'this year's order', not 'that' opening a clause ('claimed that in May ...').
"""
import pytest

from conftest import speakers, statements


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "MINSK, March 5. Asked whether Belarus would buy more Iskanders for its second brigade, Khrenin smiled "
     "and said the army had enough for now.", "Viktor Khrenin", "the army had enough for now"),
    ("en", "MINSK, March 5. Defence Minister Viktor Khrenin toured the plant. Asked whether Belarus would buy more "
     "Iskanders, he smiled and said the army had enough for now.", "Viktor Khrenin", "the army had enough for now"),
    ("ru", "МИНСК, 5 марта. Отвечая на вопрос журналистов о закупке новых «Искандеров» для второй бригады, Хренин "
     "улыбнулся и сказал, что армии пока хватает.", "Viktor Khrenin", "армии пока хватает"),
])
def test_a_participle_clause_before_coordinated_verbs(lang, text, who, said):
    got = speakers(text, lang, "2024-03-05")
    assert any(w == who and said in s for w, s in got), got


@pytest.mark.parametrize("lang, text", [
    # an apposition after a long phrase is no subject ('with his counterpart, Sergei Shoigu')
    ("en", "MINSK, March 5. Belarus's defence minister watched the final stage of the drills together with his "
     "Russian counterpart, Sergei Shoigu, and smiled and said the crews were ready."),
])
def test_an_apposition_after_a_long_phrase_is_no_subject(lang, text):
    got = speakers(text, lang, "2024-03-05")
    assert not any(w == "Sergei Shoigu" for w, _ in got), got


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "MINSK, March 5. The Belarusian Defence Ministry has reported the deployment of a battery of Tor-M2 "
     "systems to the western border.", "Ministry of Defence of Belarus", "the deployment of a battery"),
    ("en", "MINSK, March 5. The Russian Defence Ministry reported the arrival of two S-400 battalions in Belarus for "
     "joint drills.", "Ministry of Defence of Russia", "the arrival of two S-400 battalions"),
])
def test_reported_with_a_noun_phrase(lang, text, who, said):
    got = statements(text, lang, "2024-03-05")
    assert any(w == who and said in s for w, _, s in got), got


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "MINSK, March 5. Belarus will get four more Su-30SM2 fighters in May.\n\nZerkalo reported this, citing a "
     "statement of the Belarusian Defence Ministry.", "Ministry of Defence of Belarus",
     "Belarus will get four more Su-30SM2 fighters in May"),
    ("en", "MINSK, March 5. Belarus will get four more Su-30SM2 fighters in May. Defence Minister Viktor Khrenin "
     "confirmed this on Monday.", "Viktor Khrenin", "Belarus will get four more Su-30SM2 fighters in May"),
])
def test_reported_this_takes_the_sentence_before(lang, text, who, said):
    got = statements(text, lang, "2024-03-05")
    assert any(w == who and said in s for w, _, s in got), got


@pytest.mark.parametrize("lang, text, not_said", [
    # a time and 'citing' after 'reported' are no noun phrase of content
    ("en", "MINSK, March 5. Four more fighters will come in May, the Zerkalo portal reported this week, citing a "
     "source in the ministry.", "reported this week"),
    # 'that' opening a clause is not 'X reported this'
    ("en", "MINSK, March 5. The Polonez is a rocket launcher built with Chinese help. Lukashenko has claimed that in "
     "a war its rockets would reach any target.", "The Polonez is a rocket launcher"),
    # 'this' opening a noun phrase
    ("en", "MINSK, March 5. The crews are ready. Defence Minister Viktor Khrenin confirmed this year's order for "
     "four fighters.", "The crews are ready"),
])
def test_not_the_sentence_before(lang, text, not_said):
    got = statements(text, lang, "2024-03-05")
    assert not any(not_said in s for _, _, s in got), got


def test_a_name_set_off_by_commas_in_the_lead_clause_is_not_the_subject():
    """Review W6: an apposition inside the lead clause ('with the Russian defence minister, Sergei Shoigu,') is the
    clause's, not the subject of the coordinated verbs."""
    got = speakers("MINSK, March 5. Asked about his talks with the Russian defence minister, Sergei Shoigu, Khrenin "
                   "smiled and said the army had enough Iskander-M systems.", "en", "2024-03-05")
    assert not any(w == "Sergei Shoigu" for w, _ in got), got


def test_an_object_verb_whose_clause_cites_sources_gives_no_noun_phrase():
    """Review N1: 'Reuters reported the deal on Monday, citing two sources' is the channel of the cited sources, not
    a statement whose words run through the time and the citing phrase."""
    got = statements("MINSK, March 5. Reuters reported the deal on Monday, citing two sources.", "en", "2024-03-05")
    assert not any("citing two sources" in s for _, _, s in got), got
