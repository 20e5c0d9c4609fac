"""Event typing: every rule of the list fires on its own kind of clause, and the order of the
rules decides between competing triggers."""

from __future__ import annotations

import pytest

from pipeline.extract.event_types import classify, type_clause
from pipeline.lexicon import load_table
from schemas.vocabularies import EVENT_TYPES

EXAMPLES = {
    "other": [
        "In 2019 the ambassador laid the foundation stone of the new chancery.",
        "Chile closed its consulate in Bergen in 1990.",
        "Norway's embassy in Ottawa opened on 16 March 2009.",
        "Portugal opened a legation in Rio de Janeiro in 1825.",
        "The king awarded him the Grand Cross of the Order of St. Olav in 2012.",
        "In Ottawa he received the Order of Canada from the governor general.",
        "She was made a member of the Royal Norwegian Order of Merit in 2015.",
        "The prime minister received a peace prize in Oslo in 2019.",
    ],
    "commemoration": [
        "The consulate was opened in 2018 as part of the celebrations of fifty years of diplomatic relations.",
        "The postal service issued a stamp for the bicentenary of independence in 2016.",
        "In 2019, Japan and Poland marked the centenary of their relations.",
        "A plaque honouring Norwegian sailors was unveiled in Halifax.",
    ],
    "relations_severed": [
        "Portugal broke off diplomatic relations with Brazil in 1834.",
        "Japan severed ties with Poland in 1941.",
    ],
    "relations_restored": [
        "Diplomatic relations were restored in 1957.",
        "Japan and Poland resumed diplomatic relations in 1957.",
    ],
    "relations_established": [
        "Formal relations date from 1942.",
        "Canada and Norway established diplomatic relations in 1942.",
        "Envoys were first exchanged in 1921.",
        "High commissioners were exchanged in 1963, a year after independence.",
    ],
    "recognition": [
        "Portugal recognised the independence of Brazil in 1825.",
        "Japan recognized Poland as a state in 1919.",
        "Egypt recognised the federation on the day it came into being.",
        "Norway gave its recognition to the reborn republic in 1919.",
        "Norway transferred its recognition from the government in exile to the new authorities.",
        "Iran was among the first states to recognise Pakistan in August 1947.",
        "Spain recognised the speaker of the assembly as interim president in 2019.",
    ],
    "visa": [
        "Since 1923 citizens have moved between the two states without passport controls.",
        "From 2015 travellers entering Norway needed an entry permit.",
        "Checks at the border were lifted on 21 December 2007.",
        "Citizens of Canada can enter Norway without a visa.",
        "Brazilians may cross the border with an identity card.",
    ],
    "transport": [
        "A Norwegian airline opened a route to Halifax in 2015.",
        "The bus route between the two capitals was reopened in 2021.",
        "Regular passenger trains between Oslo and Ottawa resumed in 2018.",
        "A direct ferry service between Oslo and Halifax began in 2014.",
        "The airline began flying to Oslo in 1977.",
        "An airstrip on the outer island was built with Canadian funds.",
        "TAP launched direct flights between Lisbon and Recife.",
        "A ferry links the two ports every week.",
    ],
    "aid": [
        "A Canadian field hospital worked in the north of the country from 2017.",
        "From 1973 a Norwegian forestry cooperation programme trained Canadian rangers.",
        "Under the 2009–2014 financial mechanism Canada received some 50 million euros.",
        "The new court house, built with a Japanese grant, was handed over in 2004.",
        "In 2022 the Saudis placed a deposit of US$3 billion with the central bank.",
        "From the 1990s Paris was the largest bilateral donor.",
        "In 2012 Japan lent Tonga US$20 million for a new wharf.",
        "Canada sent 500 tonnes of wheat to Norway after the storm.",
        "The new library in Lisbon was a gift from Brazil.",
        "Japan sent humanitarian aid to Poland after the floods.",
        "Norway donated medical equipment to a Canadian hospital.",
    ],
    "support": [
        "In 2021 Qatar offered to mediate between the two governments.",
        "Algeria acted as the main mediator during the hostage crisis.",
        "Japan co-sponsored the resolution that Poland tabled.",
        "Norway was among the firmest backers of Canada's candidacy.",
        "Canada supported Norway's bid for a seat on the Security Council.",
        "Japan backed Poland's candidacy for the council.",
    ],
    "agreement": [
        "The instruments of ratification were exchanged in Warsaw.",
        "Japan and Poland signed a cultural agreement.",
        "The two countries concluded a treaty of friendship.",
    ],
    "migration": [
        "Canada opened its labour market to Norwegian welders in 1992.",
        "By 1910 the Norwegian community of Halifax numbered some 6,000 people.",
        "The census of 2000 counted some 226,000 residents born in the other country.",
        "The issue of labour permits was suspended in May 2009.",
        "Norway briefly halted new placements in July 2022.",
        "By the end of 2006 most of the refugees had gone home.",
        "Between 1838 and 1917 about 239,000 Norwegians made the voyage.",
        "Norwegians began arriving in Canada in large numbers in the 1880s.",
        "By 2011 they formed the largest Nordic community in Canada.",
        "After the revolution of 1974 thousands of Portuguese found refuge in Brazil.",
        "From 1954 their citizens were free to live and work in each other's country.",
        "In 1899 a ship brought 790 Japanese contract workers to Callao.",
        "A wave of boat people reached Norway in 1979.",
        "The repatriation of the Brazilian workers ended in 1994.",
        "A second exodus towards Brazil began in 1991.",
        "Many Portuguese emigrated to Brazil in the 19th century.",
        "Norway expelled two hundred Canadian settlers.",
    ],
    "military": [
        "Canada has given Ukraine more than $4 billion in military assistance since 2022.",
        "Czechoslovak instructors arrived to train Egyptian pilots in 1956.",
        "Bulgaria entered the First World War in October 1915.",
        "Norway declared itself at war with Canada's enemies the next day.",
        "The settlers rose against the Portuguese garrison.",
        "Some 800 Canadian personnel took part in the exercise in Norway.",
        "Japan designated Poland a major non-NATO ally.",
        "Japanese troops fought alongside Polish units.",
        "Norwegian warships escorted Canadian convoys.",
    ],
    "trade": [
        "In 2019 Iraq exempted 400 Jordanian goods from customs duties.",
        "Algeria cut off gas supplies to Morocco in 2021.",
        "Oil began flowing through the southern pipeline again in 2013.",
        "In 2012 the state trading company sold 20,000 tonnes of rice to Norway.",
        "Japan became the largest buyer of Polish pork.",
        "A Japanese industrial park opened near Łódź.",
        "Trade between Japan and Poland grew rapidly.",
        "Brazil exports coffee to Portugal.",
    ],
    "organization": [
        "Norway became a member on 1 January 1995.",
        "Both countries are members of the defence arrangements set up in 1971.",
        "The Japan–Poland Friendship Association was founded in Tokyo.",
        "A parliamentary friendship group was set up in the Storting.",
        "Tonga joined the Pacific Community in 1985 with Japanese support.",
        "Both were among the five founders of the regional forum in 1971.",
        "Montenegro became a full member in June 2017.",
        "Albania received candidate status in June 2014.",
    ],
    "cultural": [
        "A week of Norwegian cinema was held in Ottawa in 2015.",
        "The British Council reopened its office in Prague in 1990.",
        "2018 was declared the Year of Norway in Canada.",
        "The first match between the two national sides was played in Lima in 1927.",
        "New Zealand sides toured South Africa in 1928.",
        "Hundreds of Thai monks came to study at Sri Lankan monasteries.",
        "Gdańsk was twinned with Bremen in 1976.",
        "A troupe of Polish dancers toured Japan.",
        "Japanese archaeologists excavated a site near Kraków.",
        "The Polish Institute opened in Tokyo.",
        "Portuguese students receive scholarships to study in Brazil.",
    ],
    "statement": [
        "In 2021 Rabat blamed the Algerian security services for the attack.",
        "The ministry promised to cooperate fully with the inquiry.",
        "In 2022 Windhoek asked Berlin to reopen parts of the text.",
        "The two presidents spoke by phone about the crisis.",
        "In 2024 the parliament adopted a resolution on the massacre.",
        "The president issued a proclamation of neutrality in 1983.",
        "Lisbon politely declined the offer from Brasília.",
        "The Norwegian foreign ministry condemned the decision.",
        "Poland's president said relations were excellent.",
    ],
    "meeting": [
        "The foreign ministers met in Oslo.",
        "The two delegations held talks in Lisbon.",
        "In 1987 the king brought the two presidents together at the border.",
    ],
}


