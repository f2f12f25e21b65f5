"""Two institution subjects, sentences written for this test:

- a voice of a body whose name ends in a capitalized possessive ('The Belarusian Defence Ministry's press service
  said') is that body: the phrase begins with the name, not at its last word ('Ministry's press service' named
  nobody);
- a country adjective before an abbreviation in capitals ('Российский МИД заявил', 'Литовский МИД назвал') is the
  subject; 'Глава МИД заявил' stays the head's (someone of the ministry), never the ministry."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,who", [
    ("The Belarusian Defence Ministry's press service said the jets had landed.", "Ministry of Defence of Belarus"),
    ("Two more jets landed at Baranovichi, the Russian Defence Ministry's press service said.",
     "Ministry of Defence of Russia"),
    ("The Belarusian Defence Ministry's spokesman said the jets had landed.", "Ministry of Defence of Belarus"),
])
def test_a_voice_of_a_capitalized_possessive_name(text, who):
    got = statements(text, "en", "2024-03-14")
    assert [w for w, _, _ in got] == [who], got


@pytest.mark.parametrize("text,who", [
    ("Российский МИД заявил, что размещение носит оборонительный характер.", "Ministry of Foreign Affairs of Russia"),
    ("Литовский МИД назвал размещение провокацией.", "Ministry of Foreign Affairs of Lithuania"),
    ("Белорусский МИД в среду заявил, что размещение носит оборонительный характер.",
     "Ministry of Foreign Affairs of Belarus"),
    ("Глава МИД заявил, что размещение носит оборонительный характер.", None),
    ("Представитель МИД сообщил, что размещение носит оборонительный характер.", None),
])
def test_a_country_adjective_and_an_abbreviation(text, who):
    got = statements(text, "ru", "2024-03-14")
    assert [w for w, _, _ in got] == [who], got


@pytest.mark.parametrize("text,who", [
    ("The State Border Committee said Russian trains had crossed the border.", "State Border Committee of Belarus"),
    ("Belarus's KGB said it had detained two men near the airfield.", "State Security Committee of Belarus"),
])
def test_english_short_names_of_belarusian_bodies(text, who):
    got = statements(text, "en", "2024-03-14")
    assert [w for w, _, _ in got] == [who], got
