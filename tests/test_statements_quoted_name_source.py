"""'..., говорится в отчете «Сообщества железнодорожников Беларуси»': a country inside a quoted name after the
document noun is a word of an organization's name the knowledge base lacks, never the source (the statement was
given to Belarus). The source stays unknown; a body named without quotes still speaks. Sentences written for this
test; the community is invented."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,speaker", [
    ("С апреля по сентябрь из белорусских баз хранения в Россию вывезли не менее 89 единиц бронетехники, говорится "
     "в отчете «Сообщества железнодорожников Беларуси».", None),
    ("С апреля по сентябрь из белорусских баз в Россию вывезли 40 танков, говорится в докладе «Союза волонтеров "
     "России».", None),
    ("С апреля по сентябрь Беларусь получила от России 12 самолетов, говорится в заявлении МИД Беларуси.",
     "Ministry of Foreign Affairs of Belarus"),
])
def test_a_country_in_a_quoted_name_is_not_the_source(text, speaker):
    got = [w for w, _, _ in statements(text, "ru", "2025-10-10")]
    assert got == [speaker], got
