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


@pytest.mark.parametrize("lang, text, said", [
    ("ru", "По заявлениям Хренина о поставках судить сложно, отметил эксперт Александр Алесин: Россия поставит "
     "С-400 не раньше 2026 года.", "отметил эксперт"),
    ("ru", "По заявлению министра обороны трудно понять сроки, сказал аналитик Андрей Поротников.", "сказал аналитик"),
    ("ru", "По заявлению жителей Бреста возбуждено дело, сообщила прокуратура.", "сообщила прокуратура"),
])
def test_po_zayavleniyu_with_a_predicate_is_no_cue(lang, text, said):
    """review2 W3: a predicate after the genitive ('судить сложно', 'возбуждено дело') makes 'по заявлению X' no
    'по словам X,': X does not say the rest of the sentence."""
    got = speakers(text, lang, "2024-05-10")
    assert not any(said in s for _, s in got), got
