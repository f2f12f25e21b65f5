"""The never-row guards of the fifteenth session (holdings 'all ... on duty', 'заказов ... нет', the supplier's unit
moving with its crews, hardware for the joint regional grouping, an unnamed buyer, a chassis 'под' another system) each
fire only inside their construction. Counter-examples written by the session's reviewer, where a transfer is told
outright and must keep its row (each gave no row, or a denial, before this test): the recipient named as receiving, a
finite transfer beside 'all ... in service', an order that 'нет' does not govern, a buyer named in apposition, the
system's own launchers 'под' it."""
import pytest

from conftest import delivery_rows


def stages(text):
    return sorted({(r[0], r[1]) for r in delivery_rows(text)})


@pytest.mark.parametrize("text, expected", [
    # "нет" governs another noun ("долгов", "претензий"): the order stands
    ("Заказ Белоруссии на 12 Су-30СМ выполнен полностью и долгов по нему нет.", [("Su-30SM", "ordered")]),
    ("Заказ Минобороны Белоруссии на четыре Як-130 выполняется по графику и задержек нет.", [("Yak-130", "ordered")]),
    # hardware for the regional grouping, with the recipient named as receiving it
    ("Russia delivered four S-300 battalions to Belarus for the regional grouping of forces, the ministry said.",
     [("S-300", "delivered")]),
    ("Россия передала Белоруссии четыре дивизиона С-300 для региональной группировки войск.", [("S-300", "delivered")]),
    ("Belarus received two Tor-M2 batteries from Russia for the regional grouping of forces.", [("Tor-M2", "delivered")]),
    # a finite transfer beside "all ... in service": told here, not restated
    ("All twelve Su-30SM ordered in 2017 have now been delivered to Belarus and are in service with the 61st base.",
     [("Su-30SM", "delivered"), ("Su-30SM", "ordered")]),
    ("Все двенадцать Су-30СМ, заказанных в 2017 году, поставлены в Белоруссию и находятся на вооружении 61-й базы.",
     [("Su-30SM", "delivered"), ("Su-30SM", "ordered")]),
    # crews beside a hand-over to a named recipient, or the recipient's own crews
    ("Четыре российских Су-30СМ, переданные Белоруссии, прибыли в Барановичи вместе с экипажами, прошедшими "
     "переучивание в России.", [("Su-30SM", "delivered")]),
    ("Belarus took delivery of four Russian Su-30SM fighters, flown in by Belarusian pilots with their ground crews.",
     [("Su-30SM", "delivered")]),
    # the system's own launchers: no chassis for another system
    ("Беларусь получила от России пусковые установки под новые ракетные комплексы «Искандер».", [("Iskander", "delivered")]),
    # a buyer named in apposition
    ("Russia supplied Su-30SM fighters to one of the countries of the CSTO, Belarus, in 2023.", [("Su-30SM", "delivered")]),
    ("Россия поставила Су-30СМ в одну из стран ОДКБ – Белоруссию.", [("Su-30SM", "delivered")]),
])
def test_a_transfer_told_outright_keeps_its_row(text, expected):
    assert [s for s in stages(text) if s[1] != "in_service"] == expected
