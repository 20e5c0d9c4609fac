"""People with titles, and titles read into the visitor roles of the SPEC."""

from __future__ import annotations

import pytest

from pipeline.extract.people import Person, role_of, titled_people


def people(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.title, role_of(p.title)) for p in titled_people(text)]


def one(text: str) -> Person:
    found = titled_people(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, name, title, role", [
    ("Prime Minister Shinzo Abe visited Warsaw in 2017.", "Shinzo Abe", "Prime Minister", "head_of_government"),
    ("In 2015, prime minister António Costa arrived in Brasília.", "António Costa", "prime minister", "head_of_government"),
    ("Japanese Foreign Minister Taro Kono arrived in Warsaw.", "Taro Kono", "Foreign Minister", "foreign_minister"),
    ("Canadian foreign minister Mélanie Joly flew to Oslo.", "Mélanie Joly", "foreign minister", "foreign_minister"),
    ("The then-Minister of Foreign Affairs Radosław Sikorski travelled to Tokyo.",
     "Radosław Sikorski", "then-Minister of Foreign Affairs", "foreign_minister"),
    ("Minister for Foreign Affairs Espen Barth Eide visited Ottawa.",
     "Espen Barth Eide", "Minister for Foreign Affairs", "foreign_minister"),
    ("Foreign Secretary Ana Paula Zacarias met the delegation.", "Ana Paula Zacarias", "Foreign Secretary", "foreign_minister"),
    ("External Affairs Minister S. Jaishankar visited Ottawa.", "S. Jaishankar", "External Affairs Minister", "foreign_minister"),
    ("Minister of State for External Affairs Preneet Kaur visited Ottawa.",
     "Preneet Kaur", "Minister of State for External Affairs", "minister"),
    ("Minister of Defence Anita Anand visited Oslo.", "Anita Anand", "Minister of Defence", "minister"),
    ("Polish Defence Minister Mariusz Błaszczak visited Tokyo.", "Mariusz Błaszczak", "Defence Minister", "minister"),
    ("Deputy President Paul Mashatile visited Brasília.", "Paul Mashatile", "Deputy President", "other"),
    ("Deputy Prime Minister Chrystia Freeland visited Oslo.", "Chrystia Freeland", "Deputy Prime Minister", "other"),
    ("Vice President Geraldo Alckmin visited Lisbon.", "Geraldo Alckmin", "Vice President", "other"),
    ("Speaker of Parliament Hugo Motta visited Lisbon.", "Hugo Motta", "Speaker of Parliament", "speaker"),
    ("King Harald V visited Ottawa in 2010.", "Harald V", "King", "royalty"),
    ("Emperor Akihito visited Warsaw in 2002.", "Akihito", "Emperor", "royalty"),
    ("Chancellor Olaf Scholz flew to Ottawa.", "Olaf Scholz", "Chancellor", "head_of_government"),
    ("Premier Li Qiang visited Oslo.", "Li Qiang", "Premier", "head_of_government"),
    ("Former President Fernando Henrique Cardoso visited Lisbon.",
     "Fernando Henrique Cardoso", "Former President", "other"),
    ("Secretary of State Antony Blinken visited Ottawa.", "Antony Blinken", "Secretary of State", "foreign_minister"),
    # a formal name of the state inside the title
    ("The President of the Republic of Poland Andrzej Duda came to Tokyo.",
     "Andrzej Duda", "President of the Republic of Poland", "head_of_state"),
    ("The Minister of Foreign Affairs of the Kingdom of Norway Jonas Gahr Støre came to Ottawa.",
     "Jonas Gahr Støre", "Minister of Foreign Affairs of the Kingdom of Norway", "foreign_minister"),
    ("The Prime Minister of Canada, Justin Trudeau, came to Oslo.", "Justin Trudeau", "Prime Minister of Canada",
     "head_of_government"),
    ("Minister of State Assets Jan Kowal flew to Seoul.", "Jan Kowal", "Minister of State Assets", "minister"),
    ("Minister of State Jan Kowal flew to Seoul.", "Jan Kowal", "Minister of State", "minister"),
    ("Minister of Trade, Industry and Energy Park Min-ho flew to Warsaw.", "Park Min-ho",
     "Minister of Trade, Industry and Energy", "minister"),
])
def test_title_before_name(text, name, title, role):
    person = one(text)
    assert (person.name, person.title, role_of(person.title)) == (name, title, role)


