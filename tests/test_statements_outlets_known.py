"""Outlets of the region the knowledge base now knows (BelaPAN, Naviny.by, ONT, Militarnyi, Defense Express, Eurasia
Daily Monitor, NVO, Channel One, PAP, LRT, ...) are channels, never speakers; and 'Как сообщил БелаПАН источник в
военном ведомстве, ...' is the source's statement told to the outlet (news_dev2 638 gave BelaPAN as the speaker).
Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text,lang", [
    ("Белоруссия ждет С-400. Как сообщил БелаПАН источник в белорусском военном ведомстве, поставки С-400 возможны не "
     "раньше 2030 года.", "ru"),
    ("Belarus is waiting for the S-400. A source in the Belarusian military told BelaPAN that the S-400 would not come "
     "before 2030.", "en"),
])
def test_the_source_speaks_the_outlet_carries(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2024-02-10")
    assert [(st.speaker, st.channel) for st in a.statements] == [(None, "organization:belapan")]


@pytest.mark.parametrize("text,lang,outlet", [
    ("Two more jets will arrive in May, Viktor Khrenin told Militarnyi.", "en", "organization:militarnyi"),
    ("Еще два самолета прибудут в мае, сообщил Виктор Хренин в эфире ОНТ.", "ru", "organization:ont"),
    ("Еще два самолета прибудут в мае, заявил Виктор Хренин в интервью «Независимому военному обозрению».", "ru",
     "organization:nvo"),
])
def test_regional_outlets_are_channels(text, lang, outlet):
    a = analyze_text("Belarus expects jets. " + text + "\n" if lang == "en" else "Белоруссия ждет самолеты. " + text + "\n",
                     lang=lang, published="2024-02-10")
    assert [(st.speaker, st.channel) for st in a.statements] == [("person:khrenin_viktor", outlet)]
