"""A capital's possessive in an institution's phrase ("Minsk's military", "Moscow's defence ministry") names the
capital's state, as 'the Defence Ministry in Minsk' does; it fell back to the country the article seemed to be
about, and an article that names Russia once took Minsk's military for Russia's (a wrong speaker). Sentences written
for this test."""
from conftest import statements

TEXT = ("The Belarusian defence ministry said on Monday that Iskander crews had finished training in Russia. Ministry "
        "spokesman said the systems would go on duty in spring.\n\nMinsk's military stressed that the deployment was "
        "defensive. Moscow's defence ministry said the crews were ready.")


def test_the_capital_names_the_state():
    got = [(w, who) for w, who, _ in statements(TEXT, "en", "2024-03-14")]
    assert ("Armed Forces of Belarus", "Minsk's military") in got
    assert ("Ministry of Defence of Russia", "Moscow's defence ministry") in got
