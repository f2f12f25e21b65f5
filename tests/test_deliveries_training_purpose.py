"""Systems moved for joint training, or to a range where units train, are forces moved for drills, like those sent to an
exercise: no delivery ("arrived at a range near Gomel for joint training", "прибыли в Барановичи для совместной
боевой подготовки", "прибыл на полигон, где подразделения ВС РФ проходят слаживание"). A transfer beside crews who
train keeps its row. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return sorted((e["system"], e["status"]) for e in deliveries(text, "2024-05-10"))


@pytest.mark.parametrize("text", [
    "Russian T-80 tanks arrived at the Obuz-Lesnovsky range in Belarus, where Russian units are training.",
    "Russian Su-30SM fighters arrived at Baranovichi for joint combat training with Belarusian pilots.",
    "Российские истребители Су-30СМ прибыли в Барановичи для совместной боевой подготовки с белорусскими летчиками.",
    "Российские танки Т-80 прибыли на полигон Обуз-Лесновский, где подразделения ВС РФ проходят слаживание.",
])
def test_forces_moved_for_training_are_no_delivery(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Russia delivered four Su-30SM2 fighters to Belarus on Monday, the ministry said.", [("Su-30SM2", "delivered")]),
    ("Белоруссия получила от России четыре Су-30СМ2, летчики уже прошли переучивание.", [("Su-30SM2", "delivered")]),
])
def test_a_transfer_keeps_its_row(text, expected):
    assert rows(text) == expected



@pytest.mark.parametrize("text, moved_for_training", [
    ("Батарея «Тор-М2К», прибывшая в республику в начале мая, уже проходит слаживание на полигоне.", False),
    ("Танки прибыли на полигон, где подразделения ВС РФ проходят слаживание.", True),
    ("The battery that arrived in May is already training at the range near Baranovichi.", False),
    ("The tanks arrived at the range, where Russian units are training.", True),
])
def test_only_a_purpose_or_a_range_where_units_train_counts(text, moved_for_training):
    from bellink.ingest.events.deliveries.guards import TRAINING_PURPOSE

    assert (TRAINING_PURPOSE.search(text) is not None) == moved_for_training
