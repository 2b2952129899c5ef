"""Actors: names found by spaCy, one canonical name per actor, within and across documents."""
import pytest

from timeline.actors import find_actors, is_acronym_of, key, unify_actors
from timeline.document import Document, Event
from timeline.timex import Timex


def actors_of(text):
    doc = Document(text)
    find_actors(doc)
    return doc


def names(doc, kind=None):
    return {m.name for m in doc.mentions if kind is None or m.kind == kind}


def mention(doc, written):
    return next(m for m in doc.mentions if m.text == written)


def test_surname_is_the_full_name_given_earlier_and_title_becomes_the_role():
    doc = actors_of("US President Joe Biden met the press on Monday. Later, Biden flew to Delaware.")
    people = [m for m in doc.mentions if m.kind == "person"]
    assert [m.name for m in people] == ["Joe Biden", "Joe Biden"]
    assert people[0].role == "US President"


def test_former_title_is_kept_in_the_role_not_in_the_name():
    doc = actors_of("The court reviewed former British Prime Minister Boris Johnson's decision on visas.")
    johnson = next(m for m in doc.mentions if m.kind == "person")
    assert johnson.name == "Boris Johnson"
    assert "Prime Minister" in johnson.role


@pytest.mark.parametrize("sentence", [
    "The United States imposed new tariffs.",
    "The US imposed new tariffs.",
    "American officials imposed new tariffs.",
    "Washington imposed new tariffs.",
])
def test_short_forms_demonyms_and_capital_as_government_are_the_country(sentence):
    assert "United States" in names(actors_of(sentence), "country")


@pytest.mark.parametrize("sentence,country", [
    ("Kiev promised to investigate the incident.", "Ukraine"),
    ("Kyiv promised to investigate the incident.", "Ukraine"),
    ("Moscow rejected the proposal.", "Russia"),
    ("Russian diplomats rejected the proposal.", "Russia"),
    ("The new rules were welcomed by Beijing.", "China"),
])
def test_capitals_and_demonyms_name_the_government(sentence, country):
    assert country in names(actors_of(sentence))


def test_a_capital_as_a_mere_place_is_not_a_country():
    doc = actors_of("The delegates met in Geneva to discuss the ceasefire.")
    geneva = mention(doc, "Geneva")
    assert geneva.kind == "place"
    assert "Switzerland" not in names(doc)


def test_treaty_names_are_one_actor():
    doc = actors_of("Poland joined the Ottawa Convention in 2012. Critics said the Mine Ban Treaty "
                    "was ignored, and the Convention on the Prohibition of Anti-Personnel Mines was weak.")
    assert names(doc, "treaty") == {"Ottawa Treaty"}
    assert len([m for m in doc.mentions if m.kind == "treaty"]) == 3


def test_an_acronym_defined_in_the_text_is_the_same_actor_as_its_expansion():
    doc = actors_of("Researchers at the Global Landmine Monitoring Council (GLMC) counted the victims. "
                    "GLMC also published a map.")
    orgs = [m for m in doc.mentions if m.kind == "organisation"]
    assert {m.name for m in orgs} == {"GLMC"}
    assert any(m.text == "GLMC" and m.start > doc.text.index("published") - 20 for m in orgs)


def test_weapons_are_not_actors():
    doc = actors_of("The army received HIMARS launchers and Claymore mines from Norway.")
    assert names(doc) == {"Norway"}


def test_parse_is_kept_for_later_steps():
    doc = actors_of("Germany sent tanks.")
    assert doc.parsed is not None and doc.parsed.text == doc.text


@pytest.mark.parametrize("acronym,expansion,expected", [
    ("UNIDIR", "UN Institute for Disarmament Research", True),
    ("NATO", "North Atlantic Treaty Organization", True),
    ("WHO", "World Health Organization", True),
    ("XYZ", "World Health Organization", False),
    ("A", "Alpha", False),
])
def test_is_acronym_of(acronym, expansion, expected):
    assert is_acronym_of(acronym, expansion) is expected


def test_key_ignores_article_case_and_possessive():
    assert key("The Washington Post's") == key("washington post")


def test_unify_actors_uses_full_names_and_acronyms_from_other_documents():
    # (a person the data does not know: the full name comes from the other article)
    a = actors_of("President Alar Karis visited the Baltic Energy Forum (BEF) in Riga.")
    b = actors_of("Karis said the Baltic Energy Forum would meet again.")
    b.events = [Event(Timex(0, 0, "", "DATE", "2024"), b.text, 0, "", ["Karis"], "Karis", "statement", "Karis")]
    unify_actors([a, b])
    assert names(b, "person") == {"Alar Karis"}
    assert names(b, "organisation") == {"BEF"}
    assert b.events[0].actors == ["Alar Karis"]
    assert b.events[0].primary_actor == b.events[0].attributed_to == "Alar Karis"


def test_transliterations_of_one_name_are_one_actor_across_articles():
    a = actors_of("Defence Minister Oleksiy Reznikov met Andriy Yermak in Kyiv.")
    b = actors_of("Oleksii Reznikov spoke to reporters, and Andrii Yermak stayed away.")
    unify_actors([a, b])
    assert names(a, "person") == names(b, "person") == {"Oleksiy Reznikov", "Andriy Yermak"}