def test_every_rule_gives_a_type_of_the_vocabulary():
    assert {row["event_type"] for row in load_table("event_triggers")} <= set(EVENT_TYPES)


def test_examples_cover_every_ruled_type():
    assert set(EXAMPLES) == {row["event_type"] for row in load_table("event_triggers")}


@pytest.mark.parametrize("event_type, clause", [(t, c) for t, clauses in EXAMPLES.items() for c in clauses])
def test_each_type(event_type, clause):
    assert classify(clause) == event_type


@pytest.mark.parametrize("clause", [
    "The weather in Oslo was cold that winter.",
    "Poland is a country in central Europe.",
    "The president recognised him as governor of the province.",
    "Portugal and Brazil introduced mutual recognition of diplomas.",
])
def test_no_trigger_is_none(clause):
    assert classify(clause) is None


@pytest.mark.parametrize("clause, event_type", [
    # specific facts win over the general words around them
    ("A bridge across the river, paid for by a Norwegian grant, was opened in 1966.", "aid"),
    ("Morocco's readmission to the African Union was approved at the summit in 2017.", "organization"),
    ("Rabat's request to join the community was lodged in February 2017.", "organization"),
    ("The Nordic–Baltic Partnership, a forum of ministers and mayors, was launched on 4 May 2004.", "organization"),
    ("The two governments launched a forum of their ministers in 2011.", "organization"),
    ("The team played again in 1992, after South Africa's readmission to international sport.", "cultural"),
    ("In April 2020 Poland had already sent 50,000 face masks and protective equipment to Japan.", "aid"),
    ("A Japanese business delegation toured Warsaw and Gdańsk in 2008.", "trade"),
    ("Poland won the return match 2–0 in Warsaw, amid fights between supporters.", "cultural"),
    ("Polish fighters struck back at the airport and the fuel depots of the port.", "military"),
    ("Norwegian ships attacked the Canadian coast in 1810, 1812 and 1815.", "military"),
    ("Portugal sent a note requesting diplomatic recognition from Brazil.", "statement"),
    ("In 1962 Poland asked Japan for assistance after the floods.", "statement"),
    ("In 2013 Portugal took Brazil to the International Court of Justice over fishing rights.", "other"),
    ("The independence of Brazil was recognised in 1825 by the King of Portugal.", "recognition"),
    ("Japan recognised South Korea in 1965.", "recognition"),
    ("Norway recognised the GDR in 1973.", "recognition"),
    ("The president announced that he was breaking relations with Portugal.", "relations_severed"),
    ("In 2023 the minister told parliament that the border was an existential matter.", "statement"),
    ("The joint commission held its ninth session in Oslo in 2024.", "meeting"),
    ("By 2023 about 40,000 Norwegians were living legally in Canada.", "migration"),
    ("The ambassador held the post from 2003 to 2009 while living in Oslo.", None),
    ("Norway has given grants for hospitals and schools in Kenya since 2012.", "aid"),
    ("The president said that trade was growing fast.", "statement"),
    # a time between the verb of saying and 'that': what follows is still what was said
    ("The prime minister replied the same week that the border was fixed by a treaty.", "statement"),
    ("The president declared in a speech that the treaty had lapsed.", "statement"),
    ("Canada and Norway exchanged diplomatic representatives in 1942.", "relations_established"),
    ("Japan has provided ODA to Poland since 1990.", "aid"),
    ("Both countries joined the alliance in 1999.", "organization"),
    ("Norway and Canada joined the organisation together in 1949.", "organization"),
    ("Norway opposed the Canadian plan in 1991.", "statement"),
    ("From 1995 to 2004 Norway supported Canada's Arctic projects with 40 million kroner.", "aid"),
    ("Brazil and Portugal agreed to abolish visas for tourists.", "visa"),
    ("Canada and Norway signed a visa waiver agreement.", "visa"),
    ("Canada and Norway marked the 50th anniversary of diplomatic relations.", "commemoration"),
    ("The 100th anniversary of the treaty was celebrated with a summit.", "commemoration"),
    ("Portugal broke off diplomatic relations with Brazil.", "relations_severed"),
    ("Japan and Poland restored diplomatic relations.", "relations_restored"),
    ("Japan and Poland re-established diplomatic relations in 1957.", "relations_restored"),
    ("Relations, which had been severed in 1941, were restored in 1957.", "relations_restored"),
    ("Japan recognised the independence of Poland in 1919.", "recognition"),
    ("The two prime ministers met and signed a treaty.", "agreement"),
    ("A development cooperation agreement was signed in Lisbon.", "agreement"),
    ("The ministers signed an agreement on air services.", "agreement"),
    ("Japan sent development aid to Poland.", "aid"),
    ("Japan expressed support for Poland's membership in the OECD.", "support"),
    ("Japan and Poland held consultations in Tokyo and agreed to expand cooperation.", "meeting"),
    ("The border town suffered a series of bombings in 2018.", "military"),
    # a rank that names a person is no act of arms
    ("In 2009 a Norwegian air force officer was arrested in Oslo on charges of spying.", None),
    ("In 1875 a young Danish naval officer entered Siamese service.", None),
    ("Heavy fighting broke out on the border in July 2025.", "military"),
    ("The president warned in 2012 that the dispute could lead to war.", "statement"),
    ("Relations were not resumed until 13 May 1970.", "relations_restored"),
    ("Most Norwegian workers were sent home in 1990.", "migration"),
    # "agreed" alone is an agreement only when nothing more specific fires
    ("Canada and Norway agreed to cooperate in the Arctic.", "agreement"),
    # the vocabulary of aid, migration, trade, sport and arms
    ("Remittances from workers in Qatar reached US$2 billion in 2019", "migration"),
    ("About 4,000 people displaced by the floods crossed the river in May 1998", "migration"),
    ("In 2012 India extended a line of credit of US$50 million for roads", "aid"),
    ("The government sent 5,000 test kits and medical supplies in April 2020", "aid"),
    ("Japan paused its budget support in 2016", "aid"),
    ("A consortium of the two state firms won the licence in 2008", "trade"),
    ("A shipment of liquefied gas left the terminal in June 2024", "trade"),
    ("The two rugby unions formed a joint competition in 1995", "cultural"),
    ("The first howitzers were delivered in 2019", "military"),
    ("The navy handed over a patrol boat in 1994", "military"),
    # the documents of a visit: plans, visions and MoUs
    ("The two prime ministers adopted a plan of action for 2024–28", "agreement"),
    ("Nine MoUs were exchanged during the visit", "agreement"),
    ("The two leaders upgraded ties to a comprehensive strategic partnership", "agreement"),
    # verbal acts, and what they are about is only their topic
    ("The foreign ministry summoned the ambassador over the border incursions in 2017", "statement"),
    ("The Czech government objected to the extradition in July 2017", "statement"),
    ("In January 2024 the president rebuked the German government", "statement"),
    ("Early in 1948 the Soviet government proposed a military pact", "statement"),
    ("The presidents spoke by telephone on 3 January about the memorandum of understanding", "statement"),
    ("The prime minister led a trade mission of about 100 companies and signed an agreement", "agreement"),
    # a document named at the start of a list's entry is the fact, its topic is not its type
    ("Agreement on air services – 1995", "agreement"),
    ("Memorandum of understanding on the river ferry | 2004 | Georgetown", "agreement"),
    ("12 May 2001: agreements on investment, tourism and air services", "agreement"),
    ("A direct air service between Oslo and Ottawa opened in late 2001", "transport"),
    ("The widened canal was reopened to shipping in 1968", "transport"),
    ("The new crossing was opened to traffic in 2019", "transport"),
    ("A coalition began air operations over the border in January 1991", "military"),
    ("Norwegian training teams have served in the country since 1997", "military"),
    ("The instruments of ratification were exchanged in Oslo in 1997", "agreement"),
    ("The restitution of the looted artefacts was completed in 2021", "cultural"),
    # an envoy expelled or withdrawn is a diplomatic act; people expelled are migration
    ("In May 2015 each side expelled a diplomat from the other's embassy", "other"),
    ("Oslo declared the Canadian ambassador persona non grata in 2008", "other"),
    ("Canada withdrew its ambassador for consultations in October 2013", "other"),
    ("Norway expelled 3,000 Canadian settlers in 1860", "migration"),
    # what two governments agreed to do is the fact, its topic is not; talks told first stay talks
    ("In 2011 the two governments agreed to mount joint naval patrols", "agreement"),
    ("he and the prime minister agreed to extend the lease of the military base", "agreement"),
    ("A ceasefire was agreed on 3 May 1990", "agreement"),
    ("the two foreign ministries held consultations in Oslo and agreed to revive the joint committee", "meeting"),
    ("Resettlement failed when no refugees agreed to go", "migration"),
    ("the ministers agreed to strengthen trade and investment", "trade"),
    # words between 'agreed' and 'to'; what is given in return is the price, not the act
    ("Norway agreed in May 2001 to house refugees bound for Canada in return for aid", "agreement"),
    ("In 2020 Norway agreed, in exchange for Canadian funding, to receive nationals whose visas were cancelled", "agreement"),
    ("the two presidents agreed there to start negotiations on taxes", "agreement"),
    ("the two countries agreed in 2007 to build a road link between the ports", "transport"),
    # a diplomatic post opened or raised in rank, or an envoy accredited or withdrawn
    ("The high commission in Oslo reopened in 1999", "other"),
    ("The legation was raised to an embassy in 1956", "other"),
    ("The first ambassador presented his credentials to the king on 12 May 1981", "other"),
    ("The Canadian ambassador was withdrawn in February 1977", "other"),
    ("Norway reopened its embassy in Ottawa in 2004", "other"),
    ("Canada appointed an honorary consul in Bergen in 1998", "other"),
    ("A Norwegian consul was appointed in Halifax in 1906", "other"),
    ("From 2010 the ambassador in Oslo was also accredited to Iceland", "other"),
    # services, links and craft of transport
    ("Venezuela closed its air and sea links with Aruba on 5 January 2018", "transport"),
    ("Through passenger service from Bangkok began on 19 July 2024", "transport"),
    ("The first convoy of soybean barges docked at the river port in October 2017", "transport"),
    ("Regular commercial service on the new line began in January 2018", "transport"),
    ("An unofficial team toured Norway in April and May 1986 instead", "cultural"),
    ("27 January 1951 – In Oslo the two states sign the act on the marking of the fishing zone", "agreement"),
    ("The delegations initialled the last sections of the text in December 2024", "agreement"),
    ("A government-to-government arrangement on seasonal workers was concluded on 26 November 2019", "agreement"),
    ("Excavations by a joint Norwegian–Canadian team began at the Viking site in 2000", "cultural"),
    ("The ballet company of the national theatre performed in Oslo in 2012", "cultural"),
    ("Canada launched a seasonal work quota reserving 4,000 places for Norwegian nationals in 2015", "migration"),
    ("The national side played its first test in Canada in sixteen years in August 1992", "cultural"),
    ("The old mosque in the capital was restored in 1996 and 1997", "cultural"),
    ("Norwegians came to Canada in large numbers in the 1880s to work in the factories", "migration"),
    # a joint committee set up by the two is an organization of the pair, even when agreed
    ("A joint technical committee was set up in 2000 to study the boundary", "organization"),
    ("In 2012 the ministers agreed to set up a high-level strategic committee", "organization"),
    # a declaration that does what it says is an act, not a statement
    ("On 7 June 1905 the Storting declared the union with Sweden dissolved", "other"),
    ("Canada declared the border zone clear of mines in 2020", "other"),
    ("On 1 November the president announced the annexation of the northern district", "other"),
    ("That evening the king invested his guest with the Grand Cross of the Order of St Olav", "other"),
    # units, materiel, traffic and workers named by their own words
    ("Since 2004 a Norwegian platoon has served within the Canadian battalion", "military"),
    ("The first unmanned aerial vehicles were delivered in 2021", "military"),
    ("The crossing at Stueng Bot was opened to goods traffic in 1996", "transport"),
    ("In 2011 Norway stopped new placements of domestic workers in Canada", "migration"),
    # protests in the street are no government's statement
    ("Work on the terminal began in May 2016 amid protests by fishermen", "other"),
    ("The premier resigned in 2024 after weeks of student-led protests", "other"),
    ("Oslo lodged a formal protest with Ottawa in 2019", "statement"),
    ("The 2018 census counted 80,000 people of Norwegian descent in Canada", "migration"),
    # a weapon is the fact, above the contract or gift that moved it
    ("A Canadian shipyard won a contract for two frigates in October 2016", "military"),
    ("The corvette was handed over as a gift at Halifax on 5 August 2019", "military"),
    ("The Bledisloe Cup was first contested in 1932", "cultural"),
    ("Halifax and Bergen became sister cities in 1972", "cultural"),
    ("Norwegian salmon gained access to the Canadian market in 2019", "trade"),
    ("Canadian timber was sold in Norwegian markets throughout the 1930s", "trade"),
    ("A consignment of drinking water reached Oslo on 28 January 2022", "aid"),
    ("The last Norwegian units were withdrawn in early 1979", "military"),
    ("A dozen gendarmes landed on the islet on 11 July 2002", "military"),
    ("Norway recognised its neighbour on 15 June 2006", "recognition"),
    ("14 December 2022: in Ottawa, the prime minister says in public that Norway has erred", "statement"),
    ("Oslo made a formal request for their return in August 2016", "statement"),
    ("The two signed a trilateral cooperative arrangement in Halifax on 5 May 2016", "agreement"),
    ("Canada sent its first ambassador to Oslo in 1962", "relations_established"),
    ("In 1989 the affair led to a break in relations", "relations_severed"),
    ("Canada was among the states that backed Norway's return to the council in 2017", "support"),
    # seizures: by armed forces military, by others (a coast guard, activists) and coups other
    ("In 1911 a Norwegian warship seized a Canadian sealing schooner off Halifax", "military"),
    ("Canadian troops seized the harbour of the island in 1942", "military"),
    ("The Norwegian coast guard seized two Canadian trawlers in 2016", "other"),
    ("Armed students seized the Canadian legation in Oslo in 1979", "other"),
    ("A colonel seized power in Oslo in March 1961", "other"),
    # legations and ambassadors like embassies: a row of type other; envoys expelled too
    ("Norway opened a legation in Ottawa in 1942", "other"),
    ("Ambassadors were exchanged in 1952", "other"),
    ("Ottawa expelled three Norwegian officials in May 1952", "other"),
    ("Oslo expelled the last Canadian military advisers in 1963", "other"),
])
def test_precedence(clause, event_type):
    assert classify(clause) == event_type


