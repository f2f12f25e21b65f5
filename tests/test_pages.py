"""Saved web pages in the shapes news sites use -> article text, title, date, outlet, language.

The pages in tests/data/pages/ were written for these tests: a BelTA-style page with no
<article> element (menu, site search, cookie notice, share bar, "read also", footer), an
English page with <article> and a share line, an AMP page, and a windows-1251 page that
declares its encoding in a meta tag and keeps its article in a layout table.
"""
import subprocess
import sys

import pytest

from bellink.ingest.load import load_document
from conftest import DATA

PAGES = DATA / "pages"


@pytest.mark.parametrize("name, title, published, outlet, lang", [
    ("belta_ru.html", "Хренин: поставки новых комплексов Тор-М2 в Беларусь завершатся до конца года",
     "2023-05-29", "БелТА", "ru"),
    ("article_en.html", "Belarus receives second batch of Su-30SM fighters", "2019-11-12", "Minsk Herald", "en"),
    ("amp_en.html", "Russia and Belarus begin Zapad drills near Borisov", "2021-09-10", "Defence Wire", "en"),
    ("cp1251_ru.html", "Белоруссия получит партию бронетранспортеров БТР-82А", "2020-03-17",
     "Военное обозрение", "ru"),
])
def test_page_metadata(name, title, published, outlet, lang):
    doc = load_document(PAGES / name)
    assert doc.title == title
    assert doc.text.startswith(title + "\n\n")
    assert (doc.published, doc.published_precision, doc.published_source) == (published, "day", "html")
    assert (doc.outlet, doc.outlet_source) == (outlet, "html")
    assert doc.lang == lang


def test_page_without_article_element_keeps_the_article_and_drops_the_chrome():
    doc = load_document(PAGES / "belta_ru.html")
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 6  # the title and the five paragraphs of the article, nothing else
    assert "первая партия комплексов прибыла в войска в понедельник" in doc.text
    assert "до конца года», – заявил Виктор Хренин." in doc.text
    for chrome in ("cookie", "Поиск", "Главная", "Политика", "Поделиться", "ВКонтакте", "Читайте также",
                   "Лукашенко провел совещание", "Популярное", "Курс валют", "Все права защищены", "©",
                   "Контакты", "dataLayer"):
        assert chrome not in doc.text, chrome


def test_page_date_makes_relative_expressions_resolvable():
    from bellink.ingest.pipeline import analyze

    a = analyze(load_document(PAGES / "belta_ru.html"))
    resolved = {t.text: t.value for t in a.timexes}
    assert resolved.get("в понедельник") == "2023-05-29"
    assert any(text.startswith("до конца года") and value == "2023" for text, value in resolved.items())


def test_share_line_does_not_survive():
    doc = load_document(PAGES / "article_en.html")
    assert "Share" not in doc.text and "Facebook" not in doc.text and "Twitter" not in doc.text
    assert "Related stories" not in doc.text and "All rights reserved" not in doc.text
    assert doc.text.endswith("The first four were delivered in November 2019.")


def test_amp_page_drops_its_sidebar_and_follow_line():
    doc = load_document(PAGES / "amp_en.html")
    assert "Follow us" not in doc.text and "Menu" not in doc.text and "Europe" not in doc.text
    assert "About 12,800 troops are taking part in Belarus" in doc.text


def test_windows_1251_declared_in_a_meta_tag_decodes():
    doc = load_document(PAGES / "cp1251_ru.html")
    assert doc.encoding == "cp1251"
    assert "Россия передаст Белоруссии партию бронетранспортеров БТР-82А" in doc.text
    assert "Форум" not in doc.text and "|" not in doc.text


def test_page_with_only_a_visible_date_gets_it_and_a_copyright_year_is_not_a_date(tmp_path):
    html = (PAGES / "belta_ru.html").read_text(encoding="utf-8")
    import re

    html = re.sub(r'<meta property="article:published_time"[^>]*>', "", html)
    html = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
    visible = tmp_path / "visible.html"
    visible.write_text(html, encoding="utf-8")
    assert (load_document(visible).published, load_document(visible).published_source) == ("2023-05-29", "html")
    # without the visible date only "© БелТА, 1999–2023" is left: no publication date, not 1999-01-01
    none = tmp_path / "none.html"
    none.write_text(re.sub(r'<div class="date">.*?</div>', "", html), encoding="utf-8")
    assert load_document(none).published is None


def test_flags_and_manifest_beat_the_page():
    doc = load_document(PAGES / "belta_ru.html", manifest={"belta_ru": {"outlet": "BelTA"}},
                        published="2023-05-30")
    assert (doc.outlet, doc.outlet_source) == ("BelTA", "manifest")
    assert (doc.published, doc.published_source) == ("2023-05-30", "flag")


def test_query_commands_do_not_import_trafilatura(tmp_path):
    code = (
        "import sys; from bellink.cli import cli\n"
        "try:\n"
        f"    cli(['--db', {str(tmp_path / 'none.db')!r}, 'who-said', 'Ravkov', '--json'])\n"
        "except SystemExit: pass\n"
        "print('HEAVY', [m for m in ('trafilatura', 'htmldate', 'lxml', 'justext') if m in sys.modules],"
        " file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in result.stderr, result.stderr


@pytest.mark.parametrize("declared, encoding, expected", [
    ("windows-1251", "utf-8", "utf-8"),  # re-saved as UTF-8 with the old meta tag left in
    ("utf-8", "cp1251", "cp1251"),  # a wrong declaration: the letter statistics decide
    ("koi8-r", "koi8_r", "koi8_r"),
])
def test_declared_charset_is_used_only_where_the_bytes_agree(tmp_path, declared, encoding, expected):
    html = (PAGES / "cp1251_ru.html").read_bytes().decode("cp1251").replace("windows-1251", declared)
    f = tmp_path / "page.html"
    f.write_bytes(html.encode(encoding))
    doc = load_document(f)
    assert doc.encoding == expected
    assert "Россия передаст Белоруссии партию бронетранспортеров БТР-82А" in doc.text


@pytest.mark.parametrize("name, kept, gone", [
    ("inline_ru.html", ["Контракт на поставку двенадцати истребителей был подписан в 2017 году."],
     ["Читайте также", "Подписывайтесь", "Фото:", "Просмотров", "Теги", "Поделиться", "Комментарии",
      "Отличная новость", "18+"]),
    ("inline_en.html", ["Belarusian President Alexander Lukashenko has repeatedly asked for the weapons"],
     ["Read more", "Advertisement", "newsletter", "Jane Doe", "Copyright", "Business"]),
])
def test_what_trafilatura_leaves_inside_the_article_bellinks_rules_take(name, kept, gone):
    doc = load_document(PAGES / name)
    for text in kept:
        assert text in doc.text
    for text in gone:
        assert text not in doc.text, text
    assert doc.removed  # the inline "read also" line is audited, not silently lost


def test_single_file_saved_page_mhtml():
    doc = load_document(PAGES / "saved_ru.mhtml")  # Chrome's "Save as single file": quoted-printable HTML
    assert doc.title == "Белоруссия получит партию бронетранспортеров БТР-82А"
    assert (doc.published, doc.outlet, doc.lang) == ("2020-03-17", "Военное обозрение", "ru")
    assert "Россия передаст Белоруссии партию бронетранспортеров БТР-82А" in doc.text
    assert "color: red" not in doc.text and "=D0" not in doc.text
