"""A participle set off after the object names no sides of its own: the verb before the object does (issue 12, dev 501:
"Russia had earlier sold Belarus a batch of 18 BTR-80 ..., delivered in December of that year" was stored as
Belarus -> Russia, the participle's nearest country taken for its subject). Sentences written for these tests; the
Russian form, read through its own participle, was right already and stays so."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, sides", [
    ("Russia had earlier sold Belarus a batch of 18 BTR-80 armoured personnel carriers, delivered in December of that "
     "year.", ("Russia", "Belarus")),
    ("Russia sold Belarus a batch of 18 BTR-80 armoured personnel carriers, delivered in December.", ("Russia", "Belarus")),
    ("Belarus received from Russia a batch of 18 BTR-80 armoured personnel carriers, delivered in December.",
     ("Russia", "Belarus")),
    ("Belarus sold Russia a batch of 40 MZKT-79221 chassis, delivered in March.", ("Belarus", "Russia")),
    ("Россия ранее продала Белоруссии партию из 18 бронетранспортеров БТР-80, поставленных в декабре того же года.",
     ("Russia", "Belarus")),
    ("Белоруссия продала России партию из 40 шасси МЗКТ-79221, поставленных в марте.", ("Belarus", "Russia")),
])
def test_the_verb_before_the_object_gives_the_sides(text, sides):
    got = {(r[2], r[3]) for r in delivery_rows(text, "2006-08-24") if r[1] == "delivered"}
    assert got == {sides}
