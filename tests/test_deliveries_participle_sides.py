"""A participle set off after the object names no sides of its own: the verb before the object does (issue 12: "X had
earlier sold Y a batch of <count> <system>, delivered in <month> of that year" was stored as Y -> X, the participle's nearest country taken for its subject). Sentences written for these tests; the
Russian form, read through its own participle, was right already and stays so."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, sides", [
    ("Russia had previously sold Belarus a lot of 24 BTR-82A armoured personnel carriers, shipped in October of the "
     "same year.", ("Russia", "Belarus")),
    ("Russia sold Belarus a lot of 24 BMP-2 infantry fighting vehicles, shipped in October.", ("Russia", "Belarus")),
    ("Belarus obtained from Russia a lot of 24 BTR-82A armoured personnel carriers, shipped in October.",
     ("Russia", "Belarus")),
    ("Belarus sold Russia a lot of 30 MZKT-7930 chassis, shipped in May.", ("Belarus", "Russia")),
    ("Россия прежде продала Белоруссии партию из 24 бронетранспортеров БТР-82А, отгруженных в октябре того же года.",
     ("Russia", "Belarus")),
    ("Белоруссия продала России партию из 30 шасси МЗКТ-7930, отгруженных в мае.", ("Belarus", "Russia")),
])
def test_the_verb_before_the_object_gives_the_sides(text, sides):
    got = {(r[2], r[3]) for r in delivery_rows(text, "2006-08-24") if r[1] == "delivered"}
    assert got == {sides}
