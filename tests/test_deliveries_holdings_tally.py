""""У нас закуплено восемь Як-130, они используются": what the recipient holds so far, counted as it stands (a running
total of earlier batches, RULES), gives no ordered or delivered row; the plan beside it keeps its row. A real minister's
answer reads this way (realdev 902). Articles written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Белоруссия планирует закупить у России еще четыре Як-130, сообщил в среду министр обороны. «У нас закуплено шесть "
    "Як-130, учебных самолетов, все они летают», — сказал он.\n",
    "Минск докупит Су-30СМ\n\nМИНСК. Белоруссия в следующем году получит от России еще четыре истребителя Су-30СМ, "
    "сообщил командующий ВВС. «У нас уже поставлено двенадцать таких самолетов», — добавил он.\n",
])
def test_what_we_have_is_no_row(text):
    got = [(e["status"], e["quantity"]) for e in deliveries(text, "2017-06-21")]
    assert got and all(status == "planned" for status, _ in got)
