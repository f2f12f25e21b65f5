"""A batch of a series ("the remaining six", "a fifth", "ещё пара", "Первая батарея") whose sentence and the two before it
name no system points back to the system the article is still about (deliveries/topic.py, issue 12, thirteenth session):
the nearest earlier sentence that names any system, at most eight back, names that one family alone, and no sentence
between speaks of another kind of hardware. The row says how far back the system was found and is less sure.
"""
import pytest

from conftest import deliveries

FAR_BACK = [
    # across a paragraph and a quote: the helicopters of the lead
    ("Russia handed over six Mi-8MTV-5 transport helicopters to Belarus at Machulishchy on Tuesday.\n\n"
     "The crews had trained in Kazan over the winter. \"The new machine flies further and carries more,\" the "
     "commander said. He thanked the plant's engineers. The pilots will fly their first sorties next week.\n\n"
     "The remaining six are expected to be handed over before the end of the year.",
     "2016-11-29", ("Mi-8MTV-5", "planned", 6.0)),
    ("Россия передала Белоруссии шесть вертолетов Ми-8МТВ-5 на аэродроме Мачулищи во вторник.\n\n"
     "Экипажи прошли переучивание в Казани зимой. «Новая машина летает дальше и берет больше», – сказал командующий. "
     "Он поблагодарил инженеров завода. Первые вылеты летчики выполнят на следующей неделе.\n\n"
     "Оставшиеся шесть вертолетов поступят до конца года.",
     "2016-11-29", ("Mi-8MTV-5", "planned", 6.0)),
    # "six more" after its verb: the series word follows the count
    ("Russia handed over four Yak-130 trainers to Belarus in April. The pilots trained in Russia. The crews are ready. "
     "The commander praised them. The base is busy. Belarus will receive six more next year.",
     "2015-06-01", ("Yak-130", "planned", 6.0)),
    ("Россия передала Белоруссии четыре самолета Як-130 в апреле. Летчики прошли обучение в России. Экипажи готовы. "
     "Командир их похвалил. В следующем году Белоруссия получит еще шесть.",
     "2015-06-01", ("Yak-130", "planned", 6.0)),
    # an ordinal batch in a history told battery by battery
    ("Belarus ordered its first Tor-M2 battery from Russia at the end of 2010. It came by rail in December 2011. "
     "A second followed a year later. Then came a pause. Money was short. The ministry waited. "
     "A fifth was handed over in 2017 with less publicity.",
     "2019-12-18", ("Tor-M2", "delivered", 1.0)),
    ("Министерство обороны Белоруссии подписало с Россией контракт на дивизион «Тор-М2К» в сентябре, сообщил министр "
     "обороны. Об этом он заявил на заседании коллегии. «Финансирование открыто. Деньги выделены. Первая батарея "
     "придет весной», – сказал министр.",
     "2016-12-07", ("Tor-M2K", "planned", 1.0)),
]


NEAR = ("same sentence", "previous sentence", "2 sentences before")


@pytest.mark.parametrize("text,published,row", FAR_BACK)
def test_a_batch_of_a_series_points_back_to_the_topic(text, published, row):
    got = deliveries(text, published)
    far = [e for e in got if (e["system"], e["status"], e["quantity"]) == row
           and e["details"].get("system_from") not in (None, *NEAR)]
    assert far, got
    assert far[0]["confidence"] <= 0.5


NOT_THE_TOPIC = [
    # the question moved the talk on to fighters: "the first pair" is no Iskander
    ("Russia handed Iskander-M launchers to Belarus last year. Crews trained at Russian ranges within weeks. "
     "The interview was broadcast on Sunday. When will the new fighters arrive? The contract was signed in December. "
     "We will receive the first pair next year.", "2023-03-01", "Iskander-M"),
    ("Россия передала Белоруссии пусковые установки «Искандер-М» в прошлом году. Расчеты прошли обучение в России. "
     "Интервью показали в воскресенье. Когда прибудут новые истребители? Контракт подписан в декабре. "
     "Первую пару мы получим в следующем году.", "2023-03-01", "Iskander-M"),
    # a bare count, no batch of a series: it does not reach past the two sentences before it
    ("Russia will give Belarus four S-300 battalions next year. The minister spoke after talks in Moscow. "
     "The systems have been overhauled. Crews will train at Russian ranges. Two will arrive in the spring.",
     "2014-11-06", None),
    # a sentence between names another system: the older one is no longer under discussion
    ("Belarus received four Yak-130 trainers in April. The pilots trained in Russia. The crews are ready. "
     "Russia also handed over two Mi-8MTV-5 helicopters. The pilots are pleased. The remaining four are due in "
     "the autumn.", "2016-06-01", "Yak-130"),
]


@pytest.mark.parametrize("text,published,wrong", NOT_THE_TOPIC)
def test_no_topic_past_another_kind_or_a_bare_count(text, published, wrong):
    got = deliveries(text, published)
    far = [e for e in got if e["details"].get("system_from") not in (None, *NEAR)]
    if wrong is None:
        assert not far, got
    else:
        assert not any(e["system"] == wrong for e in far), got


SERIES = [
    ("Russia sold Belarus two Nebo-SVU radars under a contract signed last December. The first Nebo-SVU radar reached "
     "the Baranovichi brigade in October. The second station follows in the first half of next year.",
     "2008-12-01", ("Nebo-SVU", "planned", 1.0)),
    ("Belarus received a pair of Su-30SM2 fighters from Russia in the spring. They passed acceptance in two weeks. "
     "The next pair is scheduled for December.", "2024-08-01", ("Su-30SM2", "planned", 2.0)),
    ("Белоруссия получила от России первую батарею «Тор-М2». «Рассчитываем, что в 2012 году к ней добавится еще одна "
     "батарея», – отметил командир бригады.", "2011-12-20", ("Tor-M2", "planned", 1.0)),
]


