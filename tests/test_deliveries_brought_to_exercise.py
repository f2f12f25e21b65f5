"""Systems brought ("доставили", the seventh session's new transfer cue) to an exercise take part in it: a
deployment, never a delivery, as with "sent" (review8, findings8 D2). Deliveries told with the same verb and no
exercise stay. Sentences written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Российские военные доставили в Беларусь комплексы «Искандер-М» для участия в учениях «Запад-2025», сообщило "
    "Минобороны России в пятницу.",
    "Самолеты Ил-76 доставили в Беларусь российских военнослужащих и зенитные ракетные комплексы С-400 для совместных "
    "учений.",
])
def test_systems_brought_to_an_exercise_are_no_delivery(text):
    assert deliveries(text, "2025-06-20") == ()


@pytest.mark.parametrize("text, system", [
    ("Россия доставила в Беларусь очередную партию бронетранспортеров БТР-82А, сообщило Минобороны.", "BTR-82A"),
    ("В Беларусь доставлены четыре истребителя Су-30СМ, сообщило Минобороны.", "Su-30SM"),
])
def test_a_delivery_told_with_the_same_verb_stays(text, system):
    got = deliveries(text, "2025-06-20")
    assert [(e["status"], e["system"], e["supplier"], e["recipient"]) for e in got] == \
        [("delivered", system, ["Russia"], ["Belarus"])], got
