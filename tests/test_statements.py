"""Statements: who said what, and when, in English and Russian news.

The passages in tests/data/statements/ were written for these tests (news style, some of the
people invented, so the knowledge base does not know them). Each case asserts the speaker, the
exact span of what was said, direct or reported, the outlet and the date, not only that
something was found.
"""
import re
from pathlib import Path

import pytest

from bellink.ingest.pipeline import analyze_text
from bellink.ingest.statements import find_quotes, verbs
from conftest import DATA

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _passages(lang: str) -> dict:
    text = (DATA / "statements" / f"{lang}.txt").read_text(encoding="utf-8")
    return {
        m.group(1): (m.group(2), m.group(3).strip() + "\n")
        for m in re.finditer(r"^=== (\S+) \| (\S+)\n(.*?)(?=^=== |\Z)", text, re.S | re.M)
    }


PASSAGES = {(lang, name): v for lang in ("en", "ru") for name, v in _passages(lang).items()}


@pytest.fixture(scope="session")
def analyzed():
    cache = {}

    def get(lang, name):
        if (lang, name) not in cache:
            published, body = PASSAGES[(lang, name)]
            cache[(lang, name)] = analyze_text(body, lang=lang, published=published)
        return cache[(lang, name)]

    return get


def _names(a, key):
    if key is None:
        return {None}
    ent = a.entities[key]
    return {ent.key, ent.name, ent.name_ru, *ent.aliases}


def _the(a, text):
    """The one statement whose text is exactly ``text``."""
    hits = [st for st in a.statements if st.text == text]
    assert len(hits) == 1, [st.text for st in a.statements]
    return hits[0]


