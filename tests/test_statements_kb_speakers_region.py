"""Speakers of the region named as the Russian-language press names them resolve to the knowledge base, never to an
invented entity: 'Министерство охраны края Литвы' (Lithuania's Krašto apsaugos ministerija) is Lithuania's defence
ministry, 'Ижевский концерн «Купол»' is Kupol, 'Андрей Юсов' is HUR's Andrii Yusov (news_dev2 626, 636, 633 gave
invented entities: wrong speakers). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text,lang,who", [
    ("Литва следит за Белоруссией. В Министерстве охраны края Литвы заявили, что внимательно следят за учениями.", "ru",
     "organization:mod_lithuania"),
    ("Поставки идут по графику. Ижевский концерн «Купол» сообщил, что шестой комплект будет поставлен в срок.", "ru",
     "organization:kupol"),
    ("Украина следит за поставками. Представитель разведки Андрей Юсов заявил, что Минск готовит к отправке 20 танков.",
     "ru", "person:yusov_andrii"),
    ("Ukraine is watching. Andriy Yusov said Minsk was preparing another 20 tanks for shipment.", "en",
     "person:yusov_andrii"),
])
def test_region_speakers_resolve(text, lang, who):
    a = analyze_text(text + "\n", lang=lang, published="2024-10-10")
    assert [st.speaker for st in a.statements] == [who]
