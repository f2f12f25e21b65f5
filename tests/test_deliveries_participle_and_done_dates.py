"""Two dating slips: the time of a participle on the subject is the participle's ("Tor-M2K systems ordered from
Russia a year ago would be delivered before the end of the year": planned for this year, not last year), and a
stage done by the report (ordered, as delivered) is never dated after it ("has signed a contract for 300 more, to
be shipped in 2010": the signing is as of the report, not 2010). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published):
    a = analyze_text(text + "\n", lang=lang, published=published)
    return {(e.status, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, published, expected", [
    ("News\n\nBelarus air force commander Andrei Lukyanovich said on Wednesday that four Mi-35M helicopters had "
     "arrived.\n\nThe commander also confirmed that a battalion set of Tor-M2K short-range air defence systems ordered from "
     "Russia a year ago would be delivered before the end of the year.", "en", "2023-07-20", ("planned", "2023")),
    ("News\n\nThe Peleng optics plant in Minsk shipped 180 Sosna-U thermal sights to Uralvagonzavod this year and "
     "has signed a contract for 300 more, to be shipped in 2010, the director told BelTA on Thursday.", "en",
     "2009-12-10", ("ordered", "2009-12-10")),
])
def test_the_stage_takes_its_own_time(text, lang, published, expected):
    got = _rows(text, lang, published)
    assert expected in got
    assert not any(status == expected[0] and date != expected[1] for status, date in got)


def test_a_service_entry_read_through_a_delivery_participle_takes_the_duty_time():
    got = _rows("News\n\nKhrenin spoke on Wednesday about Russian arms for Belarus.\n\nA battery of Tor-M2K "
                "short-range air defence systems received in April has been on combat duty near Minsk since last "
                "week, the minister said.", "en", "2021-06-17")
    assert ("in_service", "2021-06-07") in got
    assert ("in_service", "2021-04") not in got