# (language, passage, exact text, speaker, direct, channel, date)
CASES = [
    # speaker named next to the cue; reported speech with a that-clause, dated by its own "on Wednesday"
    ("en", "shapes", "two more Su-30SM2 fighters would arrive at Baranovichi before the summer",
     "Pavel Dubrovsky", False, None, "2024-03-13"),
    # after the quote: '"...," Dubrovsky said.'; undated, so it takes the date of his earlier attribution
    ("en", "shapes", "The crews have already finished their conversion course in Lipetsk",
     "Pavel Dubrovsky", True, None, "2024-03-13"),
    # before the quote, by role: 'The colonel added: "..."' ("by August" inside the quote does not date it)
    ("en", "shapes", "We expect the aircraft to be on combat duty by August.",
     "Pavel Dubrovsky", True, None, "2024-03-13"),
    # split around the attribution: one statement
    ("en", "shapes", 'Training flights start next month," he said, "and the first live firing is planned for the autumn.',
     "Pavel Dubrovsky", True, None, "2024-03-13"),
    # a pronoun after two candidate people: "he" is the speaker of the previous statement
    ("en", "two_people", "the two ministries had agreed on a new schedule of joint air defence drills",
     "Viktor Khrenin", False, None, "2024-05-21"),
    ("en", "two_people", "Russia would send an additional S-400 battalion to the drills",
     "Andrei Belousov", False, None, "2024-05-21"),
    ("en", "two_people", "Our crews will work side by side with the Belarusian units",
     "Andrei Belousov", True, None, "2024-05-21"),
    # a pronoun when two other people took the stage in between: speaker unknown, never a guess (one person who
    # took the stage as the subject of the sentence before is whom the pronoun stands for: test_statements_followup_new_subject)
    ("en", "rival", "We are ready for any scenario", None, True, None, "2024-05-21"),
    # the outlet is the channel, never the speaker; an interview's outlet covers the speaker's other words
    ("en", "outlet", "The Minsk Wheeled Tractor Plant will double its output of missile chassis next year",
     "Oleg Sidorenko", False, "TASS", "2023-11-02"),
    ("en", "outlet", "We have hired four hundred new workers since the spring",
     "Oleg Sidorenko", True, "BelTA", "2023-11-02"),
    ("en", "outlet", "The Russian order book is full until 2026", "Oleg Sidorenko", False, "TASS", "2023-11-02"),
    # an institution as speaker, then "the ministry", then "according to the ministry's press service"
    ("en", "institution", "A battery of Iskander-M launchers arrived at the Asipovichy training ground on Tuesday",
     "Ministry of Defence of Belarus", False, None, "2024-09-11"),
    ("en", "institution", "The launchers will stay in Belarus until the end of the exercise",
     "Ministry of Defence of Belarus", False, None, "2024-09-11"),
    ("en", "institution", "the crews will practise electronic launches only",
     "Ministry of Defence of Belarus", False, None, "2024-09-11"),
    # a role resolved to the one person in the article who holds it (country adjective included)
    ("en", "role", "the first Pantsir-SM systems could be handed over to Belarus in 2025",
     "Yuri Lebedinsky", False, None, "2024-02-08"),
    # a role the article names no one for: the person the knowledge base says held it on that date
    ("en", "kb_role", "additional instructors would be sent to Belarusian training centres",
     "Sergei Shoigu", False, None, "2022-05-31"),
    # a quote over two paragraphs after 'said:' is one statement
    ("en", "multi_paragraph",
     'Our academy has trained more than four hundred officers for the air defence forces this year.\n\n'
     '"Next year we will open a new simulator centre for Tor-M2 crews.',
     "Ivan Kozak", True, None, "2024-06-27"),
    # 'X confirmed that ...'; '..., X noted, adding that "..."': two statements, the second a quote
    ("en", "reported", "a second launch site was being prepared near Krichev",
     "Alexander Volfovich", False, None, "2024-10-03"),
    ("en", "reported", "The work is ahead of schedule", "Alexander Volfovich", False, None, "2024-10-03"),
    ("en", "reported", "the first crews are already on duty.", "Alexander Volfovich", True, None, "2024-10-03"),
    # a quoted fragment inside reported speech: one reported statement, the fragment and its marks kept
    ("en", "reported", 'the new site was "a step forward for the security of the Union State" and declined to give a date',
     "Alexander Volfovich", False, None, "2024-10-03"),
    ("en", "reported", "the missiles will remain under Russian control", "Alexander Volfovich", False, None,
     "2024-10-03"),
    # '"...", - заявил X' with straight quotes and a hyphen; '- пояснил он'; '..., сообщил X 5 марта'
    ("ru", "hyphen", "Первые установки уже прибыли в бригаду, остальные придут летом",
     "Денис Гордеенко", True, None, "2024-03-06"),
    ("ru", "hyphen", "Личный состав освоил технику за две недели", "Денис Гордеенко", True, None, "2024-03-06"),
    ("ru", "hyphen", "Бригада проведёт первые боевые стрельбы в апреле", "Денис Гордеенко", False, None, "2024-03-05"),
    # '«...», — заявил X' and '— пояснил он'
    ("ru", "dash", "Мы получили первые два комплекса, остальные поступят до конца года",
     "Сергей Дубровский", True, None, "2024-04-19"),
    ("ru", "dash", "Расчёты уже прошли подготовку на заводе-изготовителе", "Сергей Дубровский", True, None, "2024-04-19"),
    # 'X заявил, что ...' and 'По словам X, ...'
    ("ru", "chto", "белорусская армия получит ещё одну батарею комплексов «Тор-М2К» в сентябре",
     "Олег Кравченко", False, None, "2024-04-19"),
    ("ru", "chto", "расчёты батареи уже сформированы", "Олег Кравченко", False, None, "2024-04-19"),
    # '..., заявил 24 июня X': the statement's own date, not the publication's
    ("ru", "dated", "Россия может передать Белоруссии ещё шесть вертолётов Ми-35М",
     "Игорь Соловьёв", False, None, "2024-06-24"),
    # institutions: 'сообщили в ФСВТС', 'пресс-служба министерства сообщила'
    ("ru", "institution", "Подготовка белорусских расчётов пройдёт в учебном центре в Гатчине осенью этого года",
     "Federal Service for Military-Technical Cooperation", False, None, "2024-06-28"),
    ("ru", "institution", "первые расчёты отправятся в Россию в сентябре",
     "Ministry of Defence of Belarus", False, None, "2024-06-28"),
    # 'сказал журналистам, что' + 'Об этом сообщило агентство БелТА'; a two-sentence quote '(цитата по БелТА)'
    ("ru", "channel", "предприятие увеличит выпуск шасси вдвое", "Андрей Литвинчук", False, "BelTA", "2024-02-15"),
    ("ru", "channel", "Заказов хватит на три года вперёд. Новые цеха заработают весной",
     "Андрей Литвинчук", True, "BelTA", "2024-02-15"),
    # '— добавил он' after two named ministers: the speaker of the previous statement
    ("ru", "two_people", "стороны согласовали график совместных учений", "Виктор Хренин", False, None, "2024-05-21"),
    ("ru", "two_people", "Россия направит на учения дополнительный дивизион С-400",
     "Андрей Белоусов", False, None, "2024-05-21"),
    ("ru", "two_people", "Наши расчёты будут работать вместе с белорусскими подразделениями",
     "Андрей Белоусов", True, None, "2024-05-21"),
]


