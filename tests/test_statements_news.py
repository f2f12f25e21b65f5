"""Statements in the forms real news takes (issue 12): institutions without their country, speakers named
by office alone, follow-ups, datelines. Sentences written for these tests; each row is
(lang, published, text, words of the statement, expected speaker key or None, words expected in
details['speaker_found'] or None)."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _statement(a, words):
    found = [st for st in a.statements if words in st.text]
    assert len(found) == 1, [st.text for st in a.statements]
    return found[0]


INSTITUTIONS = [
    # a bare ministry in a report filed from a capital is that capital's
    ("ru", "2021-03-03", "МИНСК, 3 марта (БелТА) – На авиабазу в Лиде прибыли два новых учебных самолета, "
     "сообщило в среду Министерство обороны.", "прибыли два новых", "organization:mod_belarus", "dateline"),
    ("en", "2021-03-03", "MINSK, March 3 (Agency) - Two new trainer jets arrived at the Lida air base, the Defence "
     "Ministry said on Wednesday.", "Two new trainer jets", "organization:mod_belarus", "dateline"),
    ("ru", "2019-06-12", "МОСКВА, 12 июня (Агентство) – Колонна бронетехники завершила марш к полигону, сообщили "
     "в Министерстве обороны.", "Колонна бронетехники", "organization:mod_russia", "dateline"),
    # the same ministry named earlier with its country
    ("ru", "2021-03-03", "Минобороны Белоруссии объявило внезапную проверку боеготовности. Россия направила "
     "наблюдателей. По данным Минобороны, в проверке участвуют три бригады.", "участвуют три бригады",
     "organization:mod_belarus", "earlier"),
    # nothing in the context says whose ministry: unknown, and the details say why
    ("ru", "2021-03-03", "Россия и Белоруссия провели совместные учения у границы. Учения прошли строго по плану, "
     "сообщило Минобороны.", "строго по плану", None, "not clear"),
    # 'в сообщении ведомства': the ministry that spoke just before
    ("ru", "2021-03-03", "МИНСК, 3 марта (БелТА) – Зенитный ракетный полк получил новые радары, сообщило Министерство "
     "обороны. «Расчеты уже приступили к освоению техники», – говорится в сообщении ведомства.",
     "Расчеты уже приступили", "organization:mod_belarus", "last named"),
]


@pytest.mark.parametrize("lang, published, text, words, speaker, found", INSTITUTIONS)
def test_institution_without_its_country(lang, published, text, words, speaker, found):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, words)
    assert st.speaker == speaker
    assert found in (st.details.get("speaker_found") or "")
    assert not any(k.startswith("organization:ministerstvo") or k.startswith("organization:minobor")
                   for k in (x.speaker or "" for x in a.statements))


@pytest.mark.parametrize("lang, text", [
    ("ru", "БРЕСТ, 4 марта (Агентство) – Новый инженерный батальон прибыл на полигон под Брестом."),
    ("en", "BREST, March 4 (Agency) - A new engineer battalion arrived at the range near Brest."),
])
def test_dateline_lead_is_not_a_statement(lang, text):
    a = analyze_text(text + "\n", lang=lang, published="2021-03-04")
    assert a.statements == []


OFFICES = [
    ("ru", "2007-05-16", "Белорусская армия получит новые радары в следующем году, заявил в среду глава белорусского "
     "военного ведомства.", "получит новые радары", "person:maltsev_leonid", "defence minister"),
    ("ru", "2014-12-18", "Россия передаст Белоруссии еще две батареи до конца года, сообщил глава российского "
     "военного ведомства.", "передаст Белоруссии", "person:shoigu_sergei", "defence minister"),
    ("en", "2014-12-16", "Russia will hand over two more batteries to Belarus next year, Russia's defence minister "
     "said on Tuesday.", "two more batteries", "person:shoigu_sergei", "defence minister"),
    # the same office years later has another holder
    ("en", "2021-06-01", "Russia will hand over two more batteries to Belarus next year, Russia's defence minister "
     "said on Tuesday.", "two more batteries", "person:shoigu_sergei", "2021-06-01"),
    ("ru", "2024-09-10", "Россия передаст Белоруссии еще две батареи до конца года, сообщил глава российского "
     "военного ведомства.", "передаст Белоруссии", "person:belousov_andrei", "defence minister"),
    # an office without a country: the dateline says whose
    ("en", "2022-05-03", "MINSK, May 3 (Agency) - The new radars will reach the western border by autumn, the head "
     "of state said on Tuesday.", "new radars", "person:lukashenko_alexander", "dateline"),
    ("ru", "2022-05-03", "МИНСК, 3 мая (Агентство) – Новые радары выйдут к западной границе к осени, заявил глава "
     "государства на встрече с военными.", "Новые радары", "person:lukashenko_alexander", "dateline"),
    # and without one it is nobody's
    ("en", "2022-05-03", "The new radars will reach the western border by autumn, the head of state said on "
     "Tuesday.", "new radars", None, "without a country"),
]


@pytest.mark.parametrize("lang, published, text, words, speaker, found", OFFICES)
def test_speaker_by_office_and_date(lang, published, text, words, speaker, found):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, words)
    assert st.speaker == speaker
    assert found in (st.details.get("speaker_found") or "")


FOLLOW_UPS = [
    ("ru", "2007-05-16", "Белорусская армия получит новые радары в следующем году, заявил в среду глава белорусского "
     "военного ведомства.\n\n«Расчеты для них мы уже готовим», – сказал министр. – «Учебный центр откроется весной».\n\n"
     "Он также отметил, что закупка учебных самолетов отложена.\n\nПо его словам, цена пока не согласована.",
     ["Расчеты для них", "закупка учебных самолетов", "цена пока не согласована"], "person:maltsev_leonid"),
    ("en", "2014-12-16", "Russia will hand over two more batteries to Belarus next year, Russia's defence minister "
     "said on Tuesday.\n\n“The crews are ready,” he said. “Training is over.”\n\nHe added that the contract had been "
     "signed in July.\n\nThe minister went on to say that more systems could follow.",
     ["The crews are ready", "the contract had been", "more systems could follow"], "person:shoigu_sergei"),
]


@pytest.mark.parametrize("lang, published, text, parts, speaker", FOLLOW_UPS)
def test_follow_ups_after_an_office(lang, published, text, parts, speaker):
    a = analyze_text(text + "\n", lang=lang, published=published)
    for words in parts:
        assert _statement(a, words).speaker == speaker, words
    quote = _statement(a, parts[0])
    # a quote split around its attribution is one statement
    assert ("Учебный центр" in quote.text) if lang == "ru" else ("Training is over" in quote.text)


def test_first_person_place_is_not_a_party():
    # the right speaker (Russian) makes 'our' Russian; 'at our plants' is where the work was done, so the
    # transfer still goes to Belarus
    text = ("MINSK, April 2 (Agency) - Two more S-300PS divisions will go on duty in Belarus, Russia's defence "
            "minister said on Tuesday.\n\n\"The first two divisions reached the Grodno region in January, after "
            "repairs at our plants,\" the minister told reporters.\n")
    a = analyze_text(text, lang="en", published="2006-04-04")
    assert {st.speaker for st in a.statements} == {"person:ivanov_sergei"}
    dl = [e for e in a.events if e.kind == "delivery" and e.status == "delivered"]
    assert dl and all(e.roles.get("recipient") == ["country:belarus"] for e in dl)


# A subject set off from its verb by a clause between commas: the speaker stands before the clause, and a name
# inside it ('who received Shoigu') is not the speaker.
APPOSITIVES = [
    ("en", "2013-04-30", "MINSK, April 30 (Agency) - Talks went well. The head of state, who received Shoigu at his "
     "residence near the capital, noted that the new fighters would guard the western border.",
     "the new fighters would guard", "person:lukashenko_alexander"),
    ("en", "2012-06-15", "Russia's president, who chose Minsk for his first trip abroad since taking office, said on "
     "Friday that Moscow would keep selling arms to its ally at domestic prices.", "keep selling arms",
     "person:putin_vladimir"),
    ("en", "2021-03-03", "Viktor Khrenin, speaking at the Obuz-Lesnovsky range on Wednesday, said the new radars would "
     "reach the brigades by June.", "the new radars would reach", "person:khrenin_viktor"),
    ("ru", "2006-06-22", "Российский министр обороны, посетивший полигон во вторник, заявил журналистам, что зенитные "
     "комплексы поступят в следующем году.", "зенитные комплексы поступят", "person:ivanov_sergei"),
    ("ru", "2021-03-03", "Виктор Хренин, выступая на полигоне в среду, сказал, что новые радары поступят в бригады к "
     "июню.", "новые радары поступят", "person:khrenin_viktor"),
    ("ru", "2021-03-03", "Министр обороны Белоруссии, который провел совещание с командирами, заявил, что учения "
     "пройдут осенью.", "учения пройдут осенью", "person:khrenin_viktor"),
]


@pytest.mark.parametrize("lang, published, text, words, speaker", APPOSITIVES)
def test_subject_before_an_appositive_clause(lang, published, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published=published)
    assert _statement(a, words).speaker == speaker


@pytest.mark.parametrize("lang, text, words, speaker", [
    # the participle belongs to the content's noun ('партия ..., полученная'), the speaker follows the verb
    ("ru", "МИНСК, 24 декабря (Агентство) – В войска поступила партия радаров, полученная по соглашению с Россией, "
     "сообщило в пятницу Министерство обороны республики.", "поступила партия радаров", "organization:mod_belarus"),
    # 'which' opens a clause about the content, not a subject's clause: nothing before it speaks
    ("en", "Two batteries, which arrived by rail last week, were put on duty, the Belarusian Defence Ministry said.",
     "Two batteries", "organization:mod_belarus"),
])
def test_a_clause_of_the_content_is_no_appositive(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2021-12-24")
    assert _statement(a, words).speaker == speaker


# A bare role noun taken up again: the office the article spelled out earlier for someone it never named, held by
# one person on the publication date.
EARLIER_OFFICES = [
    ("en", "2024-12-07", "On the sidelines, Russia's defence minister held talks with his Belarusian counterpart "
     "Viktor Khrenin. The Russian minister said afterwards that a fourth battery had been handed over.\n\nHe added "
     "that crews would begin training in the spring.", ["a fourth battery", "crews would begin training"],
     "person:belousov_andrei"),
    ("ru", "2014-12-18", "Глава российского военного ведомства провел переговоры с белорусским коллегой Андреем "
     "Равковым. Российский министр заявил после встречи, что первые дивизионы придут в Белоруссию весной.\n\nОн "
     "также сказал, что контракт уже подписан.", ["первые дивизионы придут", "контракт уже подписан"],
     "person:shoigu_sergei"),
]


@pytest.mark.parametrize("lang, published, text, parts, speaker", EARLIER_OFFICES)
def test_role_noun_takes_up_an_office_named_earlier(lang, published, text, parts, speaker):
    a = analyze_text(text + "\n", lang=lang, published=published)
    for words in parts:
        assert _statement(a, words).speaker == speaker, words
    assert "named earlier" in (_statement(a, parts[0]).details.get("speaker_found") or "")


def test_two_offices_named_earlier_leave_the_role_unknown():
    text = ("Russia's defence minister and Russia's foreign minister met their Belarusian counterparts. The Russian "
            "minister said afterwards that the talks had gone well.")
    a = analyze_text(text + "\n", lang="en", published="2024-12-07")
    assert _statement(a, "the talks had gone well").speaker is None


def test_a_participle_clause_ends_the_stretch_before_that():
    # 'brushing aside a plan that ...': the 'that' belongs to the participle's clause; the content is before
    text = ("MINSK, Oct 8 (Agency) - Belarus has no need for a foreign air base, the head of state told journalists "
            "on Tuesday, brushing aside a plan that Moscow announced last month.")
    a = analyze_text(text + "\n", lang="en", published="2015-10-08")
    st = _statement(a, "no need for a foreign air base")
    assert st.speaker == "person:lukashenko_alexander"
    assert not any("Moscow announced" in x.text for x in a.statements)


def test_the_office_holder_twice_before_is_one_candidate():
    # the same office-found speaker quoted twice and another minister between: 'the Russian minister' is still his
    text = ("Four divisions will go on duty by April, Russia's defence minister said on Tuesday. \"The hardware is "
            "here,\" the minister told reporters. Leonid Maltsev said the crews were ready. Asked about the S-400, "
            "the Russian minister said Moscow would consider a sale.")
    a = analyze_text(text + "\n", lang="en", published="2006-03-28")
    assert _statement(a, "Moscow would consider a sale").speaker == "person:ivanov_sergei"



# A monitoring group (kind=monitoring in organizations.tsv) reports what it saw: it is the speaker, never an
# outlet; 'the group', 'the monitors', 'проект' take it up again.
MONITORS = [
    ("en", "At least 20 tanks left Belarusian storage bases for Russia in May, the Belarusian Hajun monitoring group "
     "said on Sunday. According to the group, most were loaded near Slonim.",
     ["At least 20 tanks", "most were loaded near Slonim"], "organization:hajun"),
    ("en", "Hajun said on Monday that two trains with trucks had left for Russia. Another train with trucks left on Tuesday, the "
     "monitors said.", ["two trains with trucks", "Another train with trucks"], "organization:hajun"),
    ("ru", "В мае из Беларуси в Россию ушло не менее 20 танков, сообщил в воскресенье мониторинговый проект "
     "«Беларускі Гаюн». По данным проекта, большинство танков погрузили под Слонимом.",
     ["не менее 20 танков", "большинство танков погрузили"], "organization:hajun"),
]


@pytest.mark.parametrize("lang, text, parts, speaker", MONITORS)
def test_a_monitoring_group_speaks(lang, text, parts, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2023-06-05")
    for words in parts:
        st = _statement(a, words)
        assert st.speaker == speaker, words
        assert st.channel is None


@pytest.mark.parametrize("lang, text, words", [
    # no monitoring group named: 'the group' stays unknown, and says why
    ("en", "Two trains with tanks left for Russia last week, the group said.", "Two trains with tanks"),
    ("ru", "Два эшелона с танками ушли в Россию, сообщил проект.", "Два эшелона"),
])
def test_the_group_without_a_monitoring_group_is_unknown(lang, text, words):
    a = analyze_text(text + "\n", lang=lang, published="2023-06-05")
    st = _statement(a, words)
    assert st.speaker is None
    assert "monitoring group" in (st.details.get("speaker_found") or "")


# A quote whose attribution stands between dashes inside one pair of marks (Russian typography; English
# reopens its marks, '“A,” he said. “B.”', see FOLLOW_UPS): one statement, its speaker after the verb.
INNER = [
    ("ru", "Бригада получила технику. «Это не подарок, а нормальная работа союзников, – сказал Виктор Хренин. – Все "
     "контракты выполняются в срок».", "Все контракты выполняются", "person:khrenin_viktor"),
    ("ru", "Виктор Хренин посетил бригаду. «Техника уже на месте, – отметил он. – Расчеты готовы к стрельбам».",
     "Расчеты готовы", "person:khrenin_viktor"),
]


@pytest.mark.parametrize("lang, text, words, speaker", INNER)
def test_attribution_between_dashes_inside_a_quote(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2021-03-03")
    st = _statement(a, words)
    assert st.speaker == speaker and st.direct
    first = "Это не подарок" if "подарок" in text else "Техника уже"
    assert first in st.text  # one statement over both halves


def test_a_dash_inside_the_words_is_no_attribution():
    a = analyze_text("Виктор Хренин заявил: «Мы готовы – и это главное, – сказано в приказе».\n", lang="ru",
                     published="2021-03-03")
    assert all(st.speaker in (None, "person:khrenin_viktor") for st in a.statements)


@pytest.mark.parametrize("text, speaker, found", [
    # the role noun governs the genitive institution: the minister speaks, not the ministry
    ("Глава белорусского военного ведомства заявил, что бригада получила новые машины.", "person:khrenin_viktor",
     "defence minister"),
    # no country in the phrase: the ministry the article just named says whose
    ("Пресс-служба Министерства обороны Беларуси сообщила о поставке. Глава военного ведомства заявил, что бригада "
     "получила новые машины.", "person:khrenin_viktor", "the institution the article named"),
    # and with no institution named, nobody
    ("Россия и Белоруссия провели учения. Глава военного ведомства заявил, что бригада получила новые машины.", None,
     "without a country"),
])
def test_head_of_an_institution_is_a_person(text, speaker, found):
    a = analyze_text(text + "\n", lang="ru", published="2020-09-14")
    st = _statement(a, "бригада получила новые машины")
    assert st.speaker == speaker
    assert found in (st.details.get("speaker_found") or "")
    assert not (st.speaker or "").startswith("organization:")


# A denial keeps its verb: the statement is the denial, never what was denied read as the speaker's claim.
DENIALS = [
    ("en", "The Belarusian Defence Ministry on Friday denied that any tanks had been handed over to Russia.",
     "denied that any tanks had been handed over", "organization:mod_belarus"),
    ("en", "The Belarusian Defence Ministry dismissed reports in Polish media that Russian tanks would stay in "
     "Belarus.", "dismissed reports in Polish media", "organization:mod_belarus"),
    ("ru", "В Минобороны Белоруссии опровергли сообщения о том, что российские танки останутся в республике.",
     "опровергли сообщения о том, что российские танки", "organization:mod_belarus"),
    ("en", "Viktor Khrenin called the reports of a new air base a provocation.", "called the reports",
     "person:khrenin_viktor"),
    ("ru", "Виктор Хренин назвал сообщения о новой авиабазе провокацией.", "назвал сообщения о новой авиабазе",
     "person:khrenin_viktor"),
]


@pytest.mark.parametrize("lang, text, words, speaker", DENIALS)
def test_a_denial_keeps_its_verb(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2022-10-24")
    assert _statement(a, words).speaker == speaker


def test_calling_for_is_no_statement():
    a = analyze_text("Viktor Khrenin called for closer military ties with Moscow.\n", lang="en", published="2022-10-24")
    assert a.statements == []


@pytest.mark.parametrize("lang, text, words", [
    # a spokesman speaks for his ministry; 'he' next is the spokesman, not the minister quoted before
    ("en", "Defence Minister Andrei Ravkov said the jets had arrived. A ministry spokesman dismissed reports that Minsk "
     "wanted more jets. \"There are no such talks,\" he said.", "There are no such talks"),
    ("en", "Defence Minister Andrei Ravkov said the jets had arrived. The Belarusian Defence Ministry's spokesman "
     "dismissed reports that Minsk wanted more jets. \"There are no such talks,\" he said.", "There are no such talks"),
    ("ru", "Министр обороны Андрей Равков заявил, что самолеты прибыли. Представитель министерства опроверг "
     "сообщения о новых закупках. «Никаких переговоров о новых самолетах сейчас нет», – сказал он.", "Никаких переговоров"),
])
def test_he_after_a_spokesman_is_the_spokesman(lang, text, words):
    a = analyze_text(text + "\n", lang=lang, published="2018-05-14")
    assert _statement(a, words).speaker != "person:ravkov_andrei"


def test_its_press_service_belongs_to_the_organization_named_last():
    text = ("Hajun said on Sunday that forty tanks had left for Russia. Belarus's Defence Ministry did not respond. In "
            "March, its press service called similar reports a provocation.")
    a = analyze_text(text + "\n", lang="en", published="2024-05-20")
    assert _statement(a, "called similar reports").speaker != "organization:hajun"


@pytest.mark.parametrize("lang, text, words, speaker", [
    # the quote's last word is a negation: the verb after the closing mark still reports it
    ("ru", "«Переговоров о новых самолетах сейчас нет», – сказал Виктор Хренин.", "Переговоров о новых",
     "person:khrenin_viktor"),
    ("en", "\"Will the Russian jets stay in Belarus after the drills? Certainly not,\" said Viktor Khrenin.",
     "Russian jets stay", "person:khrenin_viktor"),
])
def test_a_negation_ending_the_quote_does_not_negate_the_verb(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2021-03-03")
    assert _statement(a, words).speaker == speaker


def test_a_negated_verb_is_no_cue():
    a = analyze_text("Виктор Хренин не сказал, что переговоры идут.\n", lang="ru", published="2021-03-03")
    assert a.statements == []


@pytest.mark.parametrize("lang, text, first, follow", [
    # an office with its country as a noun ('президент России', 'the President of Russia'), then the periphrasis
    # for the same office taking it up
    ("ru", "Во вторник президент России заявил, что до конца года Белоруссия получит пять дивизионов. «Это наш "
     "союзник, и система должна работать в полную силу», – подчеркнул глава государства.", "получит пять дивизионов",
     "Это наш союзник"),
    ("en", "On Tuesday the President of Russia said Belarus would receive five battalions by the end of the year. "
     "\"This is our ally, and the system must work at full strength,\" the head of state stressed.",
     "five battalions", "This is our ally"),
])
def test_office_named_by_its_country_noun_and_taken_up_again(lang, text, first, follow):
    a = analyze_text(text + "\n", lang=lang, published="2010-02-12")
    assert _statement(a, first).speaker == "person:medvedev_dmitry"
    assert _statement(a, follow).speaker == "person:medvedev_dmitry"


def test_head_of_state_with_two_presidents_named_is_unknown():
    a = analyze_text("Putin met Lukashenko in Minsk. The head of state said the talks had gone well.\n", lang="en",
                     published="2024-12-07")
    assert _statement(a, "the talks had gone well").speaker is None


def test_an_outlet_quoting_someone_by_role():
    # '«...», – цитирует министра БелТА': the minister speaks, the agency is the channel
    text = ("Министр обороны Белоруссии Виктор Хренин посетил позиционный район. «Никакой передачи комплекса нашим "
            "вооруженным силам не было и не планируется», – цитирует министра БелТА.")
    a = analyze_text(text + "\n", lang="ru", published="2025-12-22")
    st = _statement(a, "Никакой передачи комплекса")
    assert st.speaker == "person:khrenin_viktor"
    assert st.channel == "organization:belta"


@pytest.mark.parametrize("text, n", [
    # 'spoke' reports words only when a colon introduces them
    ("Viktor Khrenin spoke to reporters at the range on Friday: \"The exercise is defensive and nobody is going to "
     "attack anyone.\"", 1),
    ("After the exercise, which ran smoothly, Viktor Khrenin spoke to the troops at the range.", 0),
])
def test_spoke_with_a_colon(text, n):
    a = analyze_text(text + "\n", lang="en", published="2025-09-17")
    assert len(a.statements) == n
    assert all(st.speaker == "person:khrenin_viktor" for st in a.statements)


@pytest.mark.parametrize("lang, text, words", [
    # a leader's press service is its own institution, never the Kremlin as such nor the leader
    ("en", "The Kremlin press office said in a statement that the leaders had also discussed gas deliveries.",
     "discussed gas deliveries"),
    ("ru", "Пресс-служба Кремля сообщила, что лидеры также обсудили поставки газа.", "обсудили поставки газа"),
])
def test_kremlin_press_office(lang, text, words):
    a = analyze_text(text + "\n", lang=lang, published="2024-12-07")
    assert _statement(a, words).speaker == "organization:pres_press_russia"


def test_the_minister_with_an_unnamed_minister_of_another_country_in_view_is_unknown():
    text = ("Belarus's defence minister watched the drills together with his Russian counterpart, Sergei Shoigu.\n\n"
            "The minister also said Belarus had signed a contract for four more trainers.")
    a = analyze_text(text + "\n", lang="en", published="2019-09-20")
    assert _statement(a, "signed a contract for four more").speaker is None


def test_a_name_set_off_after_a_long_clause_is_no_subject():
    # 'he' is not Shoigu, named in apposition to the object of a sentence whose subject is a role
    text = ("Belarus's defence minister watched the main stage of the exercise on Thursday together with his Russian "
            "counterpart, Sergei Shoigu.\n\n\"The aircraft are ready and our pilots are trained,\" he told reporters.")
    a = analyze_text(text + "\n", lang="en", published="2019-09-20")
    assert _statement(a, "The aircraft are ready").speaker != "person:shoigu_sergei"


def test_he_long_after_a_spokesman_is_unknown():
    text = ("Defence Minister Andrei Ravkov said the jets had arrived. \"The purchase is the biggest in years,\" a "
            "ministry spokesman said.\n\nRussia sees no obstacles to more sales, the director of a Russian agency "
            "(FSVTS) told reporters at a conference. He added that crews could be trained at Russian ranges.")
    a = analyze_text(text + "\n", lang="en", published="2018-05-14")
    assert _statement(a, "crews could be trained").speaker is None


def test_a_ministry_telegram_channel_is_the_ministry():
    text = ("МИНСК, 14 апреля (Агентство) – Расчеты зенитной ракетной системы заступили на боевое дежурство, сообщил "
            "в пятницу Telegram-канал Министерства обороны республики.")
    a = analyze_text(text + "\n", lang="ru", published="2023-04-14")
    assert _statement(a, "Расчеты зенитной").speaker == "organization:mod_belarus"


# A role noun after the group's name and before the person's ('Hajun founder Anton Motolko said'); the role
# alone ('the group's founder said') names nobody and stays unknown.
GROUP_ROLE_BEFORE_NAME = [
    ("en", "The pace had slowed since the autumn, Hajun founder Anton Motolko said on Sunday.",
     "The pace had slowed", "person:motolko_anton"),
    ("en", "\"We have seen nothing come back,\" Hajun co-founder Anton Motolko told reporters.",
     "seen nothing come back", "person:motolko_anton"),
    ("en", "Exports would grow next year, Rosoboronexport founder Alexander Mikheev said.",
     "Exports would grow", "person:mikheev_alexander"),
    ("en", "The pace had slowed since the autumn, the group's founder said.", "The pace had slowed", None),
    ("ru", "Темп отправок снизился, сказал основатель «Гаюна» Антон Моталько.", "Темп отправок", "person:motolko_anton"),
    ("ru", "Темп отправок снизился, сообщил координатор проекта Антон Мотолько.", "Темп отправок",
     "person:motolko_anton"),
    ("ru", "Темп отправок снизился, сказал основатель проекта.", "Темп отправок", None),
]


@pytest.mark.parametrize("lang, text, words, speaker", GROUP_ROLE_BEFORE_NAME)
def test_a_role_noun_between_group_and_name(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2023-04-03")
    assert _statement(a, words).speaker == speaker


# A split quote whose attribution between dashes names, in quote marks, the outlet the words were said to: the
# quoted name does not end the quote, the speaker is the person after it. Any other quote mark there still does.
SPLIT_QUOTE_WITH_QUOTED_OUTLET = [
    ("«Это уже не разовые отправки, а система, – сказал «Белсату» основатель проекта Антон Моталько. – За две "
     "недели мы насчитали больше техники, чем за весь май».", "не разовые отправки", "person:motolko_anton"),
    ("«Техника уже на месте, – заявил «Известиям» министр обороны Виктор Хренин. – Расчеты готовы к дежурству».",
     "Техника уже на месте", "person:khrenin_viktor"),
    ("«Все идет по плану, – сказал в интервью «Российской газете» Сергей Шойгу. – К осени работа будет "
     "закончена».", "Все идет по плану", "person:shoigu_sergei"),
]


@pytest.mark.parametrize("text, words, speaker", SPLIT_QUOTE_WITH_QUOTED_OUTLET)
def test_a_quoted_outlet_inside_a_split_quote(text, words, speaker):
    a = analyze_text(text + "\n", lang="ru", published="2022-07-18")
    st = _statement(a, words)
    assert st.speaker == speaker
    assert st.details.get("rule") == "inner_quotes:between_dashes"


# A quote, then the document or outlet that quotes someone: '"...," the statement quoted X as saying',
# '«...», – приводятся в сообщении слова X'. The speaker is the person quoted, never the document or outlet; a
# role alone ('слова помощника министра') leaves him unknown, and the details say why.
QUOTED_AFTER_QUOTE = [
    ("en", "\"The systems will be sent to the units in the coming days,\" the statement quoted Defence Minister "
     "Viktor Khrenin as saying.", "sent to the units", "person:khrenin_viktor"),
    ("en", "\"Our crews have already fired the new missiles at the range,\" the ministry quoted Khrenin as saying.",
     "Our crews have already", "person:khrenin_viktor"),
    ("en", "\"The systems will be sent to the units in the coming days,\" the statement quoted a ministry official "
     "as saying.", "sent to the units", None),
    ("ru", "«В ближайшие дни комплексы распределят по частям и базам», – приводятся в сообщении слова министра "
     "обороны Виктора Хренина.", "распределят по частям", "person:khrenin_viktor"),
    ("ru", "«Расчеты уже отработали стрельбы на полигоне», – приводит ТАСС слова Сергея Шойгу.",
     "Расчеты уже отработали", "person:shoigu_sergei"),
    ("ru", "«В ближайшие дни комплексы распределят по частям и базам», – приводятся в сообщении слова помощника "
     "министра.", "распределят по частям", None),
]


@pytest.mark.parametrize("lang, text, words, speaker", QUOTED_AFTER_QUOTE)
def test_a_quote_then_who_quoted_it(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2022-12-24")
    st = _statement(a, words)
    assert st.speaker == speaker
    assert st.direct
    assert st.details.get("rule") == "constructions:quoted_after_quote"
    if speaker is None:
        assert "role only" in st.details.get("speaker_found", "")


@pytest.mark.parametrize("lang, text, words", [
    ("ru", "МИНСК, 24 декабря – Полк получил новые комплексы, сообщило в пятницу Министерство обороны. «Комплексы "
     "распределят по частям в ближайшие дни», – приводятся в сообщении слова министра обороны Виктора Хренина.",
     "распределят по частям"),
    ("en", "MINSK, Dec 24 - The regiment received new systems, the Defence Ministry said on Friday. \"The systems "
     "will be sent to the units in the coming days,\" the statement quoted Viktor Khrenin as saying.",
     "sent to the units"),
])
def test_words_quoted_in_the_statement_take_its_date(lang, text, words):
    a = analyze_text(text + "\n", lang=lang, published="2022-12-24")
    st = _statement(a, words)
    assert st.speaker == "person:khrenin_viktor"
    assert st.date.value == "2022-12-23"


# An office named through its institution, with or without the institution's abbreviation in brackets: the
# institution gives the office its country (FSVTS is Russian), and the knowledge base names the one holder even
# where it spells the office out in full. When two people held it that year, the speaker stays unknown.
OFFICE_OF_A_NAMED_INSTITUTION = [
    ("en", "2019-06-21", "Russia sees no obstacles to supplying S-400 systems to Belarus, the director of the "
     "Federal Service for Military-Technical Cooperation (FSVTS) told reporters on Tuesday.", "sees no obstacles",
     "person:shugaev_dmitry"),
    ("en", "2019-06-21", "Russia sees no obstacles to supplying S-400 systems to Belarus, the FSVTS director told "
     "reporters on Tuesday.", "sees no obstacles", "person:shugaev_dmitry"),
    ("ru", "2019-06-21", "Директор Федеральной службы по военно-техническому сотрудничеству (ФСВТС) заявил "
     "журналистам, что Россия не видит препятствий для поставок.", "не видит препятствий", "person:shugaev_dmitry"),
    ("en", "2012-06-21", "Russia sees no obstacles to supplying S-400 systems to Belarus, the director of the "
     "Federal Service for Military-Technical Cooperation (FSVTS) told reporters on Tuesday.", "sees no obstacles",
     None),
]


@pytest.mark.parametrize("lang, published, text, words, speaker", OFFICE_OF_A_NAMED_INSTITUTION)
def test_an_office_of_a_named_institution(lang, published, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, words)
    assert st.speaker == speaker
    if speaker is None:
        assert "no single holder" in st.details.get("speaker_found", "")


# A role noun governing an institution after the verb or before it ('заявил директор ФСВТС', 'the head of the
# FSVTS said'): the office holder speaks, resolved through the knowledge base's dated roles; with no single holder
# at the article's date the speaker is unknown and the details say why. Never the institution.
ROLE_OF_AN_INSTITUTION = [
    ("ru", "2019-06-21", "Россия не видит препятствий для поставок систем С-400 в Белоруссию, заявил директор ФСВТС.",
     "person:shugaev_dmitry", "held by one person"),
    ("ru", "2019-06-21", "Россия не видит препятствий для поставок систем С-400 в Белоруссию, сообщил во вторник "
     "глава ФСВТС.", "person:shugaev_dmitry", "held by one person"),
    ("ru", "2019-06-21", "Директор ФСВТС заявил, что Россия не видит препятствий для поставок систем С-400 в "
     "Белоруссию.", "person:shugaev_dmitry", "held by one person"),
    ("ru", "2012-06-21", "Россия не видит препятствий для поставок систем С-400 в Белоруссию, заявил директор ФСВТС.",
     None, "no single holder"),
    # a deputy: the genitive 'директора' is governed by 'заместитель'; nobody in the knowledge base holds it
    ("ru", "2019-06-21", "Россия не видит препятствий для поставок систем С-400 в Белоруссию, заявил заместитель "
     "директора ФСВТС.", None, "no single holder"),
    ("en", "2019-06-21", "Russia sees no obstacles to supplying S-400 systems to Belarus, said the head of the FSVTS.",
     "person:shugaev_dmitry", "held by one person"),
    ("en", "2019-06-21", "Russia sees no obstacles to supplying S-400 systems to Belarus, the head of the FSVTS said.",
     "person:shugaev_dmitry", "held by one person"),
    ("en", "2012-06-21", "Russia sees no obstacles to supplying S-400 systems to Belarus, said the director of the "
     "FSVTS.", None, "no single holder"),
]


@pytest.mark.parametrize("lang, published, text, speaker, found", ROLE_OF_AN_INSTITUTION)
def test_a_role_noun_before_an_institution_is_its_office_holder(lang, published, text, speaker, found):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, "S-400" if lang == "en" else "С-400")
    assert st.speaker == speaker
    assert found in (st.details.get("speaker_found") or "")
    assert st.speaker != "organization:fsvts"


@pytest.mark.parametrize("lang, text", [
    # a voice of the institution speaks for it: still the institution
    ("ru", "Россия не видит препятствий для поставок систем С-400 в Белоруссию, заявила пресс-служба ФСВТС."),
    ("ru", "Россия не видит препятствий для поставок систем С-400 в Белоруссию, сообщили в ФСВТС."),
])
def test_a_voice_of_an_institution_is_still_the_institution(lang, text):
    a = analyze_text(text + "\n", lang=lang, published="2019-06-21")
    st = _statement(a, "С-400")
    assert st.speaker == "organization:fsvts"


# a possessive institution with its country before it: "Belarus's Defence Ministry's spokesman", "the director of
# Russia's Federal Service ...": the statement is found; a voice of the institution is the institution, an office
# is its one holder at the article's date in the knowledge base, else unknown with the reason
POSSESSIVE_INSTITUTION = [
    ("2021-03-03", "Belarus's Defence Ministry's spokesman said on Monday that two Iskander battalions had arrived "
     "at the range.", "two Iskander battalions", "organization:mod_belarus", "named in the phrase"),
    ("2021-03-03", "Russia's Defence Ministry's press service said on Tuesday that the joint drills would begin next "
     "week.", "the joint drills would begin", "organization:mod_russia", "named in the phrase"),
    ("2021-03-03", "Russia's defence ministry said in a statement that the joint drills would begin next week.",
     "the joint drills would begin", "organization:mod_russia", None),
    ("2021-03-03", "The director of Russia's Federal Service for Military-Technical Cooperation told reporters that "
     "Belarus would receive four more fighters.", "Belarus would receive four", "person:shugaev_dmitry",
     "held by one person on 2021-03-03"),
    ("2014-06-10", "The head of Russia's Federal Service for Military-Technical Cooperation said on Tuesday that "
     "Minsk would get new air defence systems.", "Minsk would get new", "person:fomin_alexander",
     "held by one person on 2014-06-10"),
    # the service had no director in the knowledge base at that date: unknown, never the service
    ("1995-05-05", "The director of Russia's Federal Service for Military-Technical Cooperation told reporters that "
     "Belarus would receive four more fighters.", "Belarus would receive four", None, "no single holder"),
]


@pytest.mark.parametrize("published, text, words, speaker, found", POSSESSIVE_INSTITUTION)
def test_a_possessive_institution_with_its_country(published, text, words, speaker, found):
    a = analyze_text(text + "\n", lang="en", published=published)
    st = _statement(a, words)
    assert st.speaker == speaker
    if found:
        assert found in (st.details.get("speaker_found") or "")


# An office of two forces joined by 'и'/'and' is one office ('командующий ВВС и войсками ПВО Белоруссии'),
# resolved through the knowledge base's dated roles like any other.
TWO_FORCES_OFFICE = [
    ("ru", "«Машины уже летают», – сказал на церемонии командующий ВВС и войсками ПВО Белоруссии.", "Машины уже"),
    ("ru", "Самолеты уже летают, заявил командующий Военно-воздушными силами и войсками противовоздушной обороны "
     "Белоруссии.", "Самолеты уже"),
    ("en", "\"The aircraft are already flying,\" the commander of the Air Force and Air Defence Forces of Belarus said "
     "at the ceremony.", "aircraft are already"),
]


@pytest.mark.parametrize("lang, text, words", TWO_FORCES_OFFICE)
def test_an_office_of_two_forces(lang, text, words):
    a = analyze_text(text + "\n", lang=lang, published="2015-04-28")
    st = _statement(a, words)
    assert st.speaker == "person:dvigalev_oleg"
    assert "held by one person" in st.details["speaker_found"]
    # the same office two years later has another holder
    later = analyze_text(text + "\n", lang=lang, published="2019-04-28")
    assert _statement(later, words).speaker == "person:golub_igor"


# An envoy: the knowledge base holds several ambassadors of one country at a date; the host the phrase names
# ('in Minsk', 'в Белоруссии', 'to Belarus'), or the one other country the article names (itself or through a
# place in it), tells them apart. Two hosts in view: unknown.
ENVOYS = [
    ("en", "2016-02-17", "Russia's ambassador in Minsk said on the same day that Moscow fully relies on its suppliers.",
     "Moscow fully relies", "person:surikov_alexander"),
    ("ru", "2016-02-17", "Посол России в Белоруссии заявил, что Москва полностью полагается на поставщиков.",
     "Москва полностью", "person:surikov_alexander"),
    ("en", "2020-09-14", "The Russian ambassador to Belarus said the carriers were a normal delivery.",
     "normal delivery", "person:mezentsev_dmitry"),
    ("en", "2020-09-14", "Fifteen carriers reached the brigade in Brest. \"This is normal work between allies,\" the "
     "Russian ambassador said at the ceremony.", "normal work", "person:mezentsev_dmitry"),
    ("ru", "2020-09-14", "Пятнадцать машин прибыли в бригаду в Бресте. «Это нормальная работа двух союзников», – сказал "
     "российский посол.", "нормальная работа", "person:mezentsev_dmitry"),
    # Belarus (through Brest) and the United States both in view: which ambassador is not clear
    ("en", "2020-09-14", "Fifteen carriers reached the brigade in Brest. \"This is normal work between allies,\" the "
     "Russian ambassador said, adding that the United States had no say.", "normal work", None),
    ("ru", "2020-09-14", "Пятнадцать машин прибыли в бригаду в Бресте. «Это нормальная работа двух союзников», – сказал "
     "российский посол. Соединенные Штаты это осудили.", "нормальная работа", None),
]


@pytest.mark.parametrize("lang, published, text, words, speaker", ENVOYS)
def test_an_envoy_told_apart_by_the_host(lang, published, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, words)
    assert st.speaker == speaker
    assert ("held by one person" if speaker else "unknown") in st.details["speaker_found"]


# 'adding' / 'добавив' after a comma is a second attribution by the same speaker (RULES: "X noted ..., adding that
# «...»" gives 2), also after a denial with a noun-phrase object; any other participle ('saying', 'denying',
# 'заявив') elaborates the same attribution and stays in its statement.
PARTICIPLE_ATTRIBUTIONS = [
    ("en", "Viktor Khrenin said the radars had arrived, adding that crews were already training.",
     "the radars had arrived", "crews were already training", "person:khrenin_viktor"),
    ("en", "The Belarusian Defence Ministry on Wednesday dismissed reports that Russian equipment would stay in "
     "Belarus, adding that every vehicle had been loaded onto trains bound for Russia.", "dismissed reports that",
     "every vehicle had been loaded", "organization:mod_belarus"),
    ("ru", "Виктор Хренин заявил, что радары прибыли, добавив, что расчеты уже проходят обучение.", "радары прибыли",
     "расчеты уже проходят", "person:khrenin_viktor"),
    ("ru", "Министерство обороны Белоруссии опровергло сообщения о том, что российская техника останется в стране, "
     "добавив, что все машины погружены в эшелоны.", "опровергло сообщения", "все машины погружены",
     "organization:mod_belarus"),
]


@pytest.mark.parametrize("lang, text, first, second, speaker", PARTICIPLE_ATTRIBUTIONS)
def test_adding_after_a_comma_is_a_second_attribution(lang, text, first, second, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2009-09-30")
    one, two = _statement(a, first), _statement(a, second)
    assert one is not two and second not in one.text
    assert one.speaker == two.speaker == speaker


@pytest.mark.parametrize("lang, text, words", [
    ("en", "A Kremlin spokeswoman said no request for the missiles had been received from Minsk, denying a report in "
     "a Moscow daily that the two sides were discussing the system.", "denying a report"),
    ("en", "The ministry dismissed reports that Russian equipment would stay in Belarus, saying every vehicle had been "
     "loaded onto trains.", "every vehicle had been"),
    ("ru", "Министерство обороны Белоруссии опровергло сообщения о том, что российская техника останется в стране, "
     "заявив, что все машины погружены в эшелоны.", "все машины погружены"),
])
def test_an_elaborating_participle_stays_in_its_statement(lang, text, words):
    a = analyze_text(text + "\n", lang=lang, published="2009-09-30")
    assert len(a.statements) == 1 and words in a.statements[0].text


@pytest.mark.parametrize("lang, text", [
    # no comma before the participle: 'добавив' opening the sentence is no second attribution of anyone
    ("en", "Protesters held a banner adding that Belarus needs no foreign bases."),
    ("ru", "Добавив в список новые системы, министерство опубликовало его на сайте."),
])
def test_a_participle_without_a_comma_reports_nothing(lang, text):
    a = analyze_text(text + "\n", lang=lang, published="2009-09-30")
    assert a.statements == []


# A verb that is part of its content keeps its auxiliary and adverbs ('has previously dismissed such reports'),
# and those words do not part the subject from the verb.
@pytest.mark.parametrize("text, words", [
    ("The Belarusian Defence Ministry has repeatedly denied sending weapons to Russia.",
     "has repeatedly denied sending weapons"),
    ("The Belarusian Defence Ministry did not reply. Its press service has in the past dismissed similar reports as "
     "\"fakes\" spread by hostile channels.", "has in the past dismissed similar reports"),
    ("The ministry did not comment on the transfers; Belarus's Defence Ministry has previously dismissed such reports "
     "as \"fakes.\"", "has previously dismissed such reports"),
])
def test_a_denial_keeps_its_auxiliary(text, words):
    a = analyze_text(text + "\n", lang="en", published="2023-04-03")
    st = _statement(a, words)
    assert st.text.startswith(words)
    assert st.speaker == "organization:mod_belarus"


# An institution the knowledge base does not know by the article's spelling ('Defense Ministry'), with its country
# written before it, is the knowledge base's institution of that country when a later phrase takes it up ('its
# press service'); with two such institutions of different countries, unknown.
@pytest.mark.parametrize("text, speaker", [
    ("Hajun said forty tanks had left for Russia. Belarus's Defense Ministry did not respond to a request for "
     "comment. In March, its press service called similar reports \"an information provocation.\"",
     "organization:mod_belarus"),
    ("Hajun said forty tanks had left for Russia. Russia's Defense Ministry and Belarus's Defense Ministry did not "
     "respond. In March, its press service called similar reports \"an information provocation.\"", None),
])
def test_its_press_service_of_an_institution_named_with_its_country(text, speaker):
    a = analyze_text(text + "\n", lang="en", published="2024-05-19")
    assert _statement(a, "called similar reports").speaker == speaker


# 'it' / 'оно' after an institution that spoke in the sentence before is that institution; with another
# organization named in between, or further back, unknown.
@pytest.mark.parametrize("lang, text, words, speaker", [
    ("en", "The Belarusian Defence Ministry has repeatedly denied sending weapons to Russia. In September it called "
     "such reports \"fake news spread by hostile media\".", "fake news spread", "organization:mod_belarus"),
    ("ru", "Министерство обороны Белоруссии опровергло сообщения о передаче танков России. Оно также заявило, что все "
     "машины остаются на базах хранения.", "все машины остаются", "organization:mod_belarus"),
    ("en", "The Belarusian Defence Ministry has repeatedly denied sending weapons to Russia. Rosoboronexport declined "
     "to comment. In September it said that such reports were fake news.", "such reports were fake", None),
])
def test_it_after_an_institution(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2022-11-02")
    assert _statement(a, words).speaker == speaker


# 'it'/'оно' is not the institution when a document or treaty that could be its subject was named in between, or
# when it 'says'/'states' in the present like a text; 'said in a statement' (after a preposition) is no subject.
@pytest.mark.parametrize("lang, text, words, speaker", [
    ("en", "The Belarusian Defence Ministry said a new treaty was signed on Monday. It says that Russia will keep "
     "command of the Iskander units.", "Russia will keep command", None),
    ("en", "The Belarusian Defence Ministry said the agreement was published on Friday. It states that the S-400 "
     "systems will remain under Russian command.", "the S-400 systems will remain", None),
    ("en", "The Belarusian Defence Ministry said a joint report was ready. It said that two of the radars needed "
     "repairs.", "two of the radars", None),
    ("ru", "Министерство обороны Белоруссии сообщило, что соглашение вступило в силу. Оно также указывает, что "
     "командование останется за Россией.", "командование останется", None),
    ("en", "The Belarusian Defence Ministry said in a statement that the drills were over. It also said that the "
     "troops would return home.", "the troops would return", "organization:mod_belarus"),
])
def test_it_after_a_document_named_since_the_institution(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2022-11-02")
    assert _statement(a, words).speaker == speaker


# A quote introduced by its speaker and a colon, with no reporting verb ('Shoigu was upbeat: "..."'); the speaker
# opens the sentence and the predicate is short. Follow-ups take it up like any other statement.
COLON_LEADS = [
    ("en", "2019-09-19", "Shoigu was upbeat: \"Our armies think and act as one. What we have seen here proves it.\"",
     "Our armies think", "person:shoigu_sergei"),
    ("en", "2019-06-26", "The Belarusian defence minister was blunt about priorities: \"Air defence comes first. We "
     "have to close the western direction.\"", "Air defence comes first", "person:ravkov_andrei"),
    ("ru", "2021-03-03", "Виктор Хренин был краток: «Никакой передачи комплекса нашим вооруженным силам не было».",
     "Никакой передачи", "person:khrenin_viktor"),
    ("ru", "2014-03-12", "В Кремле ситуацию прокомментировали коротко. Пресс-секретарь президента Дмитрий Песков: «Это "
     "плановые меры, продиктованные обстановкой».", "Это плановые меры", "person:peskov_dmitry"),
]


@pytest.mark.parametrize("lang, published, text, words, speaker", COLON_LEADS)
def test_a_speaker_and_a_colon_introduce_a_quote(lang, published, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, words)
    assert st.speaker == speaker and st.direct
    assert st.details["rule"] == "constructions:colon_lead"


# The predicate before the colon says how the speaker was or spoke, or what about ('was in an upbeat mood', 'sounded
# confident', 'был настроен оптимистично', 'о поставках'); a verb acting on something ('read out the letter', 'привел
# слова') makes the quote that thing's words, never the subject's.
@pytest.mark.parametrize("lang, published, text, words, speaker", [
    ("en", "2019-09-19", "Shoigu was in an upbeat mood: \"Our armies think and act as one, and we are proud of it.\"",
     "Our armies think", "person:shoigu_sergei"),
    ("en", "2019-09-19", "Shoigu sounded confident: \"Our armies think and act as one, and we are proud of it.\"",
     "Our armies think", "person:shoigu_sergei"),
    ("en", "2019-09-19", "Russia's defence minister was blunt: \"Our armies think and act as one, and we are proud.\"",
     "Our armies think", "person:shoigu_sergei"),
    ("ru", "2019-09-19", "Шойгу был настроен оптимистично: «Наши армии думают и действуют как одна».",
     "Наши армии думают", "person:shoigu_sergei"),
    ("ru", "2019-09-19", "Шойгу о поставках: «Все комплексы будут переданы в срок до конца года».",
     "Все комплексы будут", "person:shoigu_sergei"),
    ("en", "2021-03-03", "Viktor Khrenin on the air base: \"There will be no Russian base on our soil, full stop.\"",
     "There will be no", "person:khrenin_viktor"),
    ("ru", "2021-03-03", "Виктор Хренин уверен: «Никакой российской базы на нашей земле не будет».",
     "Никакой российской базы", "person:khrenin_viktor"),
])
def test_a_colon_lead_saying_how_the_speaker_was(lang, published, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published=published)
    st = _statement(a, words)
    assert st.speaker == speaker and st.details["rule"] == "constructions:colon_lead"


@pytest.mark.parametrize("lang, published, text, words, subject", [
    # the reviewer's sentences
    ("ru", "2021-03-03", "Шойгу привел слова Лукашенко: «Мы купим новые комплексы в следующем году».", "Мы купим",
     "person:shoigu_sergei"),
    ("en", "2021-03-03", "Lukashenko read out the letter from Putin: \"We will supply the systems to Belarus next year.\"",
     "We will supply", "person:lukashenko_alexander"),
    ("ru", "2021-03-03", "Лукашенко процитировал лозунг: «Армия и народ едины навсегда и везде».", "Армия и народ",
     "person:lukashenko_alexander"),
    ("en", "2021-03-03", "Lukashenko hung a poster in the hall: \"Our army is strong and ready for anything.\"",
     "Our army is strong", "person:lukashenko_alexander"),
    ("en", "2021-03-03", "Lukashenko signed a decree with a clear title: \"On the purchase of new air defence systems.\"",
     "On the purchase", "person:lukashenko_alexander"),
    ("ru", "2021-03-03", "Лукашенко подписал указ с говорящим названием: «О закупке новых зенитных ракетных комплексов».",
     "О закупке новых", "person:lukashenko_alexander"),
    # rewordings: other verbs acting on a text or a thing, a progressive
    ("en", "2021-03-03", "Viktor Khrenin quoted the Russian minister: \"Our armies think and act as one, always.\"",
     "Our armies think", "person:khrenin_viktor"),
    ("en", "2021-03-03", "Lukashenko was reading out a telegram from Moscow: \"The systems will arrive in spring.\"",
     "The systems will arrive", "person:lukashenko_alexander"),
    ("ru", "2021-03-03", "Виктор Хренин зачитал обращение российского министра: «Наши армии думают и действуют как одна».",
     "Наши армии думают", "person:khrenin_viktor"),
    ("ru", "2021-03-03", "Лукашенко показал журналистам плакат: «Армия и народ едины навсегда и везде».",
     "Армия и народ", "person:lukashenko_alexander"),
])
def test_a_colon_after_a_verb_acting_on_something_is_not_the_subjects_words(lang, published, text, words, subject):
    a = analyze_text(text + "\n", lang=lang, published=published)
    assert [st.speaker for st in a.statements if words in st.text and st.speaker == subject] == []


def test_a_pronoun_after_a_colon_lead_is_its_speaker():
    text = ("The Belarusian defence minister was blunt about priorities: \"Air defence comes first. We have to close "
            "the western direction.\"\n\nHe said Belarus expected to take delivery of its sixth battery before the end "
            "of the year.\n\nAccording to the minister, Minsk has also asked Moscow for a price offer. \"We will look "
            "at the figures and then decide,\" he added.")
    a = analyze_text(text + "\n", lang="en", published="2019-06-26")
    assert {st.speaker for st in a.statements} == {"person:ravkov_andrei"}
    assert len(a.statements) == 4


@pytest.mark.parametrize("lang, text", [
    # no speaker opens the sentence, or the quoted words are names, not words said
    ("en", "The plan has three parts: \"Tor\", \"Buk\" and \"Pantsir\"."),
    ("en", "The question is simple: \"Who will pay for the new systems now?\""),
    ("ru", "Учения получили название: «Щит Союза-2021 и его важные этапы»."),
])
def test_a_colon_without_a_speaker_is_no_statement(lang, text):
    a = analyze_text(text + "\n", lang=lang, published="2021-03-03")
    assert a.statements == []


# 'по словам X' with an office whose country is a noun at its end, and 'как отметил X' after the words; an envoy
# is never one posted to a country the phrase or the article does not name.
@pytest.mark.parametrize("lang, text, words, speaker", [
    ("ru", "По словам министра обороны России, поставки продолжатся в следующем году.", "поставки продолжатся",
     "person:shoigu_sergei"),
    ("ru", "Поставки продолжатся в следующем году, как отметил министр обороны России.", "Поставки продолжатся",
     "person:shoigu_sergei"),
    ("ru", "Поставки продолжатся в следующем году, как сообщил Виктор Хренин.", "Поставки продолжатся",
     "person:khrenin_viktor"),
    # 2021-06-01: the knowledge base holds no Russian ambassador to Belarus, only the one to the United States
    ("ru", "По словам посла России в Белоруссии, поставки продолжатся в следующем году.", "поставки продолжатся", None),
    ("en", "Deliveries will continue, the Russian ambassador said in Minsk.", "Deliveries will continue", None),
    ("en", "Deliveries will continue, the Russian ambassador to the United States said.", "Deliveries will continue",
     "person:antonov_anatoly"),
])
def test_offices_in_according_and_as_frames(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2021-06-01")
    assert _statement(a, words).speaker == speaker


# A surname alone right after a closing quote ('"...changed that," Zhuk said'): the word before it is the quote's
# own ('that'), not a relative pronoun; the split quote that follows is the same statement.
@pytest.mark.parametrize("lang, text, words, rest", [
    ("en", "Viktar Zhuk runs the plant.\n\n\"Russia is our main customer, and the crisis has not changed that,\" Zhuk "
     "said. \"We work on long-term contracts.\"", "Russia is our main customer", "long-term contracts"),
    ("en", "Viktor Khrenin visited the range.\n\n\"The radars are what we asked for,\" Khrenin said. \"The crews are "
     "ready.\"", "The radars are what", "The crews are ready"),
    ("ru", "Виктор Хренин посетил полигон.\n\n«Радары придут к нам в июне, и расчеты готовы к этому», – Хренин сказал. "
     "– «Учебный центр откроется весной».", "Радары придут", "Учебный центр"),
])
def test_a_surname_after_a_quote_ending_in_a_function_word(lang, text, words, rest):
    a = analyze_text(text + "\n", lang=lang, published="2016-02-17")
    st = _statement(a, words)
    assert st.speaker in ("person:zhuk_viktor", "person:khrenin_viktor")
    assert rest in st.text


# 'according to its chief designer, Dzmitry Savich' / 'по словам министра обороны, Виктора Хренина': the name set off
# after the role is the speaker; a role alone stays a role.
@pytest.mark.parametrize("lang, text, words, speaker", [
    ("en", "Peleng, the Minsk-based optics maker, shipped about 300 sights to Uralvagonzavod last year, according to its "
     "chief designer, Dzmitry Savich.", "shipped about 300 sights", "person:savich_dmitri"),
    ("ru", "Поезда с техникой ушли в понедельник, по словам министра обороны, Виктора Хренина.", "Поезда с техникой",
     "person:khrenin_viktor"),
    ("en", "The plant shipped 300 sights last year, according to its director, and Savich agreed.",
     "The plant shipped", None),
])
def test_according_to_a_role_and_the_name_after_it(lang, text, words, speaker):
    a = analyze_text(text + "\n", lang=lang, published="2021-03-03")
    assert _statement(a, words).speaker == speaker
