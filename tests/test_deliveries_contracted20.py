"""English "contracted" is an order as Russian "законтрактованный" is: a participle on the system with its own time is
the ordered stage beside the clause's ("The third Tor-M2 battery, contracted last December, will arrive in the
spring": planned + ordered in December), and a finite "contracted" orders. Not a shrinking ("contracted by 3%").
Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("The third Tor-M2 battery from Russia, contracted last December, will arrive in the spring.",
     {("Tor-M2", "planned", "Russia", "Belarus", 1.0, "2016-SP"), ("Tor-M2", "ordered", "Russia", "Belarus", 1.0,
                                                               "2015-12")}),
    ("Belarus will receive a fourth battery of Tor-M2 systems from Russia, contracted last year, in the autumn.",
     {("Tor-M2", "planned", "Russia", "Belarus", 1.0, "2016-FA"), ("Tor-M2", "ordered", "Russia", "Belarus", 1.0,
                                                               "2015")}),
    ("The Su-30SM fighters contracted from Russia in 2015 will arrive in 2019.",
     {("Su-30SM", "planned", "Russia", "Belarus", None, "2019"), ("Su-30SM", "ordered", "Russia", "Belarus", None,
                                                                 "2015")}),
    ("Belarus contracted 12 Su-30SM fighters from Russia in 2015.",
     {("Su-30SM", "ordered", "Russia", "Belarus", 12.0, "2015")}),
    # the Russian participle, as before
    ("Третья батарея «Тор-М2» из России, законтрактованная в декабре прошлого года, прибудет весной.",
     {("Tor-M2", "planned", "Russia", "Belarus", 1.0, "2016-SP"), ("Tor-M2", "ordered", "Russia", "Belarus", 1.0,
                                                               "2015-12")}),
])
def test_contracted_is_an_order(text, expected):
    assert delivery_rows(text, "2016-03-10") == expected