@pytest.mark.parametrize("lang, passage, text, speaker, direct, channel, date", CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2][:30]}" for c in CASES])
def test_statement(analyzed, lang, passage, text, speaker, direct, channel, date):
    a = analyzed(lang, passage)
    st = _the(a, text)
    assert speaker in _names(a, st.speaker)
    assert st.direct is direct
    assert channel in _names(a, st.channel)
    assert st.date is not None and st.date.value == date
    assert a.document.text[st.start:st.stop] == st.text
    assert a.sentence_at(st.start).index == st.sentence


@pytest.mark.parametrize("lang, passage, count", [
    ("en", "shapes", 4), ("en", "two_people", 3), ("en", "rival", 2), ("en", "outlet", 3), ("en", "institution", 3),
    ("en", "role", 1), ("en", "multi_paragraph", 1), ("ru", "dash", 2), ("ru", "chto", 2), ("ru", "institution", 2),
    ("ru", "channel", 2), ("ru", "two_people", 3), ("en", "reported", 5), ("ru", "hyphen", 3),
])
def test_nothing_else_is_a_statement(analyzed, lang, passage, count):
    """Headlines, background sentences and 'Как сообщал «Интерфакс»' add nothing."""
    assert len(analyzed(lang, passage).statements) == count


@pytest.mark.parametrize("lang, passage", [("en", "none"), ("en", "relative"), ("ru", "none")])
def test_text_without_a_statement(analyzed, lang, passage):
    """No speech cue, a 'said' inside a relative clause, a question headline: no statements."""
    assert analyzed(lang, passage).statements == []


@pytest.mark.parametrize("lang, passage, text, speaker_text, role", [
    ("en", "shapes", "two more Su-30SM2 fighters would arrive at Baranovichi before the summer", "Pavel Dubrovsky",
     "commander of the 61st Fighter Air Base"),
    ("en", "shapes", "We expect the aircraft to be on combat duty by August.", "The colonel",
     "commander of the 61st Fighter Air Base"),
    ("en", "role", "the first Pantsir-SM systems could be handed over to Belarus in 2025", "The Russian deputy minister",
     "Russian Deputy Defence Minister"),
    ("en", "rival", "We are ready for any scenario", "he", None),
    ("ru", "dash", "Мы получили первые два комплекса, остальные поступят до конца года", "Сергей Дубровский",
     "начальник зенитных ракетных войск ВВС и войск ПВО Белоруссии"),
    ("ru", "institution", "Подготовка белорусских расчётов пройдёт в учебном центре в Гатчине осенью этого года",
     "в ФСВТС", None),
])
def test_speaker_words_and_role(analyzed, lang, passage, text, speaker_text, role):
    st = _the(analyzed(lang, passage), text)
    assert st.speaker_text == speaker_text
    assert st.role == role


