"""An outlet is never the speaker, in whatever case it is written: 'Хренин в беседе с корреспондентом «Известий»
отметил', 'в комментарии «Известиям»' gave Izvestia as the speaker (NER finds the oblique form under the outlet's
key but without the knowledge base's kind=media); the subject before the outlet speaks, and an outlet's material is
carried by the outlet (channel), said by nobody named. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

LEAD_RU = "Белоруссия получила новые истребители. "
LEAD_EN = "Belarus has new fighters. "


@pytest.mark.parametrize("text,lang", [
    (LEAD_RU + "Виктор Хренин в беседе с корреспондентом «Известий» отметил, что еще два истребителя прибудут весной.",
     "ru"),
    (LEAD_RU + "Виктор Хренин в комментарии «Известиям» отметил, что еще два истребителя прибудут весной.", "ru"),
    (LEAD_RU + "Виктор Хренин на встрече с журналистами «Известий» отметил, что еще два истребителя прибудут весной.",
     "ru"),
    (LEAD_EN + "Viktor Khrenin, in a conversation with an Izvestia correspondent, noted that two more fighters would "
     "arrive in spring.", "en"),
])
def test_the_subject_speaks_not_the_outlet(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-15")
    assert [st.speaker for st in a.statements] == ["person:khrenin_viktor"]


def test_an_outlets_material_is_carried_not_said():
    a = analyze_text(LEAD_RU + "В материале «Известий» говорится, что еще два истребителя прибудут весной.\n", lang="ru",
                     published="2024-03-15")
    assert [(st.speaker, st.channel) for st in a.statements] == [(None, "organization:izvestia")]
