"""'По заявлению/заявлениям X, ...' is 'по словам X' (sentences written for this test)."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, who, said", [
    ("ru", "Министерство обороны Беларуси показало новые комплексы. По заявлениям ведомства, комплекс «Тор-М2» "
     "стал частью белорусской армии.", "Ministry of Defence of Belarus", "комплекс «Тор-М2» стал частью белорусской "
     "армии"),
    ("ru", "По заявлению министра обороны Виктора Хренина, батарея заступит на дежурство в мае.", "Viktor Khrenin",
     "батарея заступит на дежурство в мае"),
])
def test_po_zayavleniyu(lang, text, who, said):
    assert (who, said) in speakers(text, lang, "2021-03-10")