def test_confidence_says_how_the_speaker_was_found(analyzed):
    a = analyzed("en", "shapes")
    named = _the(a, "two more Su-30SM2 fighters would arrive at Baranovichi before the summer")
    by_role = _the(a, "We expect the aircraft to be on combat duty by August.")
    unknown = _the(analyzed("en", "rival"), "We are ready for any scenario")
    assert named.confidence >= 0.9 > by_role.confidence > unknown.confidence


@pytest.mark.parametrize("form", ["заявил", "заявила", "заявили", "заявляет", "заявлял", "сообщило", "пояснил"])
def test_russian_verbs_match_in_every_form(form):
    from bellink.ingest.statements.verbs import _ru_verb

    assert _ru_verb(form) is not None
    assert _ru_verb("заявивший") is None  # a participle describes, it does not report


def test_verbs_are_data():
    v = verbs()
    assert v.en_forms["pointed out"][0] == "object" or v.en_forms["pointed out"][0] == "that"
    assert "said" in v.en_forms and v.ru_lemmas


@pytest.mark.parametrize("text, quoted", [
    ("He said «we will buy „Tor“ systems» today.", ["we will buy „Tor“ systems"]),
    ('Она сказала: "Контракт подписан", — и ушла.', ["Контракт подписан"]),
    ("“First part,” he said, “second part.”", ["First part,", "second part."]),
    ("«Концерн «Алмаз-Антей» готов», — сообщил он.", ["Концерн «Алмаз-Антей» готов"]),
    ('"One paragraph\n"Another one."', ['One paragraph\n"Another one.']),
    ('An "unclosed quote here\nNext line "closed" one.', ["closed"]),
])
def test_find_quotes(text, quoted):
    assert [text[q.open + 1:q.close] for q in find_quotes(text)] == quoted


# --- the bundled seeds: a few speakers checked by reading the articles ---------------------------

@pytest.fixture(scope="session")
def seed():
    from bellink.ingest.load import load_document, load_manifest
    from bellink.ingest.pipeline import analyze

    manifest = load_manifest(SEEDS)
    cache = {}

    def get(prefix):
        if prefix not in cache:
            path = next(SEEDS.glob(f"{prefix}_*.txt"))
            cache[prefix] = analyze(load_document(path, manifest=manifest))
        return cache[prefix]

    return get


def _containing(a, fragment):
    hits = [st for st in a.statements if fragment in st.text]
    assert hits, fragment
    return hits[0]


def test_seed_000_ravkov_interview(seed):
    a = seed("000")
    assert a.statements
    assert {a.entities[st.speaker].name for st in a.statements if st.speaker} == {"Andrei Ravkov"}
    first = _containing(a, "is being discussed")
    assert first.speaker == "person:ravkov_andrei" and not first.direct
    assert a.entities[first.channel].name == "TASS"
    adding = _containing(a, "it is yet premature to talk about concrete dates")
    assert adding.direct and adding.speaker == "person:ravkov_andrei"


def test_seed_003_galuzin_told_sputnik(seed):
    a = seed("003")
    st = _containing(a, "In particular, the Belarusian armed forces received the latest Russian weapons")
    assert a.entities[st.speaker].name == "Mikhail Galuzin"
    assert a.entities[st.channel].name == "Sputnik"
    assert st.direct
    diplomat = _containing(a, "is a symmetrical response to NATO")
    assert a.entities[diplomat.speaker].name == "Mikhail Galuzin"  # "The Russian diplomat indicated that ..."


def test_seed_002_russian_shapes(seed):
    a = seed("002")
    boitsov = _containing(a, "Россия готова в короткие сроки рассмотреть заявку")
    assert boitsov.date.value == "2021-06-24"
    fsvts = _containing(a, "Россия прорабатывает вопрос о поставке Белоруссии")
    assert a.entities[fsvts.speaker].name == "Federal Service for Military-Technical Cooperation"
    assert a.entities[fsvts.channel].name == "Interfax"
    explained = _containing(a, "Но я хотел бы, чтобы вы о них знали")
    assert a.entities[explained.speaker].name == "Alexander Lukashenko"
    assert not any("Нерушимое братство" in st.text for st in a.statements)  # 'Как сообщал "Интерфакс"'