def test_well_known_people_are_named_in_full_from_the_surname_or_a_variant_spelling():
    doc = actors_of("Putin met Xi in Beijing, and Volodymyr Zelenskiy said Zelenskyy would not go.")
    unify_actors([doc])
    assert names(doc, "person") >= {"Vladimir Putin", "Xi Jinping", "Volodymyr Zelensky"}
    # a surname the article gives to somebody else stays theirs
    other = actors_of("Lara Trump spoke in Ohio. Trump said the race was close.")
    unify_actors([other])
    assert "Donald Trump" not in names(other, "person")


def test_a_lone_surname_the_model_took_for_an_organisation_is_the_person():
    doc = actors_of("Joe Biden spoke first. Biden declined to comment.")
    assert [m.name for m in doc.mentions if m.kind == "person"] == ["Joe Biden", "Joe Biden"]


def test_unify_actors_leaves_an_ambiguous_surname_alone():
    a = actors_of("Joe Biden spoke first.")
    b = actors_of("Hunter Biden spoke next.")
    c = actors_of("Biden declined to comment.")
    unify_actors([a, b, c])
    assert "Biden" in names(c)
    assert not names(c) & {"Joe Biden", "Hunter Biden"}


def test_forms_of_address_are_not_roles():
    doc = actors_of("Mr. Tom Harlow resigned. Dr. Ana Ruiz replaced him.")
    people = {m.name: m.role for m in doc.mentions if m.kind == "person"}
    assert people == {"Tom Harlow": "", "Ana Ruiz": ""}


def test_middle_names_and_initials_are_the_same_person():
    doc = actors_of("James Kopp was arrested in France. James C. Kopp had fled in 1998. "
                    "Prosecutors said James Charles Kopp would be extradited.")
    assert names(doc, "person") == {"James Kopp"}


def test_lowercase_words_the_model_takes_for_names_are_not_actors():
    doc = actors_of("Beneath the jargon lies a threat, and the militia movement grew.")
    assert names(doc) == set()


def test_a_company_is_one_actor_with_or_without_its_formal_ending():
    doc = actors_of("Halvorsen Motor Company cut 3,000 jobs. Halvorsen said sales fell, "
                    "and Halvorsen Motors shares dropped.")
    assert len(doc.mentions) == 3
    assert len({m.name for m in doc.mentions}) == 1
    assert {m.kind for m in doc.mentions} == {"organisation"}


def test_companies_sharing_a_first_word_stay_apart():
    doc = actors_of("General Mills Inc. raised prices, while General Dynamics Corp. won a contract.")
    assert len({m.name for m in doc.mentions if m.kind == "organisation"}) == 2


def test_a_plain_description_is_the_actor_just_named():
    doc = actors_of("Veltrix Motor Company cut 3,000 jobs. Analysts were surprised. "
                    "The company said its sales fell.")
    described = mention(doc, "The company")
    assert described.name == mention(doc, "Veltrix Motor Company").name
    assert described.kind == "organisation"


def test_a_title_description_is_the_last_person_with_that_title():
    doc = actors_of("President Mara Olsen met Senator Jon Pike. Later the president vetoed the bill.")
    assert mention(doc, "the president").name == "Mara Olsen"


def test_a_described_actor_with_its_own_qualifier_is_not_resolved():
    doc = actors_of("President Mara Olsen met reporters. The Russian president declined to attend.")
    assert not any(m.text.lower().endswith("president") for m in doc.mentions)


def test_a_titled_name_is_a_person_even_when_the_first_name_is_a_month():
    doc = actors_of("Mayor June Harper said the budget was final. Sen. April Stone voted against it.")
    assert names(doc, "person") >= {"June Harper", "April Stone"}
    assert not names(actors_of("The Mayor Office Hours start soon."), "person")


def test_a_capitalised_common_noun_opening_a_sentence_is_no_actor():
    doc = actors_of("Groundwater levels fell to a record low in August, the water board said.")
    assert "Groundwater" not in names(doc)


def test_a_headline_name_is_kept_only_as_far_as_the_body_names_it():
    doc = actors_of("Harrow Foods Lifts Outlook After Strong Quarter\n\n"
                    "Harrow Foods raised its annual forecast on Tuesday after Joe Biden praised it.\n"
                    "Biden Praises Harrow Foods For New Jobs\n")
    assert "Harrow Foods Lifts Outlook" not in names(doc) and "Strong" not in names(doc)
    headline = [m for m in doc.mentions if m.start == 0]
    assert [m.name for m in headline] == ["Harrow Foods"]
    assert "Joe Biden" in names(doc, "person")


def test_a_lone_surname_shared_by_two_people_is_the_one_the_article_is_about():
    doc = actors_of("Margaret Ellison, a marine biologist, has died. Margaret Ellison was 88. "
                    "In 1964 she married Thomas Ellison, an engineer. Ellison retired in 2003.")
    assert mention(doc, "Ellison").name == "Margaret Ellison"


@pytest.mark.parametrize("text, expected", [
    ("Arsenal beat Chelsea 2-1 on Saturday.", "Chelsea"),  # the score is not in the name
    ("She wrote a letter to Ursula von der Leyen on Monday.", "Ursula von der Leyen"),  # a name's particles
])
def test_names_keep_their_particles_and_lose_scores(text, expected):
    assert expected in names(actors_of(text))


def test_an_exchange_and_its_ticker_are_not_actors():
    doc = actors_of("Helix Robotics (NASDAQ: HLXR) reported results on Monday.")
    assert not names(doc) & {"NASDAQ", "HLXR"}
