"""A system that only goes on duty or is placed somewhere ("will be put on combat duty in January", "promised to
deploy Oreshnik missiles in Belarus", "разместить «Орешник» в республике") while no clause of the article hands it over
in words of handing over: the parties would come from the maker and the article's two countries alone, and such a
system may stay its owner's (stationed, a deployment), so no delivery row. Real pages about the Oreshnik read this
way. Beside them, the same duty words after a told transfer keep their row. Articles written for this test."""
import pytest

from conftest import deliveries

PLACED_ONLY = [
    ("Minsk expects a new missile system on duty by winter\n\n"
     "MINSK - Belarusian Defence Minister Viktor Khrenin said on Tuesday that the Oreshnik missile system would be put "
     "on combat duty in January.\n\n"
     "Last year President Lukashenko asked Putin to deploy Oreshnik and other modern Russian weapons in his country. "
     "Putin agreed, promising to deploy Oreshnik missiles in Belarus this autumn.\n"),
    ("Хренин: новый комплекс заступит на дежурство зимой\n\n"
     "МИНСК. Министр обороны Белоруссии Виктор Хренин заявил во вторник, что комплекс «Орешник» заступит на боевое "
     "дежурство в январе.\n\n"
     "В прошлом году президент Лукашенко попросил Путина разместить «Орешник» и другое современное российское оружие в "
     "республике. Путин согласился и пообещал разместить ракеты «Орешник» в Белоруссии этой осенью.\n"),
]


@pytest.mark.parametrize("text", PLACED_ONLY)
def test_duty_or_placement_alone_gives_no_delivery(text):
    assert deliveries(text, "2025-10-31") == ()


@pytest.mark.parametrize("text, expected", [
    ("Belarus received a battalion of S-400 systems from Russia in May. It went on combat duty in June.",
     {("S-400 Triumf", "delivered"), ("S-400 Triumf", "in_service")}),
    ("Белоруссия получила от России дивизион С-400 в мае. В июне он заступил на боевое дежурство.",
     {("S-400 Triumf", "delivered"), ("S-400 Triumf", "in_service")}),
])
def test_duty_after_a_told_transfer_keeps_its_row(text, expected):
    assert {(e["system"], e["status"]) for e in deliveries(text, "2025-10-31")} == expected


@pytest.mark.parametrize("text", [
    "Russia and Belarus agree on joint air patrols\n\nMOSCOW - Russian Defence Minister Sergei Shoigu said on Tuesday "
    "that several Su-27SM3 fighters would be put on alert duty at the Lida air base in Belarus next year.\n",
    "Россия и Белоруссия договорились о совместном патрулировании\n\nМОСКВА. Министр обороны России Сергей Шойгу "
    "сообщил во вторник, что несколько истребителей Су-27СМ3 в следующем году заступят на боевое дежурство на "
    "аэродроме Лида в Белоруссии.\n",
])
def test_duty_where_the_country_is_only_the_place_gives_no_delivery(text):
    """The country is only where the system stands ("at the Lida air base in Belarus") and nothing names a supplier:
    the owner's aircraft on alert duty abroad (realdev 879)."""
    assert deliveries(text, "2013-11-20") == ()


@pytest.mark.parametrize("text, kept", [
    ("Российские системы зенитных ракетных комплексов (ЗРК) С-300 могут разместить под Брестом. Россия продолжает "
     "поставлять оружие Белоруссии.", False),
    ("Russian surface-to-air missile systems (SAM) S-300 may be placed near Brest. Russia keeps supplying weapons to "
     "Belarus.", False),
    # the maker named, not the owner: the recipient's prospect (RULES: a hedged placement is planned)
    ("Системы С-300 российского производства могут разместить под Брестом. Россия продолжает поставлять оружие "
     "Белоруссии.", True),
])
def test_the_owners_system_placed_is_stationing(text, kept):
    """The owner's adjective opens the system's noun phrase, an abbreviation in brackets inside it (realdev 899)."""
    assert bool(deliveries(text, "2022-02-17")) is kept
