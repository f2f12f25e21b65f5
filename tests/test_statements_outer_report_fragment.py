"""The report of a report whose inner words end on a quoted fragment: 'Putin assured Lukashenko ... that supplies
would continue "regardless of the economic situation," the press service said'.

frames._outer_report made two statements of 'X assured Y that ..., the press service said' (the press service's
report of the sentence, and X's words inside it), but any quote mark in the inner words sent it away: the fragment
closing the sentence became the press service's quote, the inner words lost it. A quote that runs inside the inner
clause (words of the clause right before its opening mark) is part of those words; a quote after ', and' or one the
same speaker closes ('..., and «...», Ravkov said': a second statement of his own) is not. Sentences written for this
test.
"""
import pytest

from conftest import speakers

EN = [
    ('Putin assured Lukashenko in a phone call on Monday that supplies of Russian weapons would continue '
     '"regardless of the economic situation," the Belarusian presidential press service said.',
     [("Press Service of the President of Belarus",
       'Putin assured Lukashenko in a phone call on Monday that supplies of Russian weapons would continue '
       '"regardless of the economic situation,"'),
      ("Vladimir Putin", 'supplies of Russian weapons would continue "regardless of the economic situation,"')]),
    ('Lukashenko assured Putin that Belarus would remain "a reliable ally," the Kremlin press office said.',
     [("Press Service of the President of Russia",
       'Lukashenko assured Putin that Belarus would remain "a reliable ally,"'),
      ("Alexander Lukashenko", 'Belarus would remain "a reliable ally,"')]),
]
RU = [
    # two words before the fragment: a Russian clause has no auxiliary (review R9)
    ('Путин заверил Лукашенко, что поставки продолжатся «независимо от ситуации», сообщила пресс-служба белорусского '
     'лидера.',
     [("Press Service of the President of Belarus",
       'Путин заверил Лукашенко, что поставки продолжатся «независимо от ситуации»'),
      ("Vladimir Putin", 'поставки продолжатся «независимо от ситуации»')]),
    ('Путин заверил Лукашенко в телефонном разговоре, что поставки российского оружия продолжатся «независимо от '
     'экономической ситуации», сообщила пресс-служба белорусского лидера.',
     [("Press Service of the President of Belarus",
       'Путин заверил Лукашенко в телефонном разговоре, что поставки российского оружия продолжатся «независимо от '
       'экономической ситуации»'),
      ("Vladimir Putin", 'поставки российского оружия продолжатся «независимо от экономической ситуации»')]),
]


@pytest.mark.parametrize("text,expected", EN)
def test_outer_report_with_a_fragment_en(text, expected):
    assert speakers(text, "en", "2016-09-14") == expected


@pytest.mark.parametrize("text,expected", RU)
def test_outer_report_with_a_fragment_ru(text, expected):
    assert speakers(text, "ru", "2016-09-14") == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a quote of its own after ', and': two statements of the one speaker (bench/gold/RULES.md)
    ('Defence Minister Andrei Ravkov stressed that cooperation is developing dynamically, and "Russia is the main '
     'partner in military products," Ravkov said.', "en",
     [("Andrei Ravkov", "cooperation is developing dynamically"),
      ("Andrei Ravkov", "Russia is the main partner in military products")]),
    # the speaker closing his own words with a quote: no report of a report
    ('Defence Minister Viktor Khrenin said the crews would be "fully trained by May," Khrenin told reporters.', "en",
     [("Viktor Khrenin", "the crews would be"), ("Viktor Khrenin", "fully trained by May")]),
])
def test_no_outer_report(text, lang, expected):
    assert speakers(text, lang, "2021-03-14") == expected
