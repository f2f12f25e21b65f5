"""A saved page's date marker opening the text ("date 2022-12-24 Belarus gets ...", "date 2025-11-10 19:19 Источник:
...") is the page's metadata, as a crawler or search tool wrote it before the page: it gives the publication date when
nothing better does, and it is neither part of the headline nor a date the article tells (it used to be stored as a
time expression of the text, 17 of realdev's 54 spurious ones). A date the article tells keeps its place. Texts written
for this test."""
import pytest

from bellink.ingest.load import clean, load_document


@pytest.mark.parametrize("raw, first_line, date", [
    (" date 2022-12-24 Russia hands Belarus a second S-400 battalion\n\nBy Staff\n\nThe battalion arrived on Friday.",
     "Russia hands Belarus a second S-400 battalion", "2022-12-24"),
    ("date 2025-11-10 19:19 Источник: Интерфакс\n\nПрезидент Белоруссии заявил, что комплекс прибыл в республику.",
     "Источник: Интерфакс", "2025-11-10"),
])
def test_marker_is_metadata_not_text(raw, first_line, date):
    text, removed = clean(raw)
    assert text.split("\n", 1)[0] == first_line
    assert ("page-date", date) in removed


def test_marker_dates_the_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(" date 2022-12-24 Russia hands Belarus a second S-400 battalion\n\nMINSK - The battalion arrived "
                    "on Friday, the ministry said. It will go on combat duty in January.\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.published == "2022-12-24"
    assert doc.title == "Russia hands Belarus a second S-400 battalion"
    assert "2022-12-24" not in doc.text


@pytest.mark.parametrize("raw", [
    "The date 2022-12-24 was set for the handover of the battalion to the air force.\n\nMore text follows here.",
    "Belarus took delivery on 2022-12-24, the date the contract named.\n\nMore text follows here.",
])
def test_a_date_the_article_tells_stays(raw):
    text, removed = clean(raw)
    assert "2022-12-24" in text and not any(kind == "page-date" for kind, _ in removed)


def test_a_marker_with_the_month_only_dates_the_page_to_the_month(tmp_path):
    """A page whose metadata gives only the month ("date 2022-06") is dated to that month, month precision: what the
    page says as of its report is dated no finer than that (never the ingest day): "today" is the page's month."""
    from bellink.ingest.pipeline import analyze_text

    path = tmp_path / "page.txt"
    path.write_text(" date 2022-06 Russia to hand Belarus Iskander-M systems\n\nRussia will hand Belarus Iskander-M "
                    "systems within months, the Russian president said at today's meeting.\n", encoding="utf-8")
    doc = load_document(path)
    assert (doc.published, doc.published_precision) == ("2022-06", "month")
    a = analyze_text(doc.text, published=doc.published, doc_id="page")
    assert [(s.date.value, s.date.precision) for s in a.statements] == [("2022-06", "month")]