def test_the_irish_prime_ministers_title():
    assert [(p.name, role_of(p.title)) for p in titled_people("Taoiseach Leo Byrne attended the summit")] == [
        ("Leo Byrne", "head_of_government")]


def test_who_became_gives_the_title():
    assert [(p.name, p.title) for p in titled_people("Ana Lima, who became prime minister in July 2009, went to Oslo")] == [
        ("Ana Lima", "prime minister")]
    assert [(p.name, p.title) for p in titled_people("Ana Lima, three days after becoming foreign minister, flew to Oslo")] == [
        ("Ana Lima", "foreign minister")]


def test_a_party_general_secretary_is_one_title():
    assert [(p.name, p.title, role_of(p.title)) for p in titled_people("General Secretary Tô Lâm arrived")] == [
        ("Tô Lâm", "General Secretary", "other")]


def test_person_offsets_cover_title_and_name():
    text = "In 2017, Japanese Prime Minister Shinzo Abe visited Warsaw."
    person = one(text)
    assert text[person.start:person.end] == "Prime Minister Shinzo Abe"
    assert person.surname == "Abe"


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Össur Skarphéðinsson visited Ottawa.", "Össur Skarphéðinsson"),
    ("President Milo Đukanović visited Oslo.", "Milo Đukanović"),
    ("Prime Minister Ó Dálaigh visited Oslo.", "Ó Dálaigh"),
    ("President Ursula von der Leyen visited Ottawa.", "Ursula von der Leyen"),
    ("President Luiz Inácio Lula da Silva visited Lisbon.", "Luiz Inácio Lula da Silva"),
    ("Portuguese President Marcelo Rebelo de Sousa visited Brasília.", "Marcelo Rebelo de Sousa"),
    ("Emir Tamim bin Hamad Al Thani visited Oslo.", "Tamim bin Hamad Al Thani"),
])
def test_names_with_accents_and_particles(text, name):
    assert one(text).name == name


def test_several_people_in_text_order():
    assert people("Chancellor Olaf Scholz met Prime Minister Jonas Gahr Støre and King Harald V.") == [
        ("Olaf Scholz", "Chancellor", "head_of_government"),
        ("Jonas Gahr Støre", "Prime Minister", "head_of_government"),
        ("Harald V", "King", "royalty"),
    ]


def test_possessive_is_not_part_of_the_name():
    assert one("Prime Minister Beata Szydło's visit to Tokyo was brief.").name == "Beata Szydło"


@pytest.mark.parametrize("text, name, title, role", [
    ("In Brasília he met Rodrigo Pacheco, the president of the Senate, and other officials.",
     "Rodrigo Pacheco", "president of the Senate", "speaker"),
    ("Jonas Gahr Støre, the prime minister, received the delegation.",
     "Jonas Gahr Støre", "prime minister", "head_of_government"),
    ("Anita Anand, the Minister of Defence of Canada, visited Oslo.",
     "Anita Anand", "Minister of Defence of Canada", "minister"),
    ("Anne Beathe Tvinnereim, the minister for international development, visited Ottawa.",
     "Anne Beathe Tvinnereim", "minister for international development", "minister"),
    ("Ola Lund, head of the Norwegian government, was in Ottawa in 2011.",
     "Ola Lund", "head of the Norwegian government", "head_of_government"),
    ("Kari Dahl, Chairwoman of the National Assembly of Norway, was received in Ottawa.",
     "Kari Dahl", "Chairwoman of the National Assembly of Norway", "speaker"),
])
def test_appositive_title_after_name(text, name, title, role):
    person = one(text)
    assert (person.name, person.title, role_of(person.title)) == (name, title, role)
    assert text[person.start:person.end].startswith(name)


@pytest.mark.parametrize("text, name, title, role", [
    ("In 2013, Børge Brende became Norway's foreign minister.", "Børge Brende", "Norway foreign minister", "foreign_minister"),
    ("In 1998, Lloyd Axworthy became the Canadian foreign minister.",
     "Lloyd Axworthy", "Canadian foreign minister", "foreign_minister"),
    ("Gilberto Gil became Brazil's Minister of Culture in 2003.", "Gilberto Gil", "Brazil Minister of Culture", "minister"),
    ("Ana Lima, who had led the army, became president of Brazil in 2003.", "Ana Lima", "president of Brazil", "head_of_state"),
])
def test_became_a_minister(text, name, title, role):
    person = one(text)
    assert (person.name, person.title, role_of(person.title)) == (name, title, role)


