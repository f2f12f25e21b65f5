"""An outlet whose verb closes a sentence after someone's words carries them: 'Fomin ruled out Iskanders for Belarus
"in any foreseeable period", Interfax reported on Monday' is Fomin's statement, quoted fragment included, with
Interfax as its channel and the report's day as its date; the quoted fragment is not the outlet's own statement.
(The Russian '..., передает ТАСС' was read so already: the case below keeps it.) Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

LEAD_EN = "Moscow has been less conciliatory. "
LEAD_RU = "Москва настроена жестче. "


@pytest.mark.parametrize("text,lang,said", [
    (LEAD_EN + "Alexander Fomin ruled out Iskander missile systems for Belarus \"in any foreseeable period\", Interfax "
     "reported on Monday.", "en", "ruled out Iskander missile systems for Belarus \"in any foreseeable period\""),
    (LEAD_EN + "Alexander Fomin denied deliveries of Iskander missile systems to Belarus \"in any foreseeable "
     "period\", Interfax reported on Monday.", "en",
     "denied deliveries of Iskander missile systems to Belarus \"in any foreseeable period\""),
    (LEAD_EN + "Alexander Fomin said deliveries would stop, Interfax reported on Monday.", "en",
     "deliveries would stop"),
    (LEAD_RU + "Александр Фомин заявил, что поставки «Искандеров» Белоруссии «в обозримой перспективе» невозможны, "
     "передает «Интерфакс».", "ru", "поставки «Искандеров» Белоруссии «в обозримой перспективе» невозможны"),
])
def test_the_outlet_carries_the_words(text, lang, said):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-15")
    assert [(st.speaker, st.text, st.channel) for st in a.statements] == \
        [("person:fomin_alexander", said, "organization:interfax")]
