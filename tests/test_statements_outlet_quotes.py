"""An outlet quoting someone, in the forms real coverage uses (session 12): the clause before the outlet is the content
('..., RIA Novosti quoted Khrenin as saying', '..., приводит БелТА слова Хренина'), 'was cited by X as saying' reads
like 'was quoted by X as saying', the one quoted may follow the outlet ('цитирует БелТА Виктора Хренина'), and an
outlet may quote a role or an unnamed source with the words after ('TASS quoted the minister as saying that ...',
'Interfax quoted a source ... as saying that ...'). The outlet is the channel, never the speaker. Sentences written for
this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

LEAD_EN = "Belarus's defence minister Viktor Khrenin visited the plant. "
LEAD_RU = "Министр обороны Белоруссии Виктор Хренин посетил завод. "
KHRENIN = "person:khrenin_viktor"


@pytest.mark.parametrize("text,lang,said,speaker,channel", [
    (LEAD_EN + "Two more fighters will arrive in spring, RIA Novosti quoted Viktor Khrenin as saying.", "en",
     "Two more fighters will arrive in spring", KHRENIN, "organization:ria"),
    (LEAD_EN + "Two more fighters will arrive in spring, Khrenin was cited by Interfax as saying.", "en",
     "Two more fighters will arrive in spring", KHRENIN, "organization:interfax"),
    (LEAD_EN + "TASS quoted the minister as saying that two more fighters would arrive in spring.", "en",
     "two more fighters would arrive in spring", KHRENIN, "organization:tass"),
    (LEAD_EN + "Interfax quoted a source in the defence industry as saying that two more fighters would arrive in "
     "spring.", "en", "two more fighters would arrive in spring", None, "organization:interfax"),
    (LEAD_RU + "Еще два истребителя прибудут весной, приводит БелТА слова Виктора Хренина.", "ru",
     "Еще два истребителя прибудут весной", KHRENIN, "organization:belta"),
    (LEAD_RU + "«Еще два истребителя прибудут весной», — цитирует БелТА Виктора Хренина.", "ru",
     "Еще два истребителя прибудут весной", KHRENIN, "organization:belta"),
])
def test_an_outlet_quotes(text, lang, said, speaker, channel):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-15")
    assert [(st.text, st.speaker, st.channel) for st in a.statements] == [(said, speaker, channel)]