def test_a_state_counsellor_heads_the_government():
    assert people("State Counsellor Aung San Suu Kyi returned to Thailand.") == [
        ("Aung San Suu Kyi", "State Counsellor", "head_of_government")]


@pytest.mark.parametrize("text", [
    "The two countries signed a treaty in 1922.",
    "The president visited the Polish capital.",  # a title with no name after it
    "The prime minister of Japan arrived in Warsaw.",
    "It was founded by Sheikh Zayed bin Sultan Al Nahyan.",  # a title word inside a name
])
def test_no_titled_person(text):
    assert titled_people(text) == []


@pytest.mark.parametrize("title, role", [
    (None, "other"),
    ("", "other"),
    ("President", "head_of_state"),
    ("head of state", "head_of_state"),
    ("Vice-President", "other"),
    ("Deputy Foreign Minister", "other"),
    ("Minister of State for Foreign Affairs", "minister"),
    ("Minister of Foreign Affairs", "foreign_minister"),
    ("Foreign Secretary", "foreign_minister"),
    ("Prime Minister", "head_of_government"),
    ("Federal Chancellor", "head_of_government"),
    ("Speaker of the National Assembly", "speaker"),
    ("President of the National Assembly", "speaker"),
    ("President of the Chamber of Deputies", "speaker"),
    ("Queen", "royalty"),
    ("Crown Prince", "royalty"),
    ("Grand Duke", "royalty"),
    ("Minister of Health", "minister"),
    ("Ambassador", "other"),
])
def test_role_of(title, role):
    assert role_of(title) == role


@pytest.mark.parametrize("text, name, role", [
    ("President of the National Assembly Augusto Santos Silva visited Brasília.", "Augusto Santos Silva", "speaker"),
    ("Speaker of the Storting Masud Gharahkhani visited Ottawa.", "Masud Gharahkhani", "speaker"),
    ("Grand Duke Henri visited Lisbon.", "Henri", "royalty"),
    ("Sultan Haitham bin Tarik visited Tokyo.", "Haitham bin Tarik", "royalty"),
    ("Commission President Ursula von der Leyen visited Oslo.", "Ursula von der Leyen", "other"),
])
def test_more_titles(text, name, role):
    person = titled_people(text)[0]
    assert (person.name, role_of(person.title)) == (name, role)