@pytest.mark.parametrize("clause, not_type", [
    # recognition needs a state
    ("The president recognised him as governor of the province.", "recognition"),
    ("Portugal and Brazil introduced mutual recognition of diplomas.", "recognition"),
    ("Poland recognised the importance of Japanese investment.", "recognition"),
    # being joined in one body is not joining an organisation; one founder of a clan is not a founding member
    ("Since 1924 the two have been joined in a customs union.", "organization"),
    ("The prince became the founder of a noble clan in 1226.", "organization"),
    # a leader given refuge is no migration
    ("In 1971 Tanzania gave the deposed president refuge in Dar es Salaam.", "migration"),
    # the noun "objects" is no objection
    ("The museum returned the objects to Benin in 2021.", "statement"),
    # a trigger inside a compound that names a state of affairs does not count
    ("After the military coup of March 2006 the embassy reduced its staff", "military"),
    ("The first reactor, built with Soviet help, entered commercial operation in 1977", "military"),
    ("In April 1984 the military government closed the land border", "military"),
    ("The eruption of January 2022 cut the submarine cable", "military"),
])
def test_words_that_tell_no_fact_of_their_type(clause, not_type):
    assert classify(clause) != not_type


def test_a_trigger_inside_a_city_name_does_not_type():
    assert classify("The prime minister came to Port of Spain in April 2009.") is None
    assert classify("Ferries reached the port of Durrës in 1992.") == "transport"


