"""Decoding, boilerplate removal, datelines and metadata on text written for the tests."""
import pytest

from bellink.ingest.load import LoadError, clean, decode, detect_language, find_dateline, load_document
from conftest import DATA

RUSSIAN = "Президент Белоруссии обсудил с министром обороны поставки зенитных ракетных комплексов и самолётов."


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_legacy_cyrillic_encodings_are_detected(encoding):
    text, enc = decode(RUSSIAN.encode(encoding))
    assert text == RUSSIAN
    assert enc == encoding


def test_utf8_with_and_without_bom():
    assert decode(RUSSIAN.encode("utf-8")) == (RUSSIAN, "utf-8")
    assert decode(b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8")) == (RUSSIAN, "utf-8-sig")


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
    (b"\x07\x00\x01garbage" + bytes(range(256)), "binary"),
    (bytes(range(128, 256)) * 4, "undecodable|cannot tell"),
])
def test_bad_bytes_are_refused(data, message):
    with pytest.raises(LoadError, match=message):
        decode(data)


def test_boilerplate_is_removed_and_offsets_point_into_clean_text():
    raw = (DATA / "articles" / "boilerplate_en.txt").read_text()
    text, removed = clean(raw)
    assert text.startswith("Minsk unveils upgraded air defence radar")
    assert "The Belarusian air force has received" in text
    assert "4471203" not in text
    for gone in ("Home", "Read more", "alternate addresses", "example-news", "Leave a Reply", "email address"):
        assert gone not in text, gone
    labels = {label for label, _ in removed}
    assert {"breadcrumb", "glued-id", "line", "tail"} <= labels
    assert "The radar was shown to journalists at a base near Baranovichi." in text.split("\n")


def test_russian_dateline_gives_date_and_outlet(tmp_path):
    doc = load_document(DATA / "articles" / "dateline_ru.txt")
    assert (doc.published, doc.published_precision, doc.published_source) == ("2023-03-14", "day", "dateline")
    assert doc.outlet == "ТАСС" and doc.outlet_source == "dateline"
    assert doc.lang == "ru" and doc.lang_source == "detected"
    assert not doc.text.rstrip().endswith("Поделиться")


@pytest.mark.parametrize("line, expected", [
    ("MINSK, May 29, 2023 — Belarus said", {"published": "2023-05-29"}),
    ("Москва. 29 июня. INTERFAX.RU - Президент", {"partial": "--06-29", "outlet": "INTERFAX.RU"}),
    ("Other News Materials 23 October 2007 17:24 (UTC +04:00)", {"published": "2007-10-23"}),
    ("17 March 2019", {"published": "2019-03-17"}),
    ("The minister spoke on 12 May about 300 tanks.", {}),
])
def test_datelines(line, expected):
    assert find_dateline("Title\n\n" + line) == expected


def test_dateline_without_year_never_invents_one(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("Talks in Minsk\n\nMINSK, May 29 — The ministers met.\n", encoding="utf-8")
    assert load_document(f).published is None
    assert load_document(f, published="2023-05-29").published_source == "flag"


def test_flags_beat_manifest_beat_dateline(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title\n\nMINSK, May 29, 2023 — Text here.\n", encoding="utf-8")
    manifest = {"a": {"published": "2023-05-30", "outlet": "BelTA"}}
    doc = load_document(f, manifest=manifest)
    assert (doc.published, doc.published_source, doc.outlet) == ("2023-05-30", "manifest", "BelTA")
    doc = load_document(f, manifest=manifest, published="2023-06", outlet="TASS")
    assert (doc.published, doc.published_precision, doc.published_source) == ("2023-06", "month", "flag")
    assert doc.outlet == "TASS"


def test_html_is_reduced_to_article_text():
    doc = load_document(DATA / "articles" / "page.html")
    assert doc.title == "Joint drills end in Belarus"
    assert "Union Resolve-2022 exercise ended" in doc.text
    assert "Should never appear" not in doc.text and "Copyright" not in doc.text and "Home" not in doc.text
    assert (doc.published, doc.published_source) == ("2022-02-20", "html")


@pytest.mark.parametrize("text, lang", [
    ("Belarus received S-400 systems from Russia.", "en"),
    ("Белоруссия получила С-400 от России в 2022 году.", "ru"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_a_year_from_the_flag_completes_a_yearless_dateline(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("Talks in Minsk\n\nMINSK, May 29 — The ministers met.\n", encoding="utf-8")
    doc = load_document(f, published="2023")
    assert (doc.published, doc.published_precision, doc.published_source) == ("2023-05-29", "day", "flag")


@pytest.mark.parametrize("text", [
    "", "Minsk", "Минск и Brest", "ёЁЀӿԀ", "😀 Ӂ 𝐀 ß", "\ud800 lone surrogate Ж", "İstanbul ſ K", "ЖЖЖ" * 50 + "abc",
])
def test_letter_counts_are_the_pattern_counts(text):
    """The counts the language guess reads are what the CYRILLIC and LATIN patterns find, letter by
    letter, on any text (astral characters, lone surrogates, letters that only look Latin)."""
    from bellink.ingest.load.cleaning import CYRILLIC, LATIN, letter_counts

    assert letter_counts(text) == (len(CYRILLIC.findall(text)), len(LATIN.findall(text)))


@pytest.mark.parametrize("line", [
    "Belarus  received\tthe  systems.", "Минск,\t\t29 мая.  Поставки", "one space only, as most lines", "a\t b  \t c",
    "tab\tonly", "ends  ", "«Мы  получили»,  — сказал он.",
])
def test_spaces_and_tabs_in_a_line_become_one_space(line):
    import re

    text = "Title\n\n" + line + "\n\nMore text here.\n"
    cleaned, _ = clean(text)
    assert cleaned.split("\n")[2] == re.sub(r"[ \t]+", " ", line.strip())
