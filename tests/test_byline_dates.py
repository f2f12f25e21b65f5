"""Publication dates in byline and masthead lines of fields (outlet | section | date, date / time / outlet,
newspaper issue lines), as pages saved to text carry them: without a manifest these are the only date an
article gives, and every relative date in it ("on Tuesday", "last year") hangs on it."""
import pytest

from bellink.ingest.load import find_dateline

BODY = ("The ministry said the first aircraft would arrive before the end of the year, and that crews had "
        "already begun training at the range, according to a statement published on its website on Monday.")


@pytest.mark.parametrize("byline, expected", [
    ("Agence Nord | 4 February 2017", "2017-02-04"),
    ("Defence Weekly | Air Forces | 21 May 2018", "2018-05-21"),
    ("Baltic Review | Vol. 12, No. 7 | March 3, 2016", "2016-03-03"),
    ("Sept. 9, 2012 | By Anna Kowal, Vilnius", "2012-09-09"),
    ("November 30, 2024 | Regional Desk", "2024-11-30"),
    ("Field Notes (print edition) | 17.04.2021", "2021-04-17"),
    ("Harbour Times, 2 August 2010, 14:05", "2010-08-02"),
    ("07.03.2014 / 09:12 / Вечерний Гродно", "2014-03-07"),
    ("19.10.2009 16:40 | Агентство Запад | Общество", "2009-10-19"),
    ("Газета «Восток» №88 от 11.05.2018, стр. 3", "2018-05-11"),
    ("Новая газета Полесья | 5 июня 2013 г. | Армия", "2013-06-05"),
    ("Окраина, 24 января 2022, 18:30", "2022-01-24"),
    ("2019-08-26 | Frontier Post", "2019-08-26"),
])
def test_a_byline_gives_the_publication_date(byline, expected):
    assert find_dateline(f"Headline of the story\n\n{byline}\n\n{BODY}") == {"published": expected}


@pytest.mark.parametrize("text", [
    # a date inside the body, after the first paragraph-long line, is not a publication date
    f"Headline\n\n{BODY}\n\nSigned in Minsk | 12 May 2015",
    # fields that only look like dates
    "Headline\n\nIssue 12 | Volume 2019 | Section 3\n\n" + BODY,
    # a body sentence with commas and a date in it, short enough to be a header line, is not a byline
    "Headline\n\nThe contract, signed on 13 November 2019, covers four aircraft.\n\n" + BODY,
    # an impossible date
    "Headline\n\nCourier | 31 June 2020\n\n" + BODY,
])
def test_no_publication_date_from_what_is_no_byline(text):
    assert "published" not in find_dateline(text)


def test_a_dateline_without_a_year_still_never_takes_one_from_a_later_line():
    text = "Headline\n\nMINSK, May 29 (Agency) - The ministers met.\n\nArchive | 1 June 2001\n\n" + BODY
    assert find_dateline(text) == {"partial": "--05-29", "outlet": "Agency"}


def test_a_byline_that_boilerplate_removal_takes_away_still_dates_the_article(tmp_path):
    from bellink.ingest.load import load_document

    f = tmp_path / "story.txt"
    f.write_text("Minsk receives new radars\n\nRiver Gazette | Region | 14 October 2009\n\nShare | Tweet | Email\n\n"
                 + BODY + "\n\nThe radars will go to the air defence brigade near Baranovichi, the ministry said.\n",
                 encoding="utf-8")
    doc = load_document(f)
    assert (doc.published, doc.published_source) == ("2009-10-14", "dateline")


def test_a_removed_byline_before_a_yearless_dateline_gives_the_year(tmp_path):
    from bellink.ingest.load import load_document

    f = tmp_path / "wire.txt"
    f.write_text("Second battery arrives\n\nWire Service | 3 March 2016\n\nMINSK, 3 March (Wire Service) - " + BODY
                 + "\n", encoding="utf-8")
    doc = load_document(f)
    assert doc.published == "2016-03-03"


def test_a_yearless_dateline_is_reported_with_what_it_costs(tmp_path):
    from click.testing import CliRunner

    from bellink.cli import cli

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.txt").write_text("Talks in Minsk\n\nMINSK, May 29 (Agency) - " + BODY + "\n", encoding="utf-8")
    (tmp_path / "in" / "dated.txt").write_text("Talks in Minsk\n\nMINSK, May 29, 2023 (Agency) - " + BODY + "\n",
                                              encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "ingest", str(tmp_path / "in")])
    assert result.exit_code == 0
    warned = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warned) == 1 and "wire.txt" in warned[0] and "no year" in warned[0] and "--published" in warned[0]
    again = CliRunner().invoke(cli, ["--db", str(tmp_path / "y.db"), "ingest", str(tmp_path / "in" / "wire.txt"),
                                     "--published", "2023-05-30"])
    assert "Warning" not in again.stderr