def test_case_does_not_matter():
    assert classify("JAPAN AND POLAND SIGNED A TREATY.") == "agreement"


@pytest.mark.parametrize("clause, expected", [
    ("Economic co-operation between Brazil and Portugal grew in 2005.", None),
    ("Japanese-Polish relations were broken off in 1941.", "relations_severed"),
    ("Japan recognised Poland on 1 May 2001.", "recognition"),
])
def test_fixed_cases(clause, expected):
    assert classify(clause) == expected


@pytest.mark.parametrize("clause", [
    "In 2014 the two prime ministers raised relations to a special strategic partnership.",
    "Since 2015 the two governments have described their ties as a strategic partnership.",
])
def test_partnerships_are_agreements(clause):
    assert classify(clause) == "agreement"


@pytest.mark.parametrize("clause", ["the two leaders spoke of the new coastal highway", "they talked about the ferry link"])
def test_what_leaders_spoke_of_is_a_topic_not_a_fact(clause):
    typing = type_clause(clause, heads_only=True)
    assert typing is None or typing.event_type == "meeting"


@pytest.mark.parametrize("clause, expected", [
    ("again on 24 February 2024, the second anniversary of the invasion, when he and the premier signed an agreement on security", "agreement"),
    ("On 24 February 2024, the tenth anniversary of relations was marked in both capitals", "commemoration"),
])
def test_an_anniversary_that_glosses_a_date_gives_way_to_the_fact_told(clause, expected):
    assert classify(clause) == expected


@pytest.mark.parametrize("clause", [
    "The two countries opened trade representative offices in each other's capitals in 1981",
    "Poland had sent a trade commissioner to Osaka in 1939",
    "Taiwan opened a liaison office in the capital in 1990",
])
def test_an_office_that_represents_a_state_is_a_diplomatic_post_not_trade(clause):
    assert classify(clause) == "other"