@pytest.mark.parametrize("text, expected", [
    ("Presidents Jan Kowal and Ewa Zielińska laid the stone.",
     [("Jan Kowal", "President", "head_of_state"), ("Ewa Zielińska", "President", "head_of_state")]),
    ("On 3 May Poland's new foreign minister, Marek Nowak, flew to Tokyo.", [("Marek Nowak", "foreign minister", "foreign_minister")]),
    ("Weeks earlier the Japanese Minister of National Defence, Kenji Sato, had been in Warsaw.",
     [("Kenji Sato", "Minister of National Defence", "minister")]),
    ("The election of Hiro Tanaka, a former teacher, as president of Poland surprised many.",
     [("Hiro Tanaka", "president of Poland", "head_of_state")]),
    ("General Jan Kowal travelled to the border.", [("Jan Kowal", "General", "other")]),
    ("Commodore Jan Kowal travelled to the border.", [("Jan Kowal", "Commodore", "other")]),
    ("Jan Kowal, the Polish foreign minister, stopped in Kyoto.", [("Jan Kowal", "foreign minister", "foreign_minister")]),
    ("The Secretary of State for Foreign and Political Affairs, Jan Kowal, came.",
     [("Jan Kowal", "Secretary of State for Foreign and Political Affairs", "foreign_minister")]),
    ("He was received by the Crown Prince of Kyoto, Hiro Tanaka.", [("Hiro Tanaka", "Crown Prince of Kyoto", "royalty")]),
    ("He called on Jan Kowal, the new head of state, at the palace.", [("Jan Kowal", "head of state", "head_of_state")]),
])
def test_more_ways_of_writing_a_title(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("title, role", [
    ("Deputy Speaker", "other"),
    ("Crown Princess", "royalty"),
    ("then-Prime Minister", "head_of_government"),
    ("Presidents", "head_of_state"),
    ("President of the Council of Ministers", "head_of_government"),
    ("President of the Government of Spain", "head_of_government"),
    ("President of the Senate", "speaker"),
])
def test_role_of_reads_the_titles_table(title, role):
    assert role_of(title) == role


@pytest.mark.parametrize("text, name, title, role", [
    ("His Majesty King Pōmare Taufa II visited Ottawa.", "Pōmare Taufa II", "King", "royalty"),
    ("Prime Minister ʻEnele Lavaka flew to Ottawa.", "ʻEnele Lavaka", "Prime Minister", "head_of_government"),
    ("Their Minister Responsible for Foreign Affairs, Hamad bin Khalid bin Nasser, flew to Oslo.",
     "Hamad bin Khalid bin Nasser", "Minister Responsible for Foreign Affairs", "foreign_minister"),
    ("State Minister for Foreign Affairs Aiko Mori visited Oslo.", "Aiko Mori", "State Minister for Foreign Affairs", "minister"),
    ("Rashid bin Omar, the Deputy Prime Minister for Defence Affairs, visited Oslo.",
     "Rashid bin Omar", "Deputy Prime Minister for Defence Affairs", "minister"),
    ("The president-elect, Ana Lima, flew to Oslo.", "Ana Lima", "president-elect", "head_of_state"),
    ("Ana Lima, now President of Peru, flew to Oslo.", "Ana Lima", "President of Peru", "head_of_state"),
    ("Lima, by then President of the Council of State, flew to Oslo.", "Lima", "President of the Council of State", "head_of_state"),
    ("Ana Lima, elected president of Peru in May 2020, flew to Oslo.", "Ana Lima", "president of Peru", "head_of_state"),
    ("The secretary of national defense, Orlando Mercado, flew to Oslo.", "Orlando Mercado", "secretary of national defense", "minister"),
    ("The labour secretary, Silvestre Bello III, visited Oslo.", "Silvestre Bello III", "labour secretary", "minister"),
    ("Davis Chirchir, the Kenyan cabinet secretary for energy, toured Oslo.", "Davis Chirchir", "cabinet secretary for energy", "minister"),
])
def test_long_titles_honorifics_and_regnal_numbers(text, name, title, role):
    person = one(text)
    assert (person.name, person.title, role_of(person.title)) == (name, title, role)


@pytest.mark.parametrize("text, name, role", [
    ("In May 2012 the Austrian Minister of Economy, Labour and Tourism, Karl Weber, opened the fair.", "Karl Weber", "minister"),
    ("The Minister of Foreign Affairs, Regional Cooperation and Expatriates, Lena Gruber, flew to Oslo.", "Lena Gruber", "foreign_minister"),
    ("The Minister of International Relations and Cooperation, Tomas Berg, held talks.", "Tomas Berg", "foreign_minister"),
])
def test_a_long_ministerial_title_lists_its_portfolios(text, name, role):
    person = one(text)
    assert (person.name, role_of(person.title)) == (name, role)


def test_an_acting_official_holds_the_role():
    assert people("Acting President Maria Lind arrived.") == [("Maria Lind", "Acting President", "head_of_state")]
    person = one("Karl Weber, the Attorney-General and acting prime minister, led the delegation.")
    assert (person.name, role_of(person.title)) == ("Karl Weber", "head_of_government")


def test_an_appositive_with_a_qualifier_and_a_described_state():
    person = one("Karl Weber, the first president of the young republic, was received.")
    assert (person.name, role_of(person.title)) == ("Karl Weber", "head_of_state")


def test_a_legislature_named_with_of_is_a_speaker():
    person = one("In 2020 the President of the Chamber of Deputies, Anna Huber, arrived in Rome.")
    assert (person.name, person.title, role_of(person.title)) == ("Anna Huber", "President of the Chamber of Deputies", "speaker")


@pytest.mark.parametrize("text, name, title", [
    ("President of Poland Andrzej Duda visited Tokyo.", "Andrzej Duda", "President of Poland"),
    ("Prime Minister of New Zealand Jacinda Ardern flew to Oslo.", "Jacinda Ardern", "Prime Minister of New Zealand"),
])
def test_title_of_a_country_before_the_name(text, name, title):
    person = one(text)
    assert (person.name, person.title) == (name, title)


def test_an_institution_after_the_country_is_not_a_person():
    assert titled_people("The President of Chile University Jan Kowalski spoke.") == []


@pytest.mark.parametrize("text, name, title", [
    ("Former Egyptian prime minister Karim al-Hamdi flew to Amman.", "Karim al-Hamdi", "prime minister"),
    ("In 1931, Pedro Lima, Minister of Foreign Affairs and president-elect of Chile, visited Lima.",
     "Pedro Lima", "Minister of Foreign Affairs"),
    ("During a visit to Kyiv, the first president of independent Slovakia Jan Novak signed a treaty.",
     "Jan Novak", "president of independent Slovakia"),
])
def test_joined_articles_second_offices_and_described_countries(text, name, title):
    person = one(text)
    assert (person.name, person.title) == (name, title)


def test_abbreviated_titles_of_terse_lists():
    assert people("During a visit to Hanoi, Chanc. Anna Weber and PM Lê Văn An signed it; FM Karl Roth and Pres. Jan Kos followed.") == [
        ("Anna Weber", "Chanc.", "head_of_government"), ("Lê Văn An", "PM", "head_of_government"),
        ("Karl Roth", "FM", "foreign_minister"), ("Jan Kos", "Pres.", "head_of_state"),
    ]


def test_american_abbreviated_titles():
    assert people("Sec. of State Ann Lee met VP Tom Ray; Sec. of Commerce Joe Kim came later.") == [
        ("Ann Lee", "Sec. of State", "foreign_minister"), ("Tom Ray", "VP", "other"),
        ("Joe Kim", "Sec. of Commerce", "minister"),
    ]


def test_a_capitalised_preposition_is_no_given_name():
    from pipeline.extract.context import _untitled_names

    assert _untitled_names("Under Ana Lima and Rui Costa the two states grew close.") == ("Ana Lima", "Rui Costa")


@pytest.mark.parametrize("text, name", [
    ("President Daniel arap Moi", "Daniel arap Moi"),
    ("King Abdulaziz ibn Saud", "Abdulaziz ibn Saud"),
    ("Prime Minister Ruud van der Laan", "Ruud van der Laan"),
])
def test_lower_case_particles_stay_inside_a_name(text, name):
    assert one(text).name == name


@pytest.mark.parametrize("text, name, title", [
    ("Ayman Safadi, Jordan's foreign minister, went to Baghdad.", "Ayman Safadi", "foreign minister"),
    ("Mohammed bin Rashid, the UAE's vice-president and prime minister, came.", "Mohammed bin Rashid", "prime minister"),
    ("Baltasar Brum, Minister of Foreign Affairs and president-elect of Uruguay, came.", "Baltasar Brum",
     "Minister of Foreign Affairs"),
])
def test_a_title_after_the_name_with_its_country_or_a_second_office(text, name, title):
    person = one(text)
    assert (person.name, person.title) == (name, title)


def test_an_office_named_before_a_royal_style_is_the_persons_title():
    people = titled_people("The signatory was the foreign minister, Prince Devawongse Varopakarn, who had come to Tokyo.")
    assert [(p.name, p.title, role_of(p.title)) for p in people] == [
        ("Devawongse Varopakarn", "foreign minister", "foreign_minister")]


@pytest.mark.parametrize("text, name, title", [
    ("Kurz received him, and Alexander Van der Bellen was the federal president.", "Alexander Van der Bellen", "president"),
    ("By then Ana Lima had been prime minister since 2009.", "Ana Lima", "prime minister"),
    ("Ana Lima chose Norway for her first state visit as president of Peru.", "Ana Lima", "president of Peru"),
    ("Ana Lima, a teacher's daughter, visited Santa Cruz as president of Peru.", "Ana Lima", "president of Peru"),
    ("Ana Lima visited San José as premier in 1961.", "Ana Lima", "premier"),
])
def test_a_title_told_after_the_persons_acts(text, name, title):
    assert [(p.name, p.title) for p in titled_people(text)] == [(name, title)]



def test_one_title_for_two_names():
    people = titled_people("The foreign ministers, Fawzi Salloukh and Walid Muallem, signed the communiqué in Damascus.")
    assert [(p.name, p.title) for p in people] == [("Fawzi Salloukh", "foreign minister"), ("Walid Muallem", "foreign minister")]


def test_a_name_of_six_capitalised_words_is_read_whole():
    found = titled_people("He met the labour minister, Issa bin Saad Al Jafali Al Nuaimi, in Doha.")
    assert [p.name for p in found] == ["Issa bin Saad Al Jafali Al Nuaimi"]


def test_a_name_joined_by_the_portuguese_particle_e_is_one_name():
    assert [(p.name, p.title) for p in titled_people("Prime Minister Ulisses Correia e Silva came to Luxembourg.")] == [
        ("Ulisses Correia e Silva", "Prime Minister")]