@pytest.mark.parametrize("text,published,row", SERIES)
def test_the_next_batch_of_a_series_with_a_predicate_of_its_own(text, published, row):
    """series.py: "follows", "is scheduled for", "добавится" are no transfer verbs elsewhere; said of the next batch of a
    series they tell when it comes."""
    got = deliveries(text, published)
    assert any((e["system"], e["status"], e["quantity"]) == row and e["details"].get("system_from") for e in got), got


@pytest.mark.parametrize("text,published", [
    # a history told in the present: the time lies before the report
    ("Belarus ordered its first Nebo-SVU radar from Russia in 2007. It reached the brigade in 2008. "
     "A second station follows a year later, in 2009.", "2019-12-18"),
    # no batch of a series
    ("Russia sold Belarus two Nebo-SVU radars last year. The question of a third follows from the budget. "
     "Two officials will arrive in Minsk in May.", "2009-03-01"),
])
def test_no_plan_from_a_history_or_from_no_batch(text, published):
    got = deliveries(text, published)
    assert not any(e["status"] == "planned" and e["details"].get("system_from") for e in got), got


@pytest.mark.parametrize("text,published,row", [
    ("Belarus received the first batch of Mi-35M combat transport helicopters from Russia today. "
     "Four aircraft made the ferry flight from Torzhok. The helicopters were bought under a contract concluded in 2020.",
     "2023-08-17", ("Mi-35M", "ordered")),
    ("Six Mi-8MTV-5 military transport helicopters were handed over to the Belarusian Air Force by Russia on Tuesday. "
     "The crews trained in Kazan. The helicopters will be put on combat duty in April.",
     "2016-03-24", ("Mi-8MTV-5", "planned")),
    ("Белоруссия получила из России первую партию транспортно-боевых вертолетов Ми-35М. Четыре машины "
     "совершили перелет из Торжка. Вертолеты закуплены по контракту, заключенному в 2020 году.",
     "2023-08-17", ("Mi-35M", "ordered")),
])
def test_transport_helicopters_are_no_carrier(text, published, row):
    """"Mi-35M combat transport helicopters" are what was delivered, not the transport that carried it: "the helicopters"
    after them points back to them (systems.CARRIER_AFTER)."""
    got = deliveries(text, published)
    assert any((e["system"], e["status"]) == row and e["details"].get("system_from") for e in got), got


@pytest.mark.parametrize("text,published,row", [
    ("Russia handed over six Mi-8MTV-5 helicopters to Belarus at Machulishchy on Tuesday.\n\nThe crews had trained in "
     "Kazan over the winter. \"The new machine flies further,\" the commander said. He thanked the engineers. The "
     "pilots are ready.\n\nThe helicopters will be put on combat duty in April.",
     "2016-03-24", ("Mi-8MTV-5", "planned")),
    ("Россия передала Белоруссии шесть вертолетов Ми-8МТВ-5 на аэродроме Мачулищи во вторник.\n\nЭкипажи прошли "
     "переучивание в Казани. «Новая машина летает дальше», – сказал командующий. Он поблагодарил инженеров. Летчики "
     "готовы.\n\nВертолеты заступят на боевое дежурство в апреле.",
     "2016-03-24", ("Mi-8MTV-5", "planned")),
])
def test_a_kinds_noun_points_back_to_the_topic(text, published, row):
    """"The helicopters", "Вертолеты" with no helicopter in the three sentences before: the one helicopter the article is
    about, named farther back (systems.generic_systems through topic.py)."""
    got = deliveries(text, published)
    assert any((e["system"], e["status"]) == row and e["details"].get("system_from") not in (None, *NEAR)
               for e in got), got


@pytest.mark.parametrize("text", [
    "Russia handed over four Yak-130 trainers to Belarus in April. The remaining four, he said, will arrive in the autumn.",
    "Россия передала Белоруссии четыре самолета Як-130 в апреле. Остальные четыре, по его словам, прибудут осенью.",
])
def test_an_aside_between_the_count_and_its_verb(text):
    """anaphora.ASIDE: an attribution set off by commas between a bare count and its verb leaves the count the verb's."""
    got = {(e["system"], e["status"], e["quantity"]) for e in deliveries(text, "2015-06-01")}
    assert ("Yak-130", "planned", 4.0) in got, got


@pytest.mark.parametrize("text", [
    "Belarus will receive another batch of Russian Mi-35M helicopters and a battalion of Tor-M2K systems this year, the "
    "minister said. The helicopters, he said, would be the last four of the twelve ordered in 2017; the first four "
    "reached the air base in December 2019.",
    "Белоруссия получит в этом году еще партию российских вертолетов Ми-35М и дивизион «Тор-М2К», сообщил министр. "
    "Вертолеты станут последними четырьмя из двенадцати, заказанных в 2017 году; первые четыре прибыли на авиабазу в "
    "декабре 2019 года.",
])
def test_the_sentences_own_kind_noun_says_what_the_count_counts(text):
    """A bare count after the sentence's own "The helicopters" counts helicopters, not the air defence system named
    last before it (anaphora._referent with topic.kinds_named)."""
    got = {(e["system"], e["status"], e["quantity"]) for e in deliveries(text, "2021-02-18")}
    assert ("Mi-35M", "delivered", 4.0) in got, got
    assert not any(r[0] == "Tor-M2K" and r[1] == "delivered" for r in got), got
