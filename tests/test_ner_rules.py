"""The spaCy pipeline of graphify.nlp (``load_pipeline``) on single sentences and paragraphs.

Every input is a real sentence copied from a cable: the seed cables (``seeds/``, cited by cable
id), the cables of ``../shared/corpus`` (cited by cable id and file; none of them an evaluation
cable of ``benchmarks/entities``), and the tuning cables of ``benchmarks/entities/texts/dev`` to
``dev4``, ``test`` to ``test45`` (tuning sets since they were scored held out once). What each
test expects was read off the sentence by hand. A test that graphify fails, although the
expectation is right, is marked ``xfail(strict=True)`` with the reason.

The pipeline is loaded once for the module.
"""

from __future__ import annotations

import pytest

from graphify.nlp import load_pipeline
from graphify.extract import ner_text
from graphify.nlp.truecase import truecase


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def entities(nlp, text: str) -> list:
    """``doc._.cable_entities`` of ``text``, after checking their offsets."""
    found = nlp(text)._.cable_entities
    for e in found:
        assert text[e.start : e.end] == e.text, e
        assert e.kind in ("person", "ministry", "country"), e
    return found


def people(nlp, text: str) -> list:
    return [e for e in entities(nlp, text) if e.kind == "person"]


def person_names(nlp, text: str) -> set[str]:
    return {e.name for e in people(nlp, text)}


def ministries(nlp, text: str) -> list:
    return [e for e in entities(nlp, text) if e.kind == "ministry"]


def countries(nlp, text: str) -> set[str]:
    return {e.name for e in entities(nlp, text) if e.kind == "country"}


def the_person(nlp, text: str, name: str):
    found = [e for e in people(nlp, text) if e.name == name]
    assert len(found) == 1, (name, people(nlp, text))
    return found[0]


def xfail(reason: str):
    return pytest.mark.xfail(reason=f"ner bug: {reason}", strict=True)


# Sentences used by more than one test.
# 08ASTANA392 (seed 000), paragraph 2.
KALIYEV = ("On February 25. MFA Americas Director Talgat Kaliyev told DCM that Kazakhstani troops will stay in Iraq "
           "as long as a U.S. led international coalition remains there and offered no other necessary conditions.")
# 08ASTANA2267 (seed 002), paragraph 1.
TAZHIN = ("The Ambassador delivered reftel demarche on U.S. policy on Afghan reconciliation to Foreign Minister Marat "
          "Tazhin on November 18, stressing that reconciliation comes with strict conditions that insurgents must lay "
          "down their arms, return to normal life, recognize the democratically elected Afghan government, and have "
          "no ties to Al-Qaeda.")
# 08BAKU64 (seed 001), paragraph 3.
USG = ("Poloff said that he had not seen these reports, but said that the USG was working hard to increase Arab "
       "political support in Iraq.")
# 06ALMATY1946 (seed 004), paragraph 1.
US = ("Poloff explained that the U.S. only enters into such agreements when the volume of legal assistance requests "
      "is quite high and there is a demonstrated need by both sides.")
# 04BUENOSAIRES2894 (cables-csv/embassy-buenos-aires.csv).
VALDES = ("The DCM told Valdes that if Kirchner ultimately did decide to visit Cuba, meetings with opposition and "
          "dissident figures would be critical.")
# 04MAPUTO945 (cables-csv/embassy-maputo.csv).
MAPUTO = ("Action Request: Embassy requests that the Department, in conjunction with DoD, identify items that could "
          "be provided to meet some of the Mozambican equipment requirements for the Burundi Mission.")


# -- titles are not people ----------------------------------------------------------------------

TITLES_ALONE = [
    # 09ASTANA2051 (seed 003), paragraphs 1 and 2.
    ("On November 17, PolOff met with Assel Utegenova, head of the Ministry of Foreign Affairs' Cultural and "
     "Humanitarian Cooperation Division, to deliver reftel points on country-specific resolutions at the United "
     "Nations.", {"Assel Utegenova"}),
    ("PolOff noted that before its OIC chairmanship, Kazakhstan will chair the Organization for Security and "
     "Cooperation in Europe (OSCE) in 2010.", set()),
    ('Poloff stressed that a "no" vote on the no-action motion and a "yes" vote on the resolution condemning '
     "Iran's human rights record would demonstrate Kazakhstan's commitment to OSCE principles.", set()),
    ("The Charge will reinforce our points when she meets with President Nazarbayev's foreign policy advisor "
     "Kairat Sarybai later this week.", {"Nazarbayev", "Kairat Sarybai"}),
    (KALIYEV, {"Talgat Kaliyev"}),  # "... told DCM that ..."
    (TAZHIN, {"Marat Tazhin"}),  # "The Ambassador delivered ..."
    # 08ASTANA2267 (seed 002), paragraph 2.
    ("The Ambassador made clear that the aim is to peel off small groups willing to reconcile, weakening the "
     "insurgency over time.", set()),
    # 08BAKU64 (seed 001), paragraphs 2 and 3.
    ('As DFM Azimov told the Ambassador, President Aliyev seeks "wider and increased public attention from the '
     'U.S. on our security cooperation" and "wants to be recognized as a security contributor."',
     {"Azimov", "Aliyev"}),
    (USG, set()),
    ("Drawing on reftel talking point, poloff noted that while significant progress has been made, it would be "
     "important for foreign troops to remain in Iraq.", set()),
    (US, set()),
    # 04BOGOTA8907 (cables-csv/embassy-bogota.csv).
    ("DCM noted the success Chilean carriers have encountered with Open Skies and that Open Skies will promote "
     "more business in Colombia and offer the possibility that Colombia could become a hub.", set()),
    (VALDES, {"Kirchner", "Valdes"}),
]


@pytest.mark.parametrize("text, expected", TITLES_ALONE)
def test_titles_alone_are_not_people(nlp, text, expected):
    found = people(nlp, text)
    assert not [e for e in found if e.text.lower() in ("poloff", "dcm", "ambassador", "charge", "the ambassador")]
    names = {e.name for e in found}
    assert names <= expected
    assert names >= expected - {"Valdes"}  # missed by the NER: see the xfail below


@xfail("'The DCM told Valdes that ...' (04BUENOSAIRES2894): the NER misses Valdes, the person told")
def test_person_after_a_title_alone_and_a_verb(nlp):
    assert "Valdes" in person_names(nlp, VALDES)


# -- demonyms are countries, not people -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected_countries, expected_people",
    [
        # 08BAKU64 (seed 001), paragraphs 1 and 2.
        ("Given Azerbaijani officials' repeated statements that GOAJ troops will remain in Iraq \"as long as they "
         "are needed,\" we expect that the GOAJ will work with us to find a way to keep troops in Iraq beyond the "
         "expiration of the Chapter VII UNSCR.", {"AZ", "IQ"}, set()),
        ("Azerbaijani officials - including President Aliyev - continue to regularly affirm their intention to keep "
         "Azerbaijani forces in Iraq \"as long as they are needed,\" as a \"sign of political support\" for the "
         "U.S.", {"AZ", "IQ", "US"}, {"Aliyev"}),
        # 08ASTANA392 (seed 000), paragraph 1.
        ("Kazakhstani officials have stated consistently that Kazakhstani troops will stay in Iraq the duration of "
         "coalition engagement.", {"KZ", "IQ"}, set()),
        # 09ASTANA2051 (seed 003), paragraph 1.
        ("She said the Foreign Ministry has faced \"heavy lobbying from various interests\" on the issue, "
         "presumably from the Iranian mission.", {"IR"}, set()),
        # 88MOGADISHU8032 (dev2), paragraph 7, as truecasing writes it.
        ("Soviets, he declared, were prepared to sign on Ethiopia's behalf.", {"SU", "ET"}, set()),
        # 04MADRID4063 (cables-csv/embassy-madrid.csv).
        ("Leon said that there exists in Spain not so much anti-Americanism per se, but a broad anti-Bush "
         "administration sentiment, focused not on personalities but on policy.", {"ES"}, {"Leon"}),
    ],
)
def test_demonyms_are_countries_not_people(nlp, text, expected_countries, expected_people):
    found = entities(nlp, text)
    assert {e.name for e in found if e.kind == "country"} == expected_countries
    names = {e.name for e in found if e.kind == "person"}
    assert names <= expected_people  # no demonym, no group; a person may be missed (see the xfails)
    assert not [n for n in names if "Azerbaijani" in n or "Kazakhstani" in n or "Soviet" in n]
    for e in found:
        if e.kind == "country":
            assert e.text[:1].isupper()


def test_name_before_a_spaced_dash(nlp):
    text = ("Azerbaijani officials - including President Aliyev - continue to regularly affirm their intention to keep "
            "Azerbaijani forces in Iraq \"as long as they are needed,\" as a \"sign of political support\" for the "
            "U.S.")
    aliyev = the_person(nlp, text, "Aliyev")
    assert aliyev.title == "President"


# -- a title and a name: a person with the title ------------------------------------------------


def test_dfm_azimov(nlp):
    # 08BAKU64 (seed 001), paragraph 1.
    text = ("Israfilov also indicated that more positive media coverage of Azerbaijan's contributions in Iraq, as "
            "well as a visit to Iraq by DFM Azimov, also would be helpful.")
    azimov = the_person(nlp, text, "Azimov")
    assert (azimov.text, azimov.title, azimov.ministry) == ("Azimov", "DFM", "Ministry of Foreign Affairs")
    assert "DFM" not in person_names(nlp, text)


def test_deputy_foreign_minister_azimov(nlp):
    # 08BAKU64 (seed 001), paragraph 2.
    text = ("However, based on recent comments by Deputy Foreign Minister Azimov (septel), we do not believe the "
            "GOAJ is willing at this time to commit more troops to Iraq.")
    azimov = the_person(nlp, text, "Azimov")
    assert (azimov.title, azimov.ministry) == ("Deputy Foreign Minister", "Ministry of Foreign Affairs")
    assert person_names(nlp, text) == {"Azimov"}  # not "GOAJ"


def test_foreign_minister_marat_tazhin(nlp):
    text = TAZHIN
    tazhin = the_person(nlp, text, "Marat Tazhin")
    assert (tazhin.title, tazhin.ministry) == ("Foreign Minister", "Ministry of Foreign Affairs")
    assert countries(nlp, text) == {"US", "AF"}
    assert not ministries(nlp, text)


def test_mfa_americas_director_talgat_kaliyev(nlp):
    text = KALIYEV
    (mfa,) = ministries(nlp, text)
    assert (mfa.text, mfa.name) == ("MFA", "Ministry of Foreign Affairs")
    kaliyev = the_person(nlp, text, "Talgat Kaliyev")
    assert (kaliyev.title, kaliyev.ministry) == ("Americas Director", "Ministry of Foreign Affairs")
    assert countries(nlp, text) == {"KZ", "IQ", "US"}


def test_kazakhstani_ambassador_to_afghanistan(nlp):
    # 08ASTANA2267 (seed 002), paragraph 2.
    text = ("Tazhin, who was accompanied by Kazakhstani Ambassador to Afghanistan Agybay Smagulov, expressed "
            "appreciation for the policy clarification and promised to pass the non-paper the Ambassador left "
            "summarizing the demarche to President Nazarbayev.")
    smagulov = the_person(nlp, text, "Agybay Smagulov")
    assert smagulov.country == "KZ"
    assert "Ambassador" in smagulov.title and "Afghanistan" in smagulov.title
    nazarbayev = the_person(nlp, text, "Nazarbayev")
    assert (nazarbayev.title, nazarbayev.country) == ("President", None)
    assert countries(nlp, text) == {"KZ", "AF"}


@pytest.mark.parametrize(
    "text, name, title, ministry, ministry_country, country",
    [
        # 08BAKU64 (seed 001), paragraph 1.
        ("According to MFA Security Affairs Director Galib Israfilov, Azerbaijan would appreciate political/legal "
         "justification from the Iraqi Government, preferably in the form of a letter to President Aliyev or "
         "Foreign Minister Mammadyarov from the appropriate Government of Iraq counterpart.",
         "Galib Israfilov", "Security Affairs Director", "Ministry of Foreign Affairs", None, None),
        ("According to MFA Security Affairs Director Galib Israfilov, Azerbaijan would appreciate political/legal "
         "justification from the Iraqi Government, preferably in the form of a letter to President Aliyev or "
         "Foreign Minister Mammadyarov from the appropriate Government of Iraq counterpart.",
         "Mammadyarov", "Foreign Minister", "Ministry of Foreign Affairs", None, None),
        # 08BAKU64 (seed 001), paragraph 5.
        ("He noted that there had also been talk about Azerbaijani Deputy Foreign Minister Araz Azimov traveling "
         "to Iraq to visit Azerbaijani troops and to see their work first hand, and to talk with Iraqi government "
         "officials.", "Araz Azimov", "Azerbaijani Deputy Foreign Minister", "Ministry of Foreign Affairs", "AZ",
         "AZ"),
        # 08BAKU64 (seed 001), paragraph 2.
        ("Azimov suggested that President Aliyev would need \"this type of support\" which would help provide a "
         "solid public rationale to explain why Azerbaijan is putting more troops into Iraq when others, like "
         "Poland, are pulling them out, before making a decision on DoD DAS Cagan's request that Azerbaijan send "
         "more troops to Iraq.", "Cagan", "DAS", "Department of Defense", "US", None),
        # 06ALMATY1946 (seed 004), paragraph 1.
        ("Poloff met with Kazakhstani Ministry of Foreign Affairs Officer Ualikhan S. Sanginkhanov to stress that "
         "it is not appropriate to link the return of the Kazakhstani detainees at Guantanamo to the conclusion "
         "of a Mutual Legal Assistance Treaty (MLAT), as the two matters are not related.",
         "Ualikhan S. Sanginkhanov", "Officer", "Ministry of Foreign Affairs", "KZ", "KZ"),
        # 03BEIRUT4629 (cables-csv/embassy-beirut.csv).
        ("Ambassador met with Interior Minister Elias Murr October 31 to discuss Hizballah interference with an "
         "embassy motorcade, progress on the McDonalds bombing investigation, and the preparation of "
         "municipalities/electoral laws.", "Elias Murr", "Interior Minister", "Ministry of Internal Affairs", None,
         None),
        # 05BOGOTA7402 (cablegate-html).
        ("He encouraged newly-appointed Minister of Defense Camilo Ospina to visit Washington soon for discussions "
         "at DoD and State.", "Camilo Ospina", "Minister of Defense", "Ministry of Defense", None, None),
        # 04BRUSSELS898 (cables-csv/embassy-brussels.csv).
        ("Belgian MFA Nonproliferation Director Werner Bauwens confirmed to D/PolCouns March 1 that Belgium will "
         "attend the March 3 Global Partnership Working Group meeting in London, per reftel invitation.",
         "Werner Bauwens", "Nonproliferation Director", "Ministry of Foreign Affairs", "BE", "BE"),
        # 04BRASILIA1524 (cables-csv/embassy-brasilia.csv).
        ("Emboffs made ref A points on Hizballah financier Barakat to Brazilian Deputy Justice Minister Barreto in "
         "a June 21 meeting, following up on previous meetings with the Foreign Ministry (ref B).",
         "Barreto", "Brazilian Deputy Justice Minister", "Ministry of Justice", "BR", "BR"),
        # 08PARIS460 (benchmarks/entities/texts/dev), paragraph 1.
        ("On March 6, Colombian Ambassador to France Fernando Cepeda Ulloa described Franco-Colombian relations as "
         "\"poor\" in a breakfast meeting with Ambassador Stapleton and WHA PDAS Craig Kelly.",
         "Fernando Cepeda Ulloa", "Colombian Ambassador to France", None, None, "CO"),
        ("On March 6, Colombian Ambassador to France Fernando Cepeda Ulloa described Franco-Colombian relations as "
         "\"poor\" in a breakfast meeting with Ambassador Stapleton and WHA PDAS Craig Kelly.",
         "Stapleton", "Ambassador", None, None, None),
        # 07STATE156011 (cablegate-html).
        ("He lamented the lack of coordination between Bolivia's MFA and office of the Presidency, and said that "
         "FM Choquehuanca continued to promote a one-on-one breakfast for Morales and Ambassador Goldberg to help "
         "resolve outstanding differences.", "Choquehuanca", "FM", "Ministry of Foreign Affairs", None, None),
        # 88MOGADISHU8032 (dev2), paragraph 7, as truecasing writes it.
        ("Abdi Haji also volunteered his suggestion that Crocker should closely question Soviet Vice Minister "
         "Adamishin about Ethiopia's role and what Soviets were prepared to do to ensure Ethiopians kept hands off.",
         "Adamishin", "Soviet Vice Minister", None, None, "SU"),
    ],
)
def test_title_and_name(nlp, text, name, title, ministry, ministry_country, country):
    person = the_person(nlp, text, name)
    assert (person.title, person.ministry, person.ministry_country, person.country) == (
        title, ministry, ministry_country, country)


def test_title_stops_at_another_person(nlp):
    text = ("On March 6, Colombian Ambassador to France Fernando Cepeda Ulloa described Franco-Colombian relations as "
            "\"poor\" in a breakfast meeting with Ambassador Stapleton and WHA PDAS Craig Kelly.")
    kelly = the_person(nlp, text, "Craig Kelly")
    assert "Stapleton" not in kelly.title
    assert kelly.title.endswith("PDAS")


def test_slashed_title_is_kept_as_written(nlp):
    # 04GUATEMALA317 (cables-csv/embassy-guatemala.csv).
    text = ("A/S Noriega highlighted the importance the Bush Administration places on CAFTA as a means of "
            "generating economic growth and job creation in Central America.")
    noriega = the_person(nlp, text, "Noriega")
    assert noriega.title == "A/S"


def test_slashed_title_gives_the_person(nlp):
    text = ("A/S Noriega highlighted the importance the Bush Administration places on CAFTA as a means of "
            "generating economic growth and job creation in Central America.")
    assert person_names(nlp, text) == {"Noriega"}
    assert countries(nlp, text) == set()  # "Central America" is a region


def test_hyphenated_chinese_name_after_title(nlp):
    # 04TAIPEI3095 (cables-csv/american-institute-taiwan-taipei.csv).
    text = ("One source told us Far Glory's Chairman Chao Teng-hsiung was a member of President Chen's party on his "
            "last trip to Latin America.")
    assert "Chao Teng-hsiung" in person_names(nlp, text)


def test_president_with_possessive_before_party(nlp):
    text = ("One source told us Far Glory's Chairman Chao Teng-hsiung was a member of President Chen's party on his "
            "last trip to Latin America.")
    chen = the_person(nlp, text, "Chen")
    assert chen.title == "President"


def test_no_country_from_us_in_taipei_sentence(nlp):
    text = ("One source told us Far Glory's Chairman Chao Teng-hsiung was a member of President Chen's party on his "
            "last trip to Latin America.")
    assert countries(nlp, text) == set()  # "told us", "Latin America"


# -- ministries ---------------------------------------------------------------------------------


def test_mfa_foreign_ministry_and_ministry_of_foreign_affairs_are_one_name(nlp):
    # 09ASTANA2051 (seed 003), paragraph 1.
    text = ("On November 17, PolOff met with Assel Utegenova, head of the Ministry of Foreign Affairs' Cultural and "
            "Humanitarian Cooperation Division, to deliver reftel points on country-specific resolutions at the "
            "United Nations. Utegenova conveyed that Kazakhstan is still considering its position on the Iran "
            "country-specific resolution. On the no-action motion, she confirmed that the Government of Kazakhstan "
            "is considering moving from support to abstention. She said the Foreign Ministry has faced \"heavy "
            "lobbying from various interests\" on the issue, presumably from the Iranian mission. In considering its "
            "position, the MFA must weigh not only the country's geographical proximity to Iran, but also "
            "Kazakhstan's 2011 chairmanship of the Organization of the Islamic Conference (OIC), she stressed.")
    found = ministries(nlp, text)
    assert [m.text for m in found] == ["Ministry of Foreign Affairs", "Foreign Ministry", "MFA"]
    assert {m.name for m in found} == {"Ministry of Foreign Affairs"}
    assert found[0].department == "Cultural and Humanitarian Cooperation Division"
    # No country qualifies them: the Extractor gives them the host country.
    assert {m.country for m in found} == {None}


def test_knb_and_mvd(nlp):
    # 06ALMATY1946 (seed 004), paragraph 4.
    text = ("He said that the ultimate decision on the return of Kazakhstani detainees would be made by the "
            "Committee for National Security (KNB) and the Ministry of Internal Affairs (MVD).")
    found = [(m.text, m.name) for m in ministries(nlp, text)]
    assert found == [
        ("Committee for National Security", "Committee for National Security"),
        ("KNB", "Committee for National Security"),
        ("Ministry of Internal Affairs", "Ministry of Internal Affairs"),
        ("MVD", "Ministry of Internal Affairs"),
    ]
    assert not people(nlp, text)
    assert countries(nlp, text) == {"KZ"}


@pytest.mark.parametrize(
    "text, written, country",
    [
        # 08BAKU64 (seed 001), paragraph 5.
        ("(Comment: There is a fairly healthy rivalry between the Azerbaijani MFA and Ministry of Defense on such "
         "international security questions.)", "MFA", "AZ"),
        # 08BAKU64 (seed 001), paragraph 3.
        ("On January 22, poloff discussed reftel points with Azerbaijani Ministry of Foreign Affairs Security "
         "Affairs Department Director Galib Israfilov.", "Ministry of Foreign Affairs", "AZ"),
        # 06ALMATY1946 (seed 004), paragraph 1.
        ("Poloff met with Kazakhstani Ministry of Foreign Affairs Officer Ualikhan S. Sanginkhanov to stress that it "
         "is not appropriate to link the return of the Kazakhstani detainees at Guantanamo to the conclusion of a "
         "Mutual Legal Assistance Treaty (MLAT), as the two matters are not related.",
         "Ministry of Foreign Affairs", "KZ"),
        # 07STATE156011 (cablegate-html): a possessive qualifier.
        ("He lamented the lack of coordination between Bolivia's MFA and office of the Presidency, and said that "
         "FM Choquehuanca continued to promote a one-on-one breakfast for Morales and Ambassador Goldberg to help "
         "resolve outstanding differences.", "MFA", "BO"),
        # 09ROME97 (cablegate-html).
        ("Italy's MFA contains only one full-time diplomat assigned to cover Russia and the countries of the former "
         "Soviet Union: the Office Director.", "MFA", "IT"),
        # 04BRUSSELS139 (cables-csv/embassy-brussels.csv).
        ("Raymond Yans of the Belgian MFA agreed to extend his tenure as Dublin Group Chair for another year.",
         "MFA", "BE"),
        # 04CARACAS3025 (cables-csv/embassy-caracas.csv).
        ("Responding to reftel demarche regarding trafficking in persons, September 21, Venezuelan MFA officials "
         "insisted that the TIP report had not accurately assessed Venezuela's anti-trafficking initiatives under "
         "its treaty obligations with the United Nations.", "MFA", "VE"),
        # 04BRASILIA1938 (cables-csv/embassy-brasilia.csv).
        ("On July 30, a State/DoD delegation, led by WHA PDAS James Derham, met with Brazilian Ministry of Defense "
         "interlocutors to discuss mechanisms through which the GOB would provide information to the USG about the "
         "status of Brazil's shootdown program.", "Ministry of Defense", "BR"),
        # 04BRASILIA727 (cables-csv/embassy-brasilia.csv).
        ("Julio Espirito Santo and Antonio Carlos Atunes of the Brazilian Foreign Ministry's Mexico, Central "
         "America, and Caribbean Division (DCC) told Poloff on March 23 that the Ministry places Central American "
         "countries outside of Brazil's normal sphere of influence because of Mexico's proximity.",
         "Foreign Ministry", "BR"),
    ],
)
def test_qualifier_sets_the_ministrys_country(nlp, text, written, country):
    (ministry,) = [m for m in ministries(nlp, text) if m.text == written]
    assert ministry.country == country


@pytest.mark.parametrize(
    "text, written, department",
    [
        # 08BAKU64 (seed 001), paragraph 1.
        ("Because the MFA's Security Affairs Department has the lead on policy questions related to coalition "
         "affairs we believe his view reflects broader GOAJ policy.", "MFA", "Security Affairs Department"),
        ("On January 22, poloff discussed reftel points with Azerbaijani Ministry of Foreign Affairs Security "
         "Affairs Department Director Galib Israfilov.", "Ministry of Foreign Affairs", "Security Affairs Department"),
        # 06ALMATY1946 (seed 004), paragraph 2.
        ("On May 22, Poloff met with Ualikhan S. Sanginkhanov, Head of the MFA's Division of Europe and America, "
         "Department of Consular Services to further discuss the Kazakhstani detainees at Guantanamo Bay.",
         "MFA", "Division of Europe and America"),
    ],
)
def test_department_of_a_ministry(nlp, text, written, department):
    (ministry,) = [m for m in ministries(nlp, text) if m.text == written]
    assert (ministry.name, ministry.department) == ("Ministry of Foreign Affairs", department)
    assert not [p for p in people(nlp, text) if "Department" in p.name or "Affairs" in p.name]


def test_security_affairs_department_director_israfilov(nlp):
    text = ("On January 22, poloff discussed reftel points with Azerbaijani Ministry of Foreign Affairs Security "
            "Affairs Department Director Galib Israfilov.")
    israfilov = the_person(nlp, text, "Galib Israfilov")
    assert (israfilov.ministry, israfilov.ministry_country, israfilov.country) == (
        "Ministry of Foreign Affairs", "AZ", "AZ")
    assert israfilov.title.endswith("Director")
    assert person_names(nlp, text) == {"Galib Israfilov"}


@pytest.mark.parametrize(
    "text",
    [
        MAPUTO,
        # 04QUITO3256 (cables-csv/embassy-quito.csv).
        "Upon arriving in Washington, the Ambassador offered, Betancourt should engage State, DoD, even U.S. "
        "Congress contacts, to begin negotiations of an accord.",
        # 03SANAA2145 (cables-csv/embassy-sanaa.csv).
        "Welcoming the demarche, al-Saidi said that he had just returned from a DoD regional seminar in Washington "
        "on border security that covered many of the same issues and would be reporting to the Minister.",
    ],
)
def test_dod_is_the_us_department_of_defense(nlp, text):
    (dod,) = [m for m in ministries(nlp, text) if m.text == "DoD"]
    assert (dod.name, dod.country) == ("Department of Defense", "US")
    assert "DoD" not in person_names(nlp, text)


def test_the_department_is_the_department_of_state(nlp):
    (department,) = [m for m in ministries(nlp, MAPUTO) if m.text == "Department"]
    assert (department.name, department.country) == ("Department of State", "US")



@pytest.mark.parametrize(
    "text",
    [
        # 09ASTANA2051 (seed 003), paragraph 1.
        "PolOff noted that before its OIC chairmanship, Kazakhstan will chair the Organization for Security and "
        "Cooperation in Europe (OSCE) in 2010.",
        # 08ROME1386 (cablegate-html).
        "In addition to his latest comments, Berlusconi has supported Russian initiatives to create a new security "
        "architecture in Europe to supersede NATO and OSCE, has insisted that Putin acted appropriately during the "
        "Georgia-Russia conflict, and has opposed NATO expansion on the basis that it presents a threat to Russia.",
        # 04BOGOTA4128 (cables-csv/embassy-bogota.csv).
        "The Declaration expressed Peru's support for Uribe's Democratic Security Policy, and reiterated Colombia's "
        "support for Peru's candidacy for the UN Security Council.",
        # 03BRASILIA3814 (cables-csv/embassy-brasilia.csv).
        "According to press reports, China supports Brazil's bid for a permanent seat on the UN Security Council.",
        # 08BAKU64 (seed 001), paragraphs 1 and 4.
        "Azerbaijan's Parliament would need to approve a continued troop presence but, with the appropriate "
        "political justification, we do not expect the proposal to face significant debate or opposition.",
        "To date this political/legal justification had been various Security Council resolutions, which were "
        "followed by annual review/approval by the Azerbaijani Parliament.",
        # 04ADANA68 (cables-csv/consulate-adana.csv).
        "A Diyarbakir court acquitted Protestant church leader Ahmet Guvener on May 12 based on the latest "
        "constitutional amendments accepted by the Turkish Parliament.",
        # 09ASTANA2051 (seed 003), paragraph 1.
        "On November 17, PolOff met with Assel Utegenova to deliver reftel points on country-specific resolutions "
        "at the United Nations.",
    ],
)
def test_international_organisations_and_parliaments_are_not_ministries(nlp, text):
    assert ministries(nlp, text) == []
    assert not [p for p in people(nlp, text) if p.name in ("NATO", "OSCE", "OIC", "UN", "Parliament")]


def test_ministry_of_interior_and_justice_in_capitals(nlp):
    # 04CARACAS1781 (benchmarks/entities/texts/dev), paragraph 1, in capitals.
    text = truecase("1.  (U) VISITING AN OFFICE IN THE MINISTRY OF INTERIOR AND JUSTICE (MIJ) ON APRIL 29, POLOFF "
                    "FOUND A LARGE STACK OF PRO-CHAVEZ RELIGIOUS TRACTS IN THE WAITING AREA.")
    (ministry,) = ministries(nlp, text)
    assert ministry.name == "Ministry of Internal Affairs"
    assert not people(nlp, text)


@pytest.mark.parametrize(
    "text, written, name",
    [
        # 04BRATISLAVA1143 (cables-csv/embassy-bratislava.csv).
        ("Per reftel, On December 7 Econoff delivered questions about the EU's battery directive to Peter Gallovic, "
         "Director of Waste Management at the Ministry of Environment.", "Ministry of Environment",
         "Ministry of Environment"),
        # 04PANAMA798 (cables-csv/embassy-panama.csv).
        ("Particularly troublesome has been the lack of transparency by the Ministry of Agricultural Development "
         "(MIDA) when deciding whether to issue or deny phytosanitary permits -- in effect, at times, seemingly "
         "arbitrarily.", "Ministry of Agricultural Development", "Ministry of Agricultural Development"),
        # 04BUCHAREST3442 (cables-csv/embassy-bucharest.csv).
        ("Prior to the end of communist rule, Basescu was in the merchant marines, finishing as an oil tanker "
         "captain before moving on to become a high-ranking civil servant in Romania's Transport Ministry.",
         "Transport Ministry", "Ministry of Transport"),
    ],
    ids=["Ministry of Environment", "Ministry of Agricultural Development", "Transport Ministry"],
)
def test_ministry_not_in_the_data_is_found_by_the_rule(nlp, text, written, name):
    found = [m for m in ministries(nlp, text) if m.text.endswith(written)]
    assert [m.name for m in found] == [name]


def test_listed_ministries_in_a_list_of_names(nlp):
    # 04FRANKFURT6002 (cables-csv/consulate-frankfurt.csv).
    text = ("Teufel also appointed three new state secretaries (all CDU): Friedlinde Gurr-Hirsch (Ministry of "
            "Agriculture), Dieter Hillebrand (Ministry of Environment and Transportation), and Wolfgang Reinhardt "
            "(Finance Ministry).")
    names = {m.name for m in ministries(nlp, text)}
    assert {"Ministry of Agriculture", "Ministry of Finance"} <= names
    assert {"Dieter Hillebrand", "Wolfgang Reinhardt"} <= person_names(nlp, text)
    assert not [p for p in people(nlp, text) if "Ministry" in p.name or p.name == "Teufel also"]


# -- countries ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # 08BAKU64 (seed 001), paragraph 3.
        ("Israfilov thanked poloff for the briefing and asked for the USG's assessment of the Iraqi forces and if "
         "they would be ready to assume more security control.", {"US", "IQ"}),
        # 08ASTANA392 (seed 000), paragraph 4.
        ("Nevertheless, the chances for a continued commitment in Iraq will be further strengthened if the U.S. "
         "helps to ensure that the Kazakhstani contingent remains subordinate to U.S. commanders, increases funding "
         "for equipment and training for Kazakhstani soldiers in Iraq, and maintains U.S. support for other "
         "bilateral military cooperation programs.", {"IQ", "US", "KZ"}),
        # 08ASTANA392 (seed 000), paragraph 3.
        ("As a result, if Kazakhstan's top leadership decides to extend Kazakhstan's Iraq deployment beyond the "
         "expiration of Chapter VII UNSCR authority, they will not experience serious public outcry or political "
         "obstacle.", {"KZ", "IQ"}),
        # 88MOGADISHU8032 (dev2), paragraph 7, as truecasing writes it.
        ("He explained that, when Adamishin visited Mogadishu in April, he made a big fuss about whether Somalia "
         "could persuade USG to serve as \"guarantor\" of Somali-Ethiopian peace agreement.", {"SO", "US", "ET"}),
        # 08PARIS460 (dev), paragraph 3.
        ("Despite positive fundamentals in the Franco-Colombian relationship, this hostage situation negatively "
         "colors what should be a good news story between France and Colombia.", {"FR", "CO"}),
        # 04LJUBLJANA1088 (cables-csv/embassy-ljubljana.csv): New Jersey is no Jersey.
        ("The Rijeka Customs equivalent of a CBP Contraband Enforcement Team was so professional that the U.S. "
         "instructors recommend that they attend advanced training in Newark, New Jersey.", {"US"}),
        # 04CARACAS163 (cables-csv/embassy-caracas.csv): "Central American" is no American.
        ("The polyethylene would be used primarily to spur domestic projects and to penetrate export markets in "
         "South and Central American and the Caribbean.", set()),
        # 03BRASILIA2231 (cables-csv/embassy-brasilia.csv).
        ("In explaining Brazil's rationale for seeking a bilateral negotiating structure, Arslanian said that Brazil "
         "believes other countries in the region (Central Americans, etc.) are willing to give away much more than "
         "Brazil is in market access for services and investment to gain an opening of the U.S. goods market.",
         {"BR", "US"}),
        # 04DUBLIN1728 (dev2): Mexico City is a city.
        ("Ireland is credited to Cuba via its mission in Mexico City and has no diplomats in Cuba.", {"IE", "CU"}),
        # 03SANTODOMINGO5117 (cables-csv/embassy-santo-domingo.csv).
        ("He confirmed that he would represent the Dominican Republic at the Second Meeting of Ministers and "
         "High-Level Authorities on Decentralization, Local Government and Citizen Participation, in Mexico City "
         "September 24-26.", {"DO"}),
        # 04TAIPEI3154 (cables-csv/american-institute-taiwan-taipei.csv): "us" is not US.
        ("While they continue to monitor closely the incidence of enterovirus, TCDC officials told us that this "
         "year's outbreak appears relatively controlled and do not believe it is cause for undue alarm.", set()),
        # 04TAIPEI3523 (cables-csv/american-institute-taiwan-taipei.csv).
        ("Both CAL and EVA officials told us that they do not expect to see any substantial progress on the "
         "negotiation of charter flights before the December 11 LY election.", set()),
        # 04QUITO3289 (cables-csv/embassy-quito.csv): "turkey" is not Turkey.
        ("This occurs most often with poultry, turkey and pork meats, beef, dairy products and fresh fruit.", set()),
        # 04PANAMA798 (cables-csv/embassy-panama.csv).
        ("Nevertheless, Panama imports frozen turkeys and turkey meat for the meat processing industry.", {"PA"}),
        # 09ANKARA1472 (cablegate-html).
        ("Turkey's policy remains focused on the government in Baghdad, but its outreach to the KRG is expanding.",
         {"TR"}),
        # 05TAIPEI43 (cables-csv/american-institute-taiwan-taipei.csv).
        ("On Monday, January 3, MAC officials held a meeting with Taiwan airlines to seek their participation in "
         "cross-Strait Lunar New Year holiday (February 6-13, 2005) charter flights and authorized the TAA to "
         "negotiate arrangements for such flights.", {"TW"}),
    ],
)
def test_countries(nlp, text, expected):
    assert countries(nlp, text) == expected


def test_us_and_usg_are_the_united_states(nlp):
    assert [(e.text, e.name) for e in entities(nlp, USG)] == [("USG", "US"), ("Iraq", "IQ")]
    assert [(e.text, e.name) for e in entities(nlp, US)] == [("U.S.", "US")]
    assert [(e.text, e.name) for e in entities(nlp, KALIYEV) if e.kind == "country"] == [
        ("Kazakhstani", "KZ"), ("Iraq", "IQ"), ("U.S.", "US")]


def test_countries_joined_by_a_hyphen(nlp):
    # 08BAKU64 (seed 001), paragraph 4.
    text = ("Turning to the political and legal conditions that would be necessary for Azerbaijan to continue in the "
            "coalition, Israfilov noted that Azerbaijan participating as a third-party to the U.S.-Iraq Defense "
            "Cooperation Agreement (DCA) seemed sensible, but quickly noted there would have to be a political "
            "justification which legitimized Azerbaijan's continued presence in the coalition.")
    assert countries(nlp, text) == {"AZ", "US", "IQ"}


def test_new_jersey_among_states_is_not_jersey(nlp):
    # 04TAIPEI3110 (cables-csv/american-institute-taiwan-taipei.csv).
    text = ("Four states participated in the show: Florida, Georgia, Missouri and New Jersey, represented by "
            "personnel from their economic development agencies.")
    assert "JE" not in countries(nlp, text)
    assert not people(nlp, text)


@xfail("'Four states participated in the show: Florida, Georgia, Missouri and New Jersey' (04TAIPEI3110) gives "
       "country GE for the US state of Georgia")
def test_georgia_among_us_states_is_not_a_country(nlp):
    text = ("Four states participated in the show: Florida, Georgia, Missouri and New Jersey, represented by "
            "personnel from their economic development agencies.")
    assert countries(nlp, text) == set()


# -- names that are not people ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # 04MANAMA1745 (cables-csv/embassy-manama.csv).
        ("Recognition that he is a close friend who remains in lock-step with the Bush administration on the key "
         "issues of Iraq, Iran, and counter-terrorism.", set()),
        # 04GUATEMALA317 (cables-csv/embassy-guatemala.csv).
        ("A/S Noriega highlighted the importance the Bush Administration places on CAFTA as a means of generating "
         "economic growth and job creation in Central America.", {"Noriega"}),
        # 04DUBLIN1717 (cables-csv/embassy-dublin.csv).
        ("Secretary Snow observed that the first Bush Administration had been unable to work with Arafat, who had "
         "denied other Palestinian interlocutors, such as Mahmoud Abbas, the authority to move the peace process "
         "forward.", {"Snow", "Arafat", "Mahmoud Abbas"}),
        # 08PARIS460 (dev), paragraph 2.
        ("Since then, Franco-Colombian relations have essentially been compressed to this single issue, according "
         "to Cepeda, who is reportedly close to President Uribe.", {"Uribe", "Cepeda"}),
        ("Despite positive fundamentals in the Franco-Colombian relationship, this hostage situation negatively "
         "colors what should be a good news story between France and Colombia.", set()),
        # 07PARIS3941 (cablegate-html).
        ("The French determination to explore all options that could lead to the release of Franco-Colombian "
         "Ingrid Betancourt has led them to support Venezuelan President Hugo Chavez's offer to mediate a "
         "humanitarian accord between the Colombian government and FARC guerillas.",
         {"Ingrid Betancourt", "Hugo Chavez"}),
        # 08PARIS460 (dev), paragraph 1.
        ("He complained that the GOF coordinates public messaging with Franco-Colombian hostage Ingrid "
         "Betancourt's family in a way that undermines President Uribe.", {"Ingrid Betancourt", "Uribe"}),
        # 05TAIPEI43 (cables-csv/american-institute-taiwan-taipei.csv).
        ("On Monday, January 3, MAC officials held a meeting with Taiwan airlines to seek their participation in "
         "cross-Strait Lunar New Year holiday (February 6-13, 2005) charter flights and authorized the TAA to "
         "negotiate arrangements for such flights.", set()),
        # 04TAIPEI3768 (cables-csv/american-institute-taiwan-taipei.csv).
        ("Due to concerns that the news would leak out shortly, late in the day on Wednesday, November 24, MOEA "
         "issued a press release announcing that trade talks were resuming under the 1994 Trade and Investment "
         "Framework Agreement and would be held in Washington November 29-30.", set()),
        # 03FRANKFURT2252 (cables-csv/consulate-frankfurt.csv).
        ("Much will depend on Schroeder's major policy speech on Friday, March 14. Expectations were raised too "
         "high, Klaer said, making them too hard to meet.", {"Schroeder", "Klaer"}),
        # 03BEIRUT4629 (cables-csv/embassy-beirut.csv).
        ("Murr comprehends the seriousness of Hizballah interference with an embassy motorcade, especially since "
         "the incident occurred in a area where Hizballah has a strong presence.", {"Murr"}),
        # 04BRASILIA3095 (cables-csv/embassy-brasilia.csv).
        ("The Triborder area (TBA) -- where Argentina, Brazil, and Paraguay converge -- has been characterized as a "
         "regional hub for Hizballah and HAMAS fundraising activities.", set()),
        # 08BAKU64 (seed 001), paragraph 1.
        ("Given Azerbaijani officials' repeated statements that GOAJ troops will remain in Iraq \"as long as they "
         "are needed,\" we expect that the GOAJ will work with us to find a way to keep troops in Iraq beyond the "
         "expiration of the Chapter VII UNSCR.", set()),
        # 95KUALALUMPUR1919 (dev2), paragraph 1, as truecasing writes it.
        ("Prime Minister Mahathir responded with anti-West rhetoric to an article in the April 10 issue of time "
         "magazine which alleged that Abu Sayyaf, a small Muslim extremist group based in the southern "
         "Philippines, was receiving arms, money and training from Islamic groups in various countries including "
         "Malaysia.", {"Mahathir"}),
    ],
)
def test_names_that_are_not_people(nlp, text, expected):
    names = person_names(nlp, text)
    not_people = ("Bush", "Franco", "Monday", "Wednesday", "Friday", "Hizballah", "HAMAS", "GOAJ", "Chapter",
                  "Abu Sayyaf", "Colombian")
    assert not [n for n in names if any(word in n for word in not_people)]
    # The people the sentence does name are found, but for the NER's known misses below.
    assert names >= expected - {"Cepeda", "Schroeder", "Murr", "Ingrid Betancourt"}
    assert names <= expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("Since then, Franco-Colombian relations have essentially been compressed to this single issue, according "
         "to Cepeda, who is reportedly close to President Uribe.", "Cepeda"),
        ("Much will depend on Schroeder's major policy speech on Friday, March 14. Expectations were raised too "
         "high, Klaer said, making them too hard to meet.", "Schroeder"),
        ("Murr comprehends the seriousness of Hizballah interference with an embassy motorcade, especially since "
         "the incident occurred in a area where Hizballah has a strong presence.", "Murr"),
        # 04BRUSSELS139 (cables-csv/embassy-brussels.csv).
        ("Raymond Yans of the Belgian MFA agreed to extend his tenure as Dublin Group Chair for another year.",
         "Raymond Yans"),
        # 07PARIS3941 (cablegate-html).
        ("The French determination to explore all options that could lead to the release of Franco-Colombian "
         "Ingrid Betancourt has led them to support Venezuelan President Hugo Chavez's offer to mediate a "
         "humanitarian accord between the Colombian government and FARC guerillas.", "Ingrid Betancourt"),
    ],
    ids=["Cepeda", "Schroeder", "Murr", "Raymond Yans", "Ingrid Betancourt"],
)
def test_people_the_ner_misses_found_by_rules(nlp, text, name, request):
    """People the statistical NER misses; the speaker rule ("according to Cepeda", "Murr
    comprehends") finds some. The others are still missed (strict xfails)."""
    missed = {
        "Schroeder": "'Schroeder's major policy speech' (03FRANKFURT2252)",
    }
    if name in missed:
        request.applymarker(xfail(f"the statistical NER misses {missed[name]} and no rule finds it"))
    assert name in person_names(nlp, text)


# Arabic names joined by "bin", which the NER misses or cuts short.
PATRONYMIC_NAMES = [
    # 04MUSCAT2037 (dev3), paragraph 1.
    ("MFA Under Secretary Sayyid Badr bin Hamad al-Busaidi and National Economy Secretary General (Minister "
     "Rank) Mohammed bin Nasser al-Khusaibi are instead slated to represent Oman in the ministerial sessions.",
     {"Badr bin Hamad al-Busaidi": "Under Secretary Sayyid", "Mohammed bin Nasser al-Khusaibi": None}),
    ("Political Affairs Director, Humaid al-Maani, informed Pol/E Chief that, for the time being, neither Minister "
     "Responsible for Foreign Affairs Yusuf bin Alawi nor Minister of National Economy (and de facto Finance "
     "Minister) Ahmed bin Abdulnabi Macki are likely to attend the Rabat FFF.",
     {"Yusuf bin Alawi": "Minister Responsible for Foreign Affairs", "Ahmed bin Abdulnabi Macki": None}),
    # 06JEDDAH700 (cablegate-html), paragraph 2.
    ("On November 7 the CG met with a prominent Western businessman who is close to the Governor of Asir, Prince "
     "Khalid bin Faisal.", {"Khalid bin Faisal": "Prince"}),
    # 06ABUDHABI1401 (cablegate-html).
    ("However, after Hamas political chief Khaled Meshaal visited Abu Dhabi on March 22 and met with UAE Minister "
     "of Presidential Affairs Sheikh Mansour bin Zayed al-Nahyan and Minister of State for Foreign Affairs "
     "Mohammed al-Sha'ali, Meshaal publicly claimed that the UAEG had pledged to continue to provide financial "
     "assistance to the Hamas-led Palestinian Authority (ref J).",
     {"Mansour bin Zayed al-Nahyan": "Sheikh", "Khaled Meshaal": None}),
]


@pytest.mark.parametrize("text, expected", PATRONYMIC_NAMES)
def test_names_joined_by_bin_are_whole(nlp, text, expected):
    found = {e.name: e for e in people(nlp, text)}
    assert set(expected) <= set(found), found
    for name, title_end in expected.items():
        whole = found[name]
        overlapping = [e for e in found.values() if e is not whole and e.start < whole.end and whole.start < e.end]
        assert not overlapping, found  # no part of it apart
        if title_end is not None:
            assert (found[name].title or "").endswith(title_end), found[name]


def test_newspaper_name_in_a_press_summary_is_not_a_person(nlp):
    # 04ADANA10 (cables-csv/consulate-adana.csv): the newspapers of press summaries are in
    # data/not_people.txt.
    text = ("Hurriyet / On Wednesday, January 7, the first convoy of American soldiers arrived at Incirlik. It is "
            "reported that 700 American soldiers were sent to Iraq through Incirlik Air base.")
    assert person_names(nlp, text) == set()


def test_weekday_in_a_press_summary_is_not_a_person(nlp):
    text = ("Hurriyet / On Wednesday, January 7, the first convoy of American soldiers arrived at Incirlik. It is "
            "reported that 700 American soldiers were sent to Iraq through Incirlik Air base.")
    assert "Wednesday" not in person_names(nlp, text)
    assert countries(nlp, text) == {"US", "IQ"}


# -- cables in capitals, truecased --------------------------------------------------------------

# 88MOGADISHU8032 (benchmarks/entities/texts/dev2), paragraphs 2, 6 and 3, lines joined.
MOGADISHU_2 = (
    "2.  I TOOK ADVANTAGE OF A MEETING JULY 3 WITH ACTING PERMSEC ABDULLAHI EGAL NUR TO PROBE A BIT REGARDING "
    "GSDR'S CURRENT POSITION ON ETHIOPIAN ROLE IN NORTHERN INSURGENCY.  I HOPED IN PARTICULAR TO OBTAIN INSIGHT "
    "INTO AMBASSADOR ADDOU'S DEMARCHE \"UNDER INSTRUCTIONS\" (REF A), IN WHICH HE SEEMED TO TAKE A MUCH MORE "
    "FORCEFULLY CRITICAL LINE ON  ETHIOPIANS THAN HAD PRESIDENT SIAD HIMSELF IN OUR CONVERSATION JULY 1 (REF B). "
)
MOGADISHU_6 = (
    "6.  AS I LEFT THE MEETING WITH ABDULLAHI, ESCORTED BY PROTOCOL CHIEF ABDI HAJI, I REGISTERED MILD SURPRISE "
    "TO THE LATTER THAT ABDULLAHI HAD NOT/NOT MENTIONED INSTRUCTIONS TO AMB ADDOU (REF A) TO RAISE THIS ISSUE WITH "
    "A/S CROCKER.  ABDI RESPONDED THAT HE WAS UNAWARE THA ANY SUCH INSTRUCTIONS HAD BEEN SENT TO WASHINGTON FROM "
    "MINISTRY.  HOWEVER, HE CONFIDED THAT ADDOU HAD TELEPHONED PRESIDENT SIAD DIRECTLY ON SEVERAL OCCASIONS "
    "RECENTLY, IMPLYING THAT INSTRUCTIONS COULD HAVE BEEN CONVEYED TO ADDOU DIRECTLY BY PRESIDENT. "
)
MOGADISHU_3 = (
    "3.  CHOOSING HIS WORDS CAREFULLY, AMB ABDULLAHI TOLD ME SOMALIA DID NOT CONSIDER ETHIOPIANS \"CLEAN-HANDED\", "
    "BUT IT LACKED HARD EVIDENCE OF ANY SORT TO SUBSTANTIATE ETHIOPIAN COMPLICITY.  SOMALI GOVERNMENT WAS DEEPLY "
    "DISTURBED BY THE FACT THAT SNM FORCES HAD NOT/NOT BEEN DISARMED BEFORE BEING EXPELLED ACROSS BORDER. "
)
# 04CARACAS1781 (benchmarks/entities/texts/dev), paragraph 6, lines joined.
CARACAS_6 = (
    "6.  (U) IN APRIL 2004 THE OFFICE OF VICE PRESIDENT JUAN VICENTE RANGEL RELEASED A PRESS STATEMENT REFERRING TO "
    "THE OWNERS OF A BUSINESS INVOLVED IN A LABOR DISPUTE AS BEING \"OF JEWISH NATIONALITY.\" "
)
# 95KUALALUMPUR1919 (benchmarks/entities/texts/dev2), paragraph 2, first sentences, lines joined.
KUALALUMPUR_2 = (
    "2.  COMMENT:  MAHATHIR WAS STILL ANXIOUS ABOUT THE NEGATIVE IMPACT OF A RECENT FORTUNE ARTICLE WHICH DESCRIBED "
    "THE MALAYSIAN CURRENCY AS AT RISK POST-MEXICO, WHEN THE TIME PIECE CAME OUT.  HE ORDERED A DELAY IN THE "
    "DISTRIBUTION OF THE TIME ISSUE BUT DID NOT BAN IT. "
)
# 00HARARE6677 (cablegate-html; also tests/fixtures/cables), paragraph 1, the "SIPDIS" marker dropped.
HARARE_1 = (
    "1. (C) SUMMARY: ASSISTANT SECRETARY SUSAN E. RICE MET MOVEMENT FOR DEMOCRATIC CHANGE (MDC) PRESIDENT MORGAN "
    "TSVANGIRAI ON NOVEMBER 16. TSVANGIRAI OFFERED FOUR SCENARIOS UNDER WHICH THE CURRENT POLITICAL CRISIS COULD "
    "UNFOLD. HE BELIEVES A TRANSITIONAL UNITY GOVERNMENT IS THE BEST WAY OUT OF THE CRISIS PITTING THE PEOPLE "
    "AGAINST THEIR UNPOPULAR LEADER. MASS ACTION WILL BE CONSIDERED INITIALLY AT THE MDC\u2019S NATIONAL COUNCIL "
    "MEETING NOVEMBER 24. MASS ACTION WOULD BE INTENDED TO PRESSURE PRESIDENT MUGABE TO RESIGN. THE MDC UNDERSTANDS "
    "THE SERIOUS RISKS ASSOCIATED WITH MASS ACTION, TSVANGIRAI PROFESSED, AND RECOGNIZES THAT IT IS IN THE "
    "COUNTRY\u2019S BEST INTEREST TO AVOID BLOODSHED. EVERYONE IS FOCUSED ON SEEING MUGABE GO, BUT IT WILL PROBABLY "
    "TAKE A CONVERGENCE OF OPPOSITION FROM ZANU-PF, THE MILITARY, AND REGIONAL LEADERS TO FORCE HIM OUT. END SUMMARY."
)


def truecased_entities(nlp, upper: str) -> list:
    text = truecase(upper)
    assert text.upper() == upper.upper() and len(text) == len(upper)
    return entities(nlp, text)


def test_truecased_mogadishu_paragraph_2(nlp):
    found = truecased_entities(nlp, MOGADISHU_2)
    people_found = {(e.name, e.title) for e in found if e.kind == "person"}
    assert people_found == {("Abdullahi Egal Nur", "Permsec"), ("Addou", "Ambassador"), ("Siad", "President")}
    assert {e.name for e in found if e.kind == "country"} == {"ET"}


def test_truecased_mogadishu_paragraph_3(nlp):
    found = truecased_entities(nlp, MOGADISHU_3)
    assert {(e.name, e.title) for e in found if e.kind == "person"} == {("Abdullahi", "Amb")}
    assert {e.name for e in found if e.kind == "country"} == {"SO", "ET"}


def test_truecased_mogadishu_paragraph_6(nlp):
    names = {e.name for e in truecased_entities(nlp, MOGADISHU_6) if e.kind == "person"}
    assert {"Abdi Haji", "Abdullahi", "Addou", "Crocker", "Siad"} <= names
    assert not names & {"Permsec", "Protocol", "Chief", "Amb", "President", "Washington", "Ministry"}


@xfail("'HE WAS UNAWARE THA ANY SUCH INSTRUCTIONS' (88MOGADISHU8032, paragraph 6, a typo for THAT) is "
       "truecased 'Tha' and taken for a person")
def test_truecased_typo_is_not_a_person(nlp):
    names = {e.name for e in truecased_entities(nlp, MOGADISHU_6) if e.kind == "person"}
    assert "Tha" not in names


def test_truecased_caracas_paragraph_6(nlp):
    found = truecased_entities(nlp, CARACAS_6)
    (rangel,) = [e for e in found if e.kind == "person"]
    assert rangel.name == "Juan Vicente Rangel"
    (office,) = [e for e in found if e.kind == "ministry"]
    assert office.name == "Office of the Vice President"


def test_truecased_kuala_lumpur_paragraph_2(nlp):
    found = truecased_entities(nlp, KUALALUMPUR_2)
    assert {e.name for e in found if e.kind == "person"} == {"Mahathir"}
    assert {e.name for e in found if e.kind == "country"} == {"MY", "MX"}


def test_truecased_harare_paragraph_1(nlp):
    found = truecased_entities(nlp, HARARE_1)
    surnames = {e.name.split()[-1] for e in found if e.kind == "person"}
    assert {"Tsvangirai", "Mugabe"} <= surnames
    (morgan,) = [e for e in found if e.name == "Morgan Tsvangirai"]
    assert morgan.title == "President"


def test_truecased_surname_that_is_a_common_word(nlp):
    found = truecased_entities(nlp, HARARE_1)
    assert "Susan E. Rice" in {e.name for e in found if e.kind == "person"}


# -- development set dev4 (benchmarks/entities/texts/dev4) ------------------------------------------


def test_name_after_a_title_followed_by_the(nlp):
    # 04DJIBOUTI446, paragraph 3: "the" after the name is no title word.
    text = ("Strachwitz told Ambassador March 25 that in her meeting with Foreign Minister Ali Abdi Farah the "
            "morning of March 24, the Foreign Minister was pleasant but chastised Germany for having made the "
            "decision to cancel the visit on security grounds.")
    farah = the_person(nlp, text, "Ali Abdi Farah")
    assert (farah.title, farah.ministry) == ("Foreign Minister", "Ministry of Foreign Affairs")


def test_names_listed_after_a_name(nlp):
    # 02TEGUCIGALPA2531, paragraph 9.
    text = ("Judges Marco T. Barahona and Ovidio Navarro weighed in on this topic, highlighting the need for civil "
            "society and other sectors, especially the G-15 group and U.S., to support the Court in its battle for "
            "independence and the maintenance of separation of powers.")
    assert person_names(nlp, text) == {"Marco T. Barahona", "Ovidio Navarro"}


def test_caveat_line_in_mid_sentence_breaks_no_name(nlp):
    # 04MUSCAT2037 (dev3), paragraph 1, as the cable prints it: "SIPDIS" between two lines.
    paragraph = ("Macki are likely to attend the Rabat FFF.  MFA Under \nSecretary Sayyid Badr bin Hamad al-Busaidi "
                 "and National \n \nSIPDIS \nEconomy Secretary General (Minister Rank) Mohammed bin Nasser \n"
                 "al-Khusaibi are instead slated to represent Oman in the \nministerial sessions.")
    assert person_names(nlp, ner_text(paragraph).text) == {"Badr bin Hamad al-Busaidi", "Mohammed bin Nasser al-Khusaibi"}


@pytest.mark.parametrize(
    "text",
    [
        # 09KUALALUMPUR752, paragraph 3.
        "Econcouns highlighted to xxxxxxxxxxxx the key points of the non-paper for xxxxxxxxxxxx, noting "
        "specifically the new information on Bank Mellat proliferation finance activities.",
        # 04MADRID2187, paragraph 2.
        "Two double rooms for single use have been reserved for U.S. Ivan Baptiste Jr. and Lourdes Timberman, at "
        "Hotel Melia Fenix, Calle Hermosilla no. 2, 28006 Madrid, tel.: 91 4316700, from June 13 to June 17.",
    ],
    ids=["Bank Mellat", "Calle Hermosilla"],
)
def test_a_name_after_a_bank_hotel_or_street_word_is_no_person(nlp, text):
    names = person_names(nlp, text)
    assert not {n for n in names if any(w in n for w in ("Mellat", "Hermosilla", "Fenix"))}, names


def test_misspelt_ministry_gets_its_name(nlp):
    # 04ZAGREB2109, paragraph 5 (a note verbale).
    text = ("The Ministry of Foreign Affaires of the Republic of Croatia avails itself of this opportunity to "
            "renew to the Embassy of the United States of America the assurances of its highest consideration.")
    (ministry,) = ministries(nlp, text)
    assert ministry.name == "Ministry of Foreign Affairs"


def test_a_name_word_of_the_corpus_the_ner_misses_is_a_person(nlp):
    # 04KINSHASA1654 (dev3), paragraph 4: "Mobutu" is a name in most cables that name him.
    text = "Nzuzi represents the remnants of the MPR, Mobutu's former party."
    assert "Mobutu" in person_names(nlp, text)


def test_a_word_the_corpus_rarely_takes_for_a_name_is_no_person_alone(nlp):
    # 04MUSCAT2037 (dev3), paragraph 5.
    text = ("Pol/E Chief emphasized that Morocco, as host, was responsible for issuing invitations, and that future "
            "participation in the Forum was designed to be flexible.")
    assert "Forum" not in person_names(nlp, text)


def test_listed_participants_with_their_titles(nlp):
    # 09BEIJING2964 (cablegate-html), paragraph 2, and 04MASERU321 (cables-csv/embassy-maseru.csv):
    # after a comma come a suffix or a title, not more names.
    text = ("Amb. Jon M. Huntsman, Jr., Embassy Beijing\nJoseph Donovan, EAP Principal Deputy Assistant Secretary of "
            "State\nRear Admiral Charles Leidig, Joint Chiefs of Staff\nAmb. Joseph DeTrani, Mission Manager for North "
            "Korea, DNI")
    names = person_names(nlp, text)
    assert {"Jon M. Huntsman", "Joseph Donovan", "Charles Leidig", "Joseph DeTrani"} <= names
    assert not {n for n in names if n.startswith(("Jr", "Manager", "Mission"))}, names


@pytest.mark.parametrize(
    "text, expected",
    [
        # 04DJIBOUTI446 (dev4), paragraph 2: a language is no country.
        ("The Reuters-originated story was carried in condensed form in the media here, but the spokesman's remarks "
         "were re-interpreted in French as indicating U.S. \"surprise\" over the German claims of a specific threat "
         "against Rau.", {"US", "DE"}),
        # 05MADRID1324 (dev2): an adjective after "in" still is.
        ("The Socialists enjoyed greater credibility with traditionally anti-American elements in Spanish society "
         "and could bring them along.", {"US", "ES"}),
        # 04MANAMA1383 (dev): a country's name after "in" is the country.
        ("For example, hostilities in Iraq have triggered demonstrations in the last 12 months.", {"IQ"}),
        # 88BAGHDAD28 (dev4), paragraph 3: an export-control regime.
        ("This test chamber is not controlled by the Missile Technology Control Regime (MTCR) or the Australia Group "
         "(AG), but is suitable for subjecting ballistic missile components and their weapons payloads to the harsh "
         "environmental conditions experienced during the launch, flight and reentry of ballistic missiles.", set()),
    ],
    ids=["in French", "in Spanish society", "in Iraq", "Australia Group"],
)
def test_languages_and_groups_named_after_countries(nlp, text, expected):
    assert countries(nlp, text) == expected


def test_financial_intelligence_unit_is_a_government_body(nlp):
    # 04GUATEMALA3244 (dev4).
    text = ("These measures have included the creation of a Financial Intelligence Unit, passing comprehensive banking "
            "legislation, and bringing the offshore banking sector under the effective supervision of the Financial "
            "Intelligence Unit.")
    assert {m.name for m in ministries(nlp, text)} == {"Financial Intelligence Unit"}


# -- test3 (benchmarks/entities/texts/test3), a tuning set since it was scored held out -----------


PEOPLE_IN_TEST3 = [
    # 04MADRID3082, paragraph 1: first names the NER leaves out of the names it finds.
    pytest.param("Embassy Madrid grants country clearance for the following DHS employees:  James Hugh Yeager, Isabel "
        "Marie Tumblin, Cecilia Michele Barela, and Sharon Ruth Trodden to travel to Madrid, Spain from August 30 "
        "- September 3, 2004.",
        {"James Hugh Yeager", "Isabel Marie Tumblin", "Cecilia Michele Barela", "Sharon Ruth Trodden"}, id="Isabel Marie Tumblin"),
    # 07TRIPOLI1033, paragraph 3: a date after a name is no part of it.
    pytest.param("Confirming press accounts, Sanchez said Qadhafi will meet with Spanish PM Zapatero December 17; King Juan "
        "Carlos is also scheduled to host a luncheon in honor of the visiting Libyan leader.",
        {"Sanchez", "Qadhafi", "Zapatero", "Juan Carlos"}, id="Zapatero December 17"),
    # 04QUITO3081, paragraph 3: a consulate general and its city are a post.
    pytest.param("Members of the country team and ConGen Guayaquil have echoed the Ambassador's message to key contacts in "
        "government, the military, and civil society.", set(), id="ConGen Guayaquil"),
]


@pytest.mark.parametrize(
    "text, name, country",
    [
        # 08LONDON2181, paragraph 1: the FCO is the UK's foreign ministry.
        ("During what was described by FCO Afghanistan Desk Officer Tom Burns as a mainly \u201cmorale boosting\u201d "
         "trip to Afghanistan on August 21, Prime Minister Gordon Brown met with UK and Afghan military commanders "
         "and Governor Mangal in Helmand.",
         "Ministry of Foreign Affairs", "GB"),
        # 04CARACAS3230, paragraph 7.
        ("A note from the Vice-President's office indicated that President Hugo Chavez would travel to Russia on "
         "November 25-26 to sign the Cooperation Accord between the two countries.", "Office of the Vice President",
         None),
    ],
    ids=["FCO", "Vice-President's office"],
)
def test_ministries_in_test3(nlp, text, name, country):
    assert [(m.name, m.country) for m in ministries(nlp, text)] == [(name, country)]


def test_indian_is_india(nlp):
    # 08ASTANA338, paragraph 1 (end).
    text = ("Knowledge of the incident, and the letter, have been the talk of the diplomatic and business community "
            "ever since, with sources ranging from the Indian Ambassador to the local ABN Amro chief raising it with "
            "the Ambassador.")
    assert countries(nlp, text) == {"IN"}


# -- test4 (benchmarks/entities/texts/test4), a tuning set since it was scored held out -----------


PEOPLE_IN_TEST4 = [
    # 09BEIJING1634, paragraph 5: a plural title before two names.
    pytest.param("When CGs Donovan and Goldberg both pointed out that trust was a two-way street and that North Korea had "
        "not evinced a great deal of it, XXXXXXXXXXXX was evasive.", {"Donovan", "Goldberg"}, id="CGs Donovan and Goldberg"),
    # 09BEIJING1634, paragraph 7: the end of a hyphenated word is no name.
    pytest.param("Presidential Statement critical of North Korea's April 5 Taepo-Dong 2 launch.", set(), id="Taepo-Dong"),
    # 04CARACAS1861, paragraph 2: a campaign committee.
    pytest.param("The pro-Chavez campaign committee Comando Ayacucho accused the opposition of falsifying 10,000 identity "
        "cards in hundreds of centers across Venezuela.", set(), id="Comando Ayacucho"),
]


# -- test5 (benchmarks/entities/texts/test5), a tuning set since it was scored held out -----------


PEOPLE_IN_TEST5 = [
    # 03LAGOS363, paragraph 2: "Alhaji" is an honorific.
    pytest.param("Labor and Productivity Minister, Alhaji Musa Gwadabe, and Special Presidential Advisor on Petroleum, "
        "Alhaji Rilwanu Lukman, will head the GON delegation at Thursday's meeting.",
        {"Musa Gwadabe", "Rilwanu Lukman"}, id="Alhaji"),
    # 03OTTAWA1654, paragraph 2, as truecasing leaves the ranks in capitals.
    pytest.param("CF MGEN Andrew Leslie will be there by 15-20 other CF personnel.", {"Andrew Leslie"}, id="CF MGEN"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 03OTTAWA1654, paragraph 3: Canada's departments are its ministries.
        ("Foreign Affairs (DFAIT) and National Defense (DND) contacts tell us that beyond the announced ISAF "
         "mission in Kabul, Canada is looking at potential CF participation in Provincial Reconstruction Teams.",
         {("Ministry of Foreign Affairs", "CA"), ("Ministry of Defense", "CA")}),
        # 08BRASILIA674, paragraph 2.
        ("Dilma Rousseff, Chief of the Civil Household, appeared before the Senate Infrastructure Services "
         "Committee on May 7 to testify on the progress of the Growth Acceleration Program.",
         {("Presidential Administration", "BR")}),
    ],
    ids=["DFAIT and DND", "Civil Household"],
)
def test_ministries_in_test5(nlp, text, expected):
    assert {(m.name, m.country) for m in ministries(nlp, text)} == expected


def test_uae_with_dots_is_a_country(nlp):
    # 04YEREVAN314, paragraph 6.
    text = ("Lastly, DCM raised the issue of bilateral law enforcement cooperation with key origin, destination and "
            "transit countries, especially the U.A.E. and Uzbekistan.")
    assert countries(nlp, text) == {"AE", "UZ"}
    assert person_names(nlp, text) == set()


# -- test6 (benchmarks/entities/texts/test6) and the rules of round 5, from the tuning sets -------


PEOPLE_IN_ROUND_5 = [
    # test3 03MONTREAL1377, paragraph 4: a first name the NER knows starts a name it missed.
    pytest.param("was the runner-up in the 2001 election of the International Olympic Committee (IOC) presidency, "
        "losing out to Belgian Jacques Rogge.", {"Jacques Rogge"}, id="Jacques Rogge"),
    # test5 04PARAMARIBO197, paragraph 3: the same after a rank.
    pytest.param("The soldier, Corporal Dennis Duiker, told the press that the 31-member unit would like to put to "
        "use its United Nations training.", {"Dennis Duiker"}, id="Corporal Dennis Duiker"),
    # test4 03ADANA221, paragraph 3: not inside a school's name.
    pytest.param("Milli Gazete / A group of about 7-8 people stoned Adnan Darendeliler Primary School in Van "
        "Province.", set(), id="Adnan Darendeliler Primary School"),
    # test 03GUATEMALA2802, paragraph 4: nor inside a town's.
    pytest.param("The TSE reps downplayed fears of election-day violence overall, but were unified in citing one "
        "exception: San Luis Jilotepeque, a small mountain town with a history of election day violence.",
        set(), id="San Luis Jilotepeque"),
    # test4 04CARACAS1861, a heading: "Visit" is no part of a name.
    pytest.param("Carter and Gaviria Visit Chavez, CNE", {"Carter"}, id="heading"),
    # test4 09BEIJING1634, participants: the post's city is no part of the consul general's name.
    pytest.param("Consul General Hong Kong Robert Goldberg, Consul General Guangzhou Mark Lambert, Regional Unit "
        "Chief Jim Brown, interpreter", {"Robert Goldberg", "Mark Lambert", "Jim Brown"}, id="Guangzhou Mark Lambert"),
    # test6 09ISLAMABAD289, paragraph 2: nor is a country in the possessive after a name.
    pytest.param("Zardari said he would raise with Ambassador Holbrooke Pakistan’s commitment to fighting "
        "insurgency, which he expected to get much worse when the GOP really engaged the militants.",
        {"Zardari", "Holbrooke"}, id="Holbrooke Pakistan's"),
    # test6 04ACCRA2044, paragraph 3: "Chief Whip" is a title (and "Minister of Parliament" one
    # since round 35).
    pytest.param("interest, Emboffs met in early October with Minister of Parliament Owusu-Agyapong, Minority (NDC) "
        "Chief Whip Doe Adjaho, Finance Committee Chair Atta Agyepong, Trade and Industry Committee Chair "
        "Asante-Frempong, Roads and Transport Committee Chair Sarfoh, and Finance Committee minority leader Moses "
        "Asaga.", {"Owusu-Agyapong", "Doe Adjaho", "Atta Agyepong", "Asante-Frempong", "Sarfoh", "Moses Asaga"},
        id="Chief Whip"),
]


# -- rules and data of round 6, from test7 and test8 (tuning sets since they were scored) --------


@pytest.mark.parametrize(
    "text, expected_people, expected_countries",
    [
        # test7 10CARACAS163, paragraph 1: NSA is the National Security Advisor, a title.
        ("perspective on Venezuela’s growing ties with Iran and Eni’s CEO plans to brief NSA Jones on the Italian "
         "company’s activities in Iran in a March visit to Washington.", {"Jones"}, {"VE", "IR", "IT"}),
        # test8 04SANTODOMINGO4665, paragraph 3: Dominican is the Dominican Republic, not Dominica.
        ("(SBU) On August 11 President of the Dominican House of Representatives Alfredo Pacheco told Charge and "
         "EcoPol counselor that he expected, in the worst of cases, to obtain House approval for the first reading "
         "of the tax reform package on August 12.", {"Alfredo Pacheco"}, {"DO"}),
        # test8 04TAIPEI4074, paragraph 2: Chinese Taipei is Taiwan.
        ("At the November 2004 meeting of the International Commission for the Conservation of Atlantic Tunas "
         "(ICCAT), Chinese Taipei was \"identified\" as having diminished the effectiveness of ICCAT management "
         "measures.", set(), {"TW"}),
        # test7 04ACCRA2378, paragraph 2: a religion is no person.
        ("The Ramadan program began with an Iftaar dinner hosted by Ambassador Mary Carlin Yates, attended by the "
         "Vice President of Ghana and all of the major Muslim leadership figures in Accra.",
         {"Mary Carlin Yates"}, {"GH"}),
    ],
    ids=["NSA Jones", "Dominican", "Chinese Taipei", "Muslim"],
)
def test_people_and_countries_of_round_6(nlp, text, expected_people, expected_countries):
    assert (person_names(nlp, text), countries(nlp, text)) == (expected_people, expected_countries)


def test_provinces_and_headings_in_capitals_are_no_people(nlp):
    # test7 09RIODEJANEIRO311, paragraph 1: Brazil's states (countryinfo's provinces), and a
    # heading in capitals. ("Rio Radar", the newsletter, is still taken for a person.)
    text = ("Rio Radar is a weekly compilation of key economic, political, commercial, and other developments in the "
            "states of Rio de Janeiro, Bahia, Minas Gerais, Espirito Santo, and Sergipe.\n\nThis week's subjects: "
            "RIO MAYOR WANTS FURTHER COOPERATION WITH USG")
    found = {name.lower() for name in person_names(nlp, text)}
    assert not found & {"minas gerais", "espirito santo", "bahia", "sergipe", "wants further cooperation with"}, found


def test_data_of_test9(nlp):
    # test9 03NASSAU2452, paragraph 2: Turks and Caicos, not Turkey.
    text = ("The seizure was completed by members of the Royal Bahamas Police Force in cooperation with members of "
            "the Operation Bahamas and Turks and Caicos (OPBAT).")
    assert countries(nlp, text) == {"BS", "TC"}
    # test9 08LONDON2211, paragraph 4: HM Treasury is Britain's finance ministry.
    text = ("Also, Karen Pillay, Head of Middle East, CIS and Energy at HM Treasury told Econoff that HMG had received "
            "an economic assistance “wish list” from Georgia, but was awaiting the results of an IMF needs "
            "assessment.")
    assert [(m.name, m.country) for m in ministries(nlp, text)] == [("Ministry of Finance", "GB")]
    # test9 09KABUL495, paragraph 3: "Ustad" is an honorific.
    text = ("MPs single out Sayed Hussein Alemi Balkhi (Kabul), Ahmad Ali Jebraili (Herat), and Ustad Mohammad Akbari "
            "(Bamyan) as the Hazara MPs who receive the most support from Iran.")
    assert person_names(nlp, text) == {"Sayed Hussein Alemi Balkhi", "Ahmad Ali Jebraili", "Mohammad Akbari"}


def test_us_department_of_labor(nlp):
    # test7 04SANAA2015, paragraph 5.
    text = ("Department of Labor to the ILO, ILO/IPEC opened a rehabilitation center for victims of child labor in "
            "2002.")
    assert [(m.name, m.country) for m in ministries(nlp, text)] == [("Department of Labor", "US")]


def test_two_spaces_after_an_initial_end_a_name(nlp):
    # test4 05DUBLIN19, paragraph 1: "refs A and B.  Brady noted" is no "B. Brady".
    paragraph = ("On January 10, Post delivered reftel talking points to \nThomas Brady, Department of Foreign "
                 "Affairs (DFA) Principal \nOfficer for Consular Operations, who had provided information \nfor refs "
                 "A and B.  Brady noted that Mary Whelan, Irish \nAmbassador to the UN in Geneva, and Kiera O'Brien, "
                 "First \nSecretary of Development Corporation Ireland (DCI, Ireland's")
    assert person_names(nlp, ner_text(paragraph).text) == {"Thomas Brady", "Brady", "Mary Whelan", "Kiera O'Brien"}


def test_department_in_lower_case_is_not_the_department_of_state(nlp):
    # test 03GUATEMALA2802, paragraph 3: a Guatemalan department is a province.
    text = ("The local representative of the Supreme Electoral Tribunal said he expects the elections will be pulled "
            "off without fraud or violence in much of the department, but said one municipality is bracing for "
            "protests after the results are known.")
    assert ministries(nlp, text) == []


# -- rules and data of round 8, from test10 and the other tuning sets -----------------------------


PEOPLE_IN_ROUND_8 = [
    # test10 03GUATEMALA2255, paragraph 1: "Presidential Candidate" is a title.
    pytest.param("General Enrique Rios Sosa, Army Chief of Staff and son of Presidential Candidate Efrain Rios "
        "Montt, retired without warning or explanation from the Guatemalan military on Monday, September 1.",
        {"Enrique Rios Sosa", "Efrain Rios Montt"}, id="Presidential Candidate"),
    # test10 09RPODUBAI389, paragraph 6: a name that starts with "al-" after a title.
    pytest.param("Mashhad Friday Prayer Leader Ayatollah al-Hoda rhetorically asking Rafsanjani, \"why after twenty "
        "years, have you remained silent", {"al-Hoda", "Rafsanjani"}, id="Ayatollah al-Hoda"),
    # test10 04TAIPEI3141, paragraph 4: the second syllable of a given name.
    pytest.param("Wang intends also to discuss the issue further with PFP Legislator Lin Yu-fang, DPP Legislator "
        "Lee Wen-chung, and the MND's Vice Admiral Lei Kuang-shuh, all of whom accompanied Wang to the U.S. in "
        "June 2004.", {"Wang", "Lin Yu-fang", "Lee Wen-chung", "Lei Kuang-shuh"}, id="Lei Kuang-shuh"),
    # test8 02TEGUCIGALPA3170, paragraph 2: a name that is also a town's.
    pytest.param("In all the elections, Bush made the difference.", {"Bush"}, id="Bush"),
    # test10 05WELLINGTON5, paragraph 5: "RSO Wellington" is the post's security officer.
    pytest.param("incidents/activities should be reported to RSO Wellington (Telephone (64)(4)462-6000, 24 "
        "hours/day).", set(), id="RSO Wellington"),
    # test10 05MADRID572, paragraphs 1 and 2: names inside the names of a centre and a group.
    pytest.param("Judge Garzon will be a long-term guest lecturer at New York University's King Juan Carlos Center "
        "for nine months.", {"Garzon"}, id="King Juan Carlos Center"),
    pytest.param("2001 Trade Tower bombings as connected to the Moroccan Al-Qaida cell known as the Barakat Yarkas "
        "group.", set(), id="Barakat Yarkas group"),
    # test10 04LAGOS568, paragraph 4: peoples are no people.
    pytest.param("there would almost certainly have been spontaneous attacks by the Yorubas in Lagos and other parts "
        "of the southwest against perceived Igbo and Hausa enemies.", set(), id="Igbo and Hausa"),
    # test10 03ADANA251, paragraph 7: a newspaper of the press summary.
    pytest.param("7. Sabah Guney / Dr. Oguz Zafer Karahan in Iskenderun announced that there are leishmania cases "
        "in Arsuz, Iskenderun.", {"Oguz Zafer Karahan"}, id="Sabah Guney"),
    # test6 04SANAA1085, the end of a quoted letter: "End text." is no part of the name.
    pytest.param("Wishing you all peace and prosperity.\n\nYFMF Head, Rahma Hujaira End text.", {"Rahma Hujaira"},
        id="End text"),
]


def test_leader_is_a_title(nlp):
    # test8 09BOGOTA1632, paragraph 5: with a title, one word is a person in any cable.
    text = "a humanitarian exchange long before Operation Check (Jaque), but then FARC leader Marulanda had refused."
    assert the_person(nlp, text, "Marulanda").title == "leader"


@pytest.mark.parametrize(
    "text, expected",
    [
        # test10 04ZAGREB1741, paragraph 5: a department of the Croatian MFA.
        ("enforcement starting on October 3, MFA,s  Head of Department for EU Politics told Emboffs September 30 "
         "that the FEPZ would not be enforced", {("Ministry of Foreign Affairs", None)}),
        # test9 08PARIS1698, paragraph 4: a French sub-directorate.
        ('is creating a fourth "sous-direction" (akin to a Department', set()),
        # test3 04TEGUCIGALPA1200, paragraph 3: the Public Ministry is the prosecutors.
        ("assistance to the Ministry of Public Security (police investigators) and Public Ministry (prosecutors) on "
         "a specific case", {("Ministry of Public Security", None)}),
        # test3 04TEGUCIGALPA1200, paragraph 1: a bureau of the Department of State.
        ("Post believes that the Bureau of Democracy, Human Rights and Labor initiative to address programs that "
         "promote human", {("Department of State", "US")}),
        # test10 05MADRID572, paragraph 1, and dev3 07MADRID1722, paragraph 1: agencies of a US department.
        ("the Diplomatic Security Service provide protective security", {("Department of State", "US")}),
        ("The DHS-ICE Attache advised Bonilla that the information was confidential and to be used only for law "
         "enforcement purposes.", {("Department of Homeland Security", "US")}),
        # test6 09BAGHDAD197, paragraph 2: Iran's Supreme National Security Council.
        ("Saeed Jalili, secretary of the Supreme National Security Council.",
         {("Supreme National Security Council", "IR")}),
    ],
    ids=["Head of Department", "a Department", "Public Ministry", "DRL", "DSS", "ICE", "SNSC"],
)
def test_ministries_of_round_8(nlp, text, expected):
    assert {(m.name, m.country) for m in ministries(nlp, text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test5 04VILNIUS1548, paragraph 3.
        ("agreed to help work towards finding an acceptable solution, suggesting the Migration Office is ready to "
         "work with us to address this issue.", {"Migration Office"}),
        # test9 04CARACAS3927, paragraph 6.
        ("the GDP recovery, and the fact that unemployment in November (according to the National Statistics "
         "Institute, INE) was 12.8%", {"National Statistics Institute"}),
        # test9 06BUCHAREST576, paragraph 1: a body named head first; its country is no part of its name.
        ("Theodora Bertzi, Secretary of State for the Government of Romania,s (GOR) Romanian Office for Adoptions "
         "(ROA), dated March 29", {"Office for Adoptions"}),
        # test3 04WELLINGTON716, paragraph 4: an embassy's office is no government body.
        ("All official visitors to the Embassy are required to report to the Regional Security Office for a TDY "
         "security briefing.", set()),
    ],
    ids=["Migration Office", "National Statistics Institute", "Office for Adoptions", "Regional Security Office"],
)
def test_government_bodies_found_by_the_rule(nlp, text, expected):
    assert {m.name for m in ministries(nlp, text)} == expected


# -- rules and data of round 9, from test11 (a tuning set since it was scored) ---------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # 03MAPUTO1755, paragraph 6: one ministry for each name after "Ministries of".
        ("participation by the Ministries of Finance, Foreign Affairs, and Justice.",
         {"Ministry of Finance", "Ministry of Foreign Affairs", "Ministry of Justice"}),
        # 04NEWDELHI8261, paragraph 1: India's Ministry of External Affairs.
        ("MEA Joint Secretary (Americas) S. Jaishankar reiterated GOI desire to assist in Iraq's",
         {"Ministry of Foreign Affairs"}),
        # 07PARIS3941, paragraph 4: the Elysee is the French presidency.
        ("While MFA officials admit that a trip was discussed and could occur in the next few months, neither the "
         "Elysee Palace nor the MFA have said so publicly", {"Ministry of Foreign Affairs", "Presidential Administration"}),
        # 04QUITO3099, a heading.
        ("News from the Office of the Presidency", {"Presidential Administration"}),
        # 09KABUL2523, paragraph 1: electoral commissions are no government bodies.
        ("UNDP’s Margie Cook expressed confidence the Independent Electoral Commission (IEC) and Electoral Complaints "
         "Commission (ECC) could together effectively detect fraud and invalidate ballots where necessary.", set()),
    ],
    ids=["Ministries of", "MEA", "Elysee", "Office of the Presidency", "electoral commissions"],
)
def test_ministries_of_round_9(nlp, text, expected):
    assert {m.name for m in ministries(nlp, text)} == expected


PEOPLE_IN_ROUND_9 = [
    # 03HOCHIMINHCITY993, paragraph 2: a pagoda is no person.
    pytest.param("ConGen received a report that Vien Dinh, a monk from Giac Hoa Pagoda in HCMC who had been traveling "
        "with the UBCV leaders", {"Vien Dinh"}, id="Giac Hoa Pagoda"),
    # 04QUEBEC193, paragraph 1, and 04DUBLIN1331, paragraph 3: parties.
    pytest.param("CG met with Parti Quebecois (PQ) opposition", set(), id="Parti Quebecois"),
    pytest.param("He had a successful career as a Fine Gael TD, twice serving as Finance Minister in the 1980s.",
        set(), id="Fine Gael"),
    # 04KINSHASA1630, paragraph 3: a company.
    pytest.param("two buyers: Groupe Forrest and a Lebanese heterogenite dealer who goes by the name Alex Bazano.",
        {"Alex Bazano"}, id="Groupe Forrest"),
]


def test_srsg_is_a_title(nlp):
    # 09KABUL2523, paragraph 2.
    text = ("On August 22, Ambassadors Eikenberry, Holbrooke, and Ricciardone met with UNAMA SRSG Kai Eide, DSRSG "
            "Peter Galbraith, and UNDP Chief Electoral Advisor Margie Cook.")
    assert (the_person(nlp, text, "Kai Eide").title, the_person(nlp, text, "Peter Galbraith").title) == ("SRSG", "DSRSG")


PEOPLE_IN_ROUND_10 = [
    # test12 04MANAMA496, paragraph 1: a region is no person.
    pytest.param("It is using two concurrent conferences, Water Middle East and Power-Gen Middle East, to drum up "
        "interest in the sector.", set(), id="Middle East"),
    # test12 09KABUL3324, paragraph 6: an airfield.
    pytest.param("In addition, the current split in the ATFC between Bagram Airfield and Kabul should be minimized.",
        set(), id="Bagram Airfield"),
    # test12 04SANTODOMINGO6134, paragraph 6: a newspaper.
    pytest.param("On November 8, daily Diario Libre reported that Immigration had fired 37 officials previously "
        "assigned to five airports and the ferry terminal.", set(), id="Diario Libre"),
    # test12 04OTTAWA2990, paragraph 2: "Clerk" is a title.
    pytest.param("On November 8, 2004, Ambassador Cellucci hosted Alex Himelfarb, Clerk of the Privy Council and Tim "
        "Murphy, Chief of Staff, Prime Minister,s Office", {"Cellucci", "Alex Himelfarb", "Tim Murphy"}, id="Clerk"),
]


def test_general_directorate_of_migration(nlp):
    # test12 04SANTODOMINGO6134, paragraph 3.
    text = ("Baret that specific political appointees and inspectors within the General Directorate of Migration "
            "were preparing to smuggle people to the United States and Europe.")
    assert [m.name for m in ministries(nlp, text)] == ["General Directorate of Migration"]


def test_names_listed_one_per_line_are_each_a_person(nlp):
    # test13 06MADRID3104, paragraph 2: the NER read "Lumsden III" / "- Eric" as one name, and a
    # name before the next line's dash as the first half of a hyphenated word.
    paragraph = ("The names of the alleged occupants include:\n\n- James Fairing\n- Jason Franklin\n- Michael Grady\n"
                 "- Lyle Edgard Lumsden III\n- Eric Fair\n- Bryam Charles\n- Kirk James Bird\n- Walter Richard "
                 "Gressbore\n- Patricia Rilroy\n- Jane Payne\n- James O'Hale\n- John Decker\n- Hector Lorenzo")
    names = person_names(nlp, ner_text(paragraph).text)
    assert {"James Fairing", "Jason Franklin", "Michael Grady", "Lyle Edgard Lumsden III", "Kirk James Bird",
            "Patricia Rilroy", "Jane Payne", "James O'Hale", "John Decker"} <= names, names
    assert not any("\n" in name or " - " in name for name in names), names


PEOPLE_IN_ROUND_12 = [
    # test14 04RANGOON487, paragraph 2: "Dato" is a Malaysian honorific.
    pytest.param("On April 19 COM and P/E chief met with Malaysian Ambassador Dato Cheah Sam Kip, continuing our round "
        "of calls on Rangoon missions", {"Cheah Sam Kip"}, id="Dato"),
    # test14 04VILNIUS1245, paragraph 3: a parliament.
    pytest.param("Conservative Saulius Nefas currently represent Anyksciai in Lithuania's parliament (Seimas).  Recent "
        "redistricting will leave Anyksciai with one Seimas member following the October 10 elections.",
        {"Saulius Nefas"}, id="Seimas"),
]


PEOPLE_IN_ROUND_13 = [
    # test15 06MADRID293, paragraph 5: the NER read "Khayata Kattan - 9" as a name.
    pytest.param(ner_text("-- Abdulla Khayata Kattan - 9 year sentence. Could be \nreleased in July 2006. \n").text,
        {"Abdulla Khayata Kattan"}, id="a dash ends a name"),
    # test12 04WELLINGTON598, paragraph 7: a given name that is also a word starts a sentence.
    pytest.param("Commerce Commission's investigation.  Grant Forsyth, \nTelstraClear's manager of industry and "
        "regulatory affairs, \nsaid the rates should be more in line with those recommended", {"Grant Forsyth"},
        id="Grant"),
    # test14 03OTTAWA702, paragraph 1: a hyphenated given name the NER misses.
    pytest.param("A concerning the U.S. candidacy for election to the UNESCO \nexecutive board to Jean-Luc Chouinard, "
        "Special Advisor for \nUNESCO in the UN Specialized Agencies Section of DFAIT's", {"Jean-Luc Chouinard"},
        id="Jean-Luc"),
    # test14 08BOGOTA683, paragraph 2: a given name of Faker's locales that the corpus rarely saw.
    pytest.param(ner_text("Santos had previously announced that the GOC had located the\nfour--Gloria Polanco, Luis Eladio "
        "Perez, Orlando Beltran, and\nJorge Eduardo Gechem--south of San Jose de Guaviare, and near").text,
        {"Gloria Polanco", "Luis Eladio Perez", "Orlando Beltran", "Jorge Eduardo Gechem"}, id="Gloria"),
    # test15 08STATE37957, paragraph 3: two names of the NER side by side ("Syed Yousaf", "Raza Gillani").
    pytest.param(ner_text("\u00b63. (S/NF) Recent press reports indicate a plan for Dr.\nKhan,s release was approved for "
        "delivery to Prime Minister\nSyed Yousaf Raza Gillani. We should determine the accuracy of\nthe reports and "
        "clearly indicate to the new government, as\n").text, {"Khan", "Syed Yousaf Raza Gillani"},
        id="adjacent names"),
]

PEOPLE_IN_ROUND_14 = [
    # test16 03ADANA209, paragraph 6 of a press summary: a newspaper's name glued to a slash
    # before a given name is no part of the name.
    pytest.param(ner_text("Milli Gazete/ Muhammed Guzelkurtoglu, Head \nof the Health Services in Van announced \nthat "
        "about 2500 health personnel would be \n").text, {"Muhammed Guzelkurtoglu"}, id="Gazete/ Muhammed"),
    # test16 09STATE122950, paragraph 5, and 03GUATEMALA1066, paragraph 2: organisation words of
    # companies and newspapers.
    pytest.param(ner_text("-- We also understand that the Iranian company Hamim \nCommercial offered SHIG pressure "
        "transducers and other \nequipment produced by HBM. \n").text, set(), id="Commercial"),
    pytest.param(ner_text("2. (U) Leading daily Prensa Libre carried two editorials \nApril 21, entitled \"Guatemala "
        "Sided with the Good Guys in \n").text, set(), id="Prensa"),
]


def test_a_think_tank_in_turkish_is_no_person(nlp):
    # test16 07ANKARA1091, paragraph 5: "Merkezi" (centre) is an organisation's word.
    text = ("After 1997, it was Gul's think-tank, Politik Arastirma Merkezi (Political Research Center - PAM) that "
            "planned AKP's split from Erbakan's Fazilet and mapped out the strategy that brought AKP to power in 2002.")
    assert not any("Merkezi" in name for name in person_names(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    PEOPLE_IN_TEST3 + PEOPLE_IN_TEST4 + PEOPLE_IN_TEST5 + PEOPLE_IN_ROUND_5 + PEOPLE_IN_ROUND_8 + PEOPLE_IN_ROUND_9
    + PEOPLE_IN_ROUND_10 + PEOPLE_IN_ROUND_12 + PEOPLE_IN_ROUND_13 + PEOPLE_IN_ROUND_14,
)
def test_people_in_the_sets_scored_held_out(nlp, text, expected):
    """The people of sentences from the sets scored held out (test3 to test14), tuning sets since."""
    assert person_names(nlp, text) == expected


def test_a_given_name_after_a_comma_and_a_title(nlp):
    # test13 09PRAGUE589, paragraph 2: "Petr" is a given name of Faker's Czech locale; the corpus
    # saw it too rarely to know it.
    text = ner_text("too narrowly focused.  Pocuch and his Deputy, Petr \nChalupecky, plan to press hard for this paper "
                    "to be clearly \nprioritized and focused before it is handed over to us.").text
    assert "Petr Chalupecky" in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # test15 04PRETORIA5313, paragraph 3: a department named head first, with "and" in its name.
        (ner_text("3.  According to Willem van der Spuy, director of Asian \nbilateral trade programmes at the "
                  "Department of Trade and \nIndustry, Sacu and India will start free trade negotiations").text,
         {("Department of Trade and Industry", None)}),
        # test15 08FREETOWN389, paragraph 2: State House is Sierra Leone's presidency.
        ("According to a State House press statement, this action was taken to facilitate the investigation and "
         "provide \u201cunfettered access to everyone and everywhere the investigations demand.\u201d",
         {("Presidential Administration", None)}),
        # test15 10BRASILIA61, paragraph 6: MRE, Brazil's Ministerio das Relacoes Exteriores.
        ("Speaking in terms that much resembled an earlier meeting between Ambassador Shannon and MRE Secretary "
         "General Patriota (reftel), Carvalho and the Ambassador talked about Haiti", {("Ministry of Foreign Affairs", None)}),
    ],
    ids=["Department of Trade and Industry", "State House", "MRE"],
)
def test_ministries_of_round_13(nlp, text, expected):
    assert {(m.name, m.country) for m in ministries(nlp, text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test16 08OSLO629, paragraph 1: departments listed after "Departments of".
        ("A concerted effort by Lockheed Martin, Embassy Oslo, EUCOM, and the Departments of State and Defense played a "
         "key role in this decision.", {("Department of State", "US"), ("Department of Defense", "US")}),
        # test9 03ACCRA468, paragraph 3: ministries listed before "Ministries".
        (ner_text("Administration Ministries), they will not accept Gbagbo \nexercising control over the Defense and "
                  "Interior Ministries. \n").text, {("Ministry of Defense", None), ("Ministry of Internal Affairs", None)}),
        # test16 04KINSHASA1558, paragraph 6: the Ministry of Plan, and the Presidency (round 44).
        (ner_text("spending and poverty reduction programs. (Note. Neither the \nMinistry of Plan - which handles the "
                  "PRSP - nor the \nPresidency has given specifics on a timeframe for dedication \n").text,
         {("Ministry of Planning", None), ("Presidential Administration", None)}),
        # test14 03TEGUCIGALPA2341, paragraph 3: the White House is the US presidency.
        (ner_text("\"In regard to the boycott of the ICC, the White House had \nthreatened to withhold military aid to 35 "
                  "countries if they \n").text, {("Presidential Administration", "US")}),
        # test3 10BRASILIA51, paragraph 1.
        ("He hopes to sign the DCA during his proposed February 23 visit to Washington, if the Ministry for Foreign "
         "Affairs approves in time.", {("Ministry of Foreign Affairs", None)}),
    ],
    ids=["Departments of State and Defense", "Defense and Interior Ministries", "Ministry of Plan", "White House",
         "Ministry for Foreign Affairs"],
)
def test_ministries_of_round_14(nlp, text, expected):
    assert {(m.name, m.country) for m in ministries(nlp, text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test17 04QUITO3202, paragraph 2: a demonym the country data spells "Ecuadorean"; it is
        # the body's country, no part of its name.
        (ner_text("legislation and is working with the Ecuadorian Civil Aviation \nAuthority (DGAC) and U.S. Federal "
                  "Aviation Administration \n").text,
         {("Civil Aviation Authority", "EC"), ("Federal Aviation Administration", "US")}),
        # test17 04DJIBOUTI578, paragraph 8: a possessive inside a ministry's name.
        (ner_text("supports the agenda of the Ministry of Women's Affairs, \n").text, {("Ministry of Women's Affairs", None)}),
    ],
    ids=["Ecuadorian", "Women's Affairs"],
)
def test_ministries_of_round_15(nlp, text, expected):
    assert {(m.name, m.country) for m in ministries(nlp, text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test17 09USNATO532, paragraph 5, and test6 04BRATISLAVA672, paragraph 2: demonyms the
        # country data leaves out.
        ("during the Russian-Belarussian ZAPAD 2009 military exercise,", {"RU", "BY"}),
        ("non-official parliamentary visit with Slovaks, Czechs, and Swedes \nthis spring.", {"SK", "CZ", "SE"}),
    ],
    ids=["Belarussian", "Swedes"],
)
def test_countries_of_round_15(nlp, text, expected):
    assert {e.name for e in entities(nlp, text) if e.kind == "country"} == expected


@pytest.mark.parametrize(
    "text",
    [
        # test17 03TEGUCIGALPA1996, paragraph 4: newscasts.
        ner_text("and 13) reported on the visit.  A noon program (channel 3's \nNoticiero Hoy Mismo al Da) had live "
                 "coverage of part of the \npress conference that was rerun in the evening program.  Coverage "
                 "\ncontinued on 8/21 on the morning news program Noticiero TVC \n(channels 3, 5, and 7). \n").text,
        # test17 04ADANA93, paragraph 7: a square.
        ner_text("prisons, and police and military buildings, the Grand Mosque, \nand at a distance closer than 500 meters "
                 "to the Dagkapi Square \nin town. \n").text,
    ],
    ids=["Noticiero", "Square"],
)
def test_newscasts_and_squares_are_no_people(nlp, text):
    assert person_names(nlp, text) == set()


def test_a_title_starts_the_next_name_in_a_list(nlp):
    # test18 09STATE34394, paragraph 2: "PolCounselor" is a title; the NER's names on the two lines
    # are two people, not one.
    text = ner_text("Brazil: \nAmbassador Antonio Patriota \nPolCounselor Carlos Ceglia \n").text
    names = person_names(nlp, text)
    assert "Carlos Ceglia" in names
    assert not any("Patriota" in name and "Ceglia" in name for name in names), names


def test_a_given_name_and_two_surnames(nlp):
    # test13 06MADRID3104, paragraph 2, and test15 06MADRID293, paragraph 5: a name the NER left out
    # that goes on after the first surname.
    text = ner_text("- Kirk James Bird\n- Walter Richard Gressbore\n- Patricia Rilroy\n").text
    assert "Walter Richard Gressbore" in person_names(nlp, text)
    text = ner_text("-- Kamal Hadid Chaar - 7 year sentence. Could be released in \nNovember 2006. \n").text
    assert person_names(nlp, text) == {"Kamal Hadid Chaar"}


# -- round 17, from the errors of test19 ----------------------------------------------------------


def test_a_given_name_before_the_ners_name(nlp):
    # test19 04CARACAS1542, paragraph 4: the NER finds "Salas Romer"; "Henrique" is a given name
    # the corpus rarely saw.
    text = ner_text("identification.  He also complained that in Carabobo, \nHenrique Salas Romer was becoming "
                    "an obstacle and his \nProyecto Venezuela had given only lukewarm support to the \nsimulation. \n").text
    assert person_names(nlp, text) == {"Henrique Salas Romer"}


def test_names_after_titles_of_round_17(nlp):
    # test19 04KINSHASA1849, paragraphs 2 and 3: "resrep" is a title; "For Africa" is still the
    # title, not the start of a name.
    text = ner_text("Summary. An IMF team led by Director For Africa Cyril \nBrianson visited Congo the week of "
                    "September 13 to assist in \nthe preparation of the DRC's 2005 budget.").text
    assert not any("Africa" in name for name in person_names(nlp, text))
    text = ner_text("Ambassador, DCM and Econoff met with IMF Director for \nAfrica Cyril Brianson, IMF resrep "
                    "Arend Kouwenaar, and Senior \nEconomist Jacob Gons (who was Kouwenaar's immediate \n"
                    "predecessor as resrep) on September 20").text
    assert "Arend Kouwenaar" in person_names(nlp, text)
    # test19 04PANAMA2176, paragraph 4: "First Lady" is a title; "de Young" is part of the name.
    text = ner_text("Mireya and Ruby Moscoso both received bribes from Cuban \nexiles.  The pardons were signed by "
                    "her sister First Lady Ruby \nMoscoso de Young and National Police Director Carlos Bares. \n").text
    assert "Ruby Moscoso de Young" in person_names(nlp, text)


def test_a_given_name_with_a_second_syllable(nlp):
    # test19 04TAIPEI3897, paragraph 3: the NER takes "Shieh Ming-yuan" for an organisation.
    text = ner_text("The two DPP incumbents, Shieh Ming-yuan and Lee Ming-hsien, \nare at risk.").text
    assert person_names(nlp, text) == {"Shieh Ming-yuan", "Lee Ming-hsien"}


@pytest.mark.parametrize(
    "text",
    [
        # test19 04ADANA81, paragraph 3: districts.
        "reports that security forces found terrorists in Adana's \nIncirlik and 19 Mayis Districts. \n",
        # test19 04CARACAS1542, paragraph 5: a newspaper.
        "5. (U) Preparing for the appeals, the CNE published in the \nMay 9 edition of Caracas daily Ultimas "
        "Noticias a 136-page \nsupplement listing the identity numbers of citizens whose",
        # test19 09BERLIN1636: a magazine.
        "Buetikofer characterized it as \"not particularly influential,\" \nand Der Spiegel called it a "
        "\"makeshift job.\"  The EU Energy \nCommissioner is responsible",
        # test19 04TELAVIV2203: a town.
        "Israeli Arabs adversely affected by the law to discuss their \ncases.  An Israeli Arab from Kafr Qassem "
        "noted the \ndifficulties he faces",
        # test19 05YEREVAN45, paragraph 6: a treaty.
        "everything necessary to fully comply with the CFE Treaty and \nVienna Document and he did not want arms "
        "control compliance \nconcerns to interfere",
        # test19 10DUBAI1, paragraph 2: abbreviations.
        "Although Oussame El Omari, the CEO of the RAK Free Zone (RAK FZ) recently speculated that RAK Airways "
        "would become the UAE\u2019s newest bargain airline similar to Fly Dubai and Air Arabia, Soliman saw "
        "little prospect for RAK Airways resumption of commercial air services given insufficient operating "
        "funds and high management turnover, including seven CEO\u2019s in just two years.",
    ],
    ids=["Districts", "Noticias", "Der Spiegel", "Kafr", "Document", "RAK FZ"],
)
def test_no_people_of_round_17(nlp, text):
    assert not any(
        word in name for name in person_names(nlp, ner_text(text).text)
        for word in ("Mayis", "Noticias", "Spiegel", "Qassem", "Vienna", "Rak", "RAK")
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # test2 08KABUL1275, paragraph 3: the data knows the Ministry of Information, not this one.
        ("In conjunction with the Ministry of Information and Culture, he organized a Public Poetry Festival in "
         "Lashkar Gah on May 15.", {("Ministry of Information and Culture", None)}),
        # test16 04MANAMA484, paragraph 4.
        (ner_text("authority of the President of Customs, Ports, and Free \nZones, who works for the Ministry of "
                  "Finance and National \nEconomy. \n").text, {("Ministry of Finance and National Economy", None)}),
        # test18 04NASSAU413, paragraph 3: two ministries, the second one with two fields.
        (ner_text("slavery-like labor.  The Ministry of Foreign Affairs and the \nMinistry of Labor and Immigration "
                  "know of no instances in \n").text,
         {("Ministry of Foreign Affairs", None), ("Ministry of Labor and Immigration", None)}),
        # test18 05KINGSTON26, paragraph 1: the data knows this name of the foreign ministry.
        (ner_text("1.  On January 3, Post received by courier a diplomatic note \nfrom the Ministry of Foreign Affairs "
                  "and Foreign Trade \n(MFAFT).  The dipnote accompanied a letter from Prime \n").text,
         {("Ministry of Foreign Affairs", None)}),
    ],
    ids=["Information and Culture", "Finance and National Economy", "Labor and Immigration", "and Foreign Trade"],
)
def test_ministries_of_round_17(nlp, text, expected):
    assert {(m.name, m.country) for m in ministries(nlp, text)} == expected


# -- round 18, from the errors of test20 ----------------------------------------------------------


def test_names_after_titles_of_round_18(nlp):
    # test20 04PRETORIA5316, paragraph 1: the minister's field goes on after "and".
    text = ner_text("1.  (SBU)  SUMMARY.  South Africa's Minister of Trade \nand Industry Mandisi Mpahlwa released "
                    "three draft \nCodes of Good Practice providing long-awaited \n").text
    assert person_names(nlp, text) == {"Mandisi Mpahlwa"}
    # test20 04BRUSSELS2369, paragraph 5: the EU's High Representative.
    text = ner_text("5. (U) HiRep Solana and Irish FM Cowen (speaking for the EU \nPresidency) commented on Iraq in "
                    "separate statements to the \n").text
    assert person_names(nlp, text) == {"Solana", "Cowen"}
    # test20 10SEOUL272, paragraph 5: a Vice Foreign Minister, of the foreign ministry.
    text = ("Sophisticated Chinese officials XXXXXXXXXXXX stood in sharp contrast to Wu, according to VFM Chun.")
    chun = [e for e in people(nlp, text) if "Chun" in e.name]
    assert [(e.name, e.ministry) for e in chun] == [("Chun", "Ministry of Foreign Affairs")]


def test_no_people_of_round_18(nlp):
    # test20 05TAIPEI4, paragraph 2: a headline's verb is no part of a name.
    text = ner_text("\"Chen Says in the New Year's Address: Form a Committee \nfor Cross-Strait Peace and "
                    "Development.  [Chen Vows to] \n").text
    assert person_names(nlp, text) <= {"Chen"}
    # test20 04SANTODOMINGO2937: the end of a town's name.
    text = ner_text("IFES mission will operate independently in Santo Domingo and \nthe provinces, in consultation "
                    "with the OAS to avoid \n").text
    assert person_names(nlp, text) == set()


# -- round 19, from the errors of test21 ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # test21 04DJIBOUTI597, paragraph 2: two US agencies by their abbreviations.
        (ner_text("2004.  DPI and Han-Padron recently held talks in \nWashington with USTDA and EXIM on financing "
                  "for this \n").text,
         {("United States Trade and Development Agency", "US"), ("Export-Import Bank of the United States", "US")}),
        # test19 10DUBAI1, paragraph 2: OFAC is the Treasury's.
        ("Former Ras al Khaimah Airport CEO Michelle Soliman told ConGen Dubai PolOff and Embassy Abu Dhabi OFAC "
         "Attache shortly before her December resignation", {("Department of the Treasury", "US")}),
    ],
    ids=["USTDA and EXIM", "OFAC"],
)
def test_us_agencies_of_round_19(nlp, text, expected):
    assert {(m.name, m.country) for m in ministries(nlp, text)} == expected


def test_director_general_abbreviated(nlp):
    # test21 04OTTAWA3347, paragraph 2: "DG" is a title, no part of the name.
    text = ner_text("2. (C) Wood noted that in a one-on-one meeting with DG El \nBaradei on November 18th, FAC Global "
                    "and Security Affairs \n").text
    assert "El Baradei" in person_names(nlp, text)
    assert not any(name.startswith("DG") for name in person_names(nlp, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # test21 04GUATEMALA538, paragraph 5: a basin, in Spanish and in English.
        ("Peten to learn more about competing plans for managing the \narea of the Mirador archeological site "
         "(Cuenca Mirador or \nMirador Basin), which hosts the largest Mayan pyramid yet \n", "Mirador"),
        # test21 04GUATEMALA538, paragraph 2: a corridor.
        ("2.  Administrator Sean O,Keefe of NASA, met by the Hamilton, \nstopped February 28 in Guatemala,s Peten "
         "department, which \nincludes the entire Maya Biosphere, during his brief \nsix-country visit to the "
         "Mesoamerica Biological Corridor. \nThe NASA party gave presentations to the new Guatemalan \n",
         "Corridor"),
        # test22 04HOCHIMINHCITY1204, paragraph 3: a daily.
        ("editorial denouncing the CPC decision has appeared in any HCMC \nnewspaper, and that came from the Cong "
         "An Daily (Police), a paper \n", "Daily"),
    ],
    ids=["Cuenca, Basin", "Corridor", "Daily"],
)
def test_places_and_papers_of_round_20(nlp, text, word):
    assert not any(word in name for name in person_names(nlp, ner_text(text).text))


def test_a_name_in_an_address_before_a_title(nlp):
    # test23 04MANAMA878: the letter's address, "His Excellency Mr. Dick Cheney" / "Vice President
    # of the United States of America", one line after the other.
    text = ner_text("Begin text of the letter: \n \n6th June 2004 \n \nHis Excellency Mr. Dick Cheney \nVice President "
                    "of the United States of America \nThe White House \nWashington, D.C. \n").text
    assert "Dick Cheney" in person_names(nlp, text)


def test_a_surname_that_is_also_a_town(nlp):
    # test23 04BOGOTA4332, paragraph 4: "Gutierrez" is also a town (Tuxtla Gutierrez), but the
    # corpus nearly always takes it for a name.
    text = ner_text("4. (S) On April 26, Emboffs spoke with Osorio to recommend \nthat another five UNAIM prosecutors "
                    "-- Jesus Albeiro Yepes, \nCarlos Ivan Mejia, Gladys Sofia Bautista, Dario Serrano, and \nLuz Marina "
                    "Gutierrez -- and one assistant -- Luz Estela \nEncizo -- be dismissed.").text
    assert "Luz Marina Gutierrez" in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # test23 04LILONGWE844, paragraph 4: a hyphenated field word.
        ("Officials at the Anti-Corruption Bureau (ACB) have also \nintimated that they plan to prosecute",
         "Anti-Corruption Bureau"),
        # test23 03OTTAWA283, paragraph 3.
        ("Foreign Affairs and International Trade (DFAIT) TBT Director \nClaudio Valle and Privy Council Office "
         "Assistant Secretary to \nthe Cabinet Don Stephenson", "Privy Council Office"),
        # test23 05TAIPEI130, paragraph 1.
        ("1.  (C) Summary.  According to Taiwan's Mainland Affairs \nCouncil (MAC), the PRC has", "Mainland Affairs Council"),
    ],
    ids=["Anti-Corruption", "PCO", "MAC"],
)
def test_bodies_of_round_21(nlp, text, expected):
    assert expected in {e.name for e in ministries(nlp, ner_text(text).text)}


@pytest.mark.parametrize(
    "text, word",
    [
        # test23 04CALCUTTA428, paragraph 5: an address.
        ("two court cases filed against Mohammad Akbar Hussein, Western \nCircus, 50B Elliott Road, Kolkata.", "Elliott"),
        # test23 04NEWDELHI7424, the note's item 3: a temple.
        ("3. Request for the visit of a group of 500 Sikh pilgrims to \nvisit Gurdwara Chuna Mandi from October "
         "6-10,2004 on the \noccasion of birth anniversary of Guru Ramdas ji on 9 October \nwas not responded to.",
         "Gurdwara"),
    ],
    ids=["Road", "Gurdwara"],
)
def test_places_of_round_21(nlp, text, word):
    assert not any(word in name for name in person_names(nlp, ner_text(text).text))



def test_names_in_the_same_place_of_a_list(nlp):
    # test24 04VILNIUS1496, paragraph 6: the cabinet, one minister a line; the NER finds two of
    # the names after the colons and misses (or mislabels) the others.
    text = ner_text(
        "The revised list of Cabinet members is as follows: \n \n"
        "-- Foreign Affairs:     Antanas Valionis (New Union) \n"
        "-- Health:              Zilvinas Padaiga (Labor) \n"
        "-- Interior:            Gintaras Jonas Furmanavicius (Labor) \n"
        "-- Justice:             Gintautas Buzinskas (Labor) \n"
        "-- Labor:               Vilija Blinkeviciute (New Union) \n"
        "-- Transportation:      Zigmantas Balcytis (Social Democrat) \n"
    ).text
    assert {"Zilvinas Padaiga", "Gintautas Buzinskas", "Vilija Blinkeviciute", "Zigmantas Balcytis"} <= person_names(
        nlp, text
    )


def test_a_surname_that_is_a_title_word(nlp):
    # test24 10SEOUL62, paragraph 1: "King" is a title word ("the Saudi King"), and a surname
    # after a given name.
    text = ("\u00b61. (C) During a January 11 meeting with Special Envoy Robert King, FM Yu downplayed press "
            "speculation that a North-South summit is imminent.")
    assert "Robert King" in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, words",
    [
        # test24 04ISTANBUL843, paragraph 4: a school, in the list of the Patriarchate's wishes.
        ("4. (c) Halki Seminary: Closed since 1971, the Ecumenical \nPatriarchate hopes to reopen this school under "
         "its former \nstatus (i.e., largely independent).", "Halki Seminary"),
        # test24 04BOGOTA12602, a heading.
        ("made \nthe demobilization relatively simple and straightforward. \n----------------------------- \n"
         "Only Cordoba Remains for 2004 \n----------------------------- \n \n6. (C) The demobilizations of these "
         "three groups", "Cordoba Remains"),
        # test24 04DUBLIN1141, a heading in capitals in a mixed-case cable.
        ("GENERAL TRAVEL INFORMATION \n \n3.  There are no visa requirements for visitors traveling to \nIreland "
         "on diplomatic or official passports.", "Travel Information"),
    ],
    ids=["Halki Seminary", "Cordoba Remains", "Travel Information"],
)
def test_words_that_are_rarely_names_are_no_name_together(nlp, text, words):
    assert not any(words.lower() in name.lower() for name in person_names(nlp, ner_text(text).text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # test24 04VILNIUS1496, paragraph 4.
        ("The pair will also have to pass a screening by Lithuania's \nSpecial Investigative Service (STT).",
         "Special Investigative Service"),
        # test24 04WELLINGTON638, paragraph 2.
        ("The purpose of this visit is to meet with New Zealand \nDepartment of Conservation officials regarding "
         "marine \nprotected areas.", "Department of Conservation"),
        # test24 10SEOUL62, paragraph 2: the South Korean president's office.
        ("The ROK was discussing the issue with the DPRK, Yu said, noting that there were two major Blue House "
         "preconditions", "Presidential Administration"),
    ],
    ids=["STT", "Conservation", "Blue House"],
)
def test_bodies_of_round_22(nlp, text, expected):
    assert expected in {e.name for e in ministries(nlp, ner_text(text).text)}


def test_a_name_after_a_title_and_its_field_in_brackets(nlp):
    # test25 04NEWDELHI7248, the list of participants: "(Americas)" between the title and the name.
    text = ner_text("GOI Participants: \n \nMEA Joint Secretary (Americas) S. Jaishankar \nMEA Director (Americas) Renu "
                    "Pall \nMEA Deputy Secretary (Americas) Santosh Jha \nMEA Under Secretary (Disarmament and Int'l "
                    "Security) Nutan \nKapoor \n").text
    assert {"S. Jaishankar", "Renu Pall", "Santosh Jha", "Nutan Kapoor"} <= person_names(nlp, text)


def test_a_list_of_names_one_a_line_where_the_ner_took_parts_of_them(nlp):
    # test25 04GUATEMALA2716, paragraph 2: the family, one name a line; the NER takes "Alvarado
    # Diaz" of "Saira Aydee Alvarado Diaz" and "Jimena Estefania" of "Jimena Estefania De La Roca
    # Archila".
    text = ner_text("2.  The eleven persons applying for humanitarian parole are: \n- Clara Luz Solares Alvarado \n- Saira Aydee Alvarado Diaz \n"
                    "- Higinia Alvarado Vasquez \n- Jimena Estefania De La Roca Archila \n- Maria Guadalupe De La Roca "
                    "Archila \n- Oralia De La Roca Archila \n- Gerson David Escobar De La Roca \n- Abraham De La Roca "
                    "Solis \n- German Anibal De La Roca Melendez \n- Sulmy Mabeli Perez Alvarez \n- Jose Oswaldo Perez "
                    "Alvarez \n").text
    names = person_names(nlp, text)
    assert {"Saira Aydee Alvarado Diaz", "Jimena Estefania De La Roca Archila", "Oralia De La Roca Archila"} <= names
    assert not {"Alvarado Diaz", "Jimena Estefania"} & names


@pytest.mark.parametrize(
    "text, words",
    [
        # test25 04TAIPEI3389, a headline of the press summary: a plural noun ends the name.
        ('D) "Don\'t Read Too Much into Powell Statements" \n', "Powell Statements"),
        # test25 04MAPUTO167, a project's place.
        ("Location: Salela Village, Inhambane Province \nStatus: Currently, the project is inactive.", "Salela"),
        # test25 09PARIS1349, paragraph 3: a newspaper.
        ("reported by French daily Le Monde and other observers.", "Monde"),
    ],
    ids=["Statements", "Village", "Le Monde"],
)
def test_no_people_of_round_23(nlp, text, words):
    assert not any(words in name for name in person_names(nlp, ner_text(text).text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # test25 09LONDON1707, paragraph 3: a typographic apostrophe.
        ("\u00b63. (SBU) Shortly after the press reports surfaced, the Prime Minister\u2019s Office issued a "
         "clarification as follows", "Prime Minister's Office"),
        # test25 04PRETORIA5285, paragraph 4: two words of the field before "and".
        ("4. SANBI is a statutory body funded by the Department of \nEnvironmental Affairs and Tourism and other "
         "local and \ninternational donors.", "Department of Environmental Affairs and Tourism"),
        # test27 04LILONGWE821, paragraph 3: the NER takes "Vocational Training" for a person.
        ("child labor investigation. Since the training took place \nin late 2003, the Ministry of Labor and "
         "Vocational \nTraining (MOLVT) has held one refresher course. ", "Ministry of Labor and Vocational Training"),
        # test27 04LILONGWE821, paragraph 7.
        ("7. In July 2004, the GOM released a study conducted by \nthe Malawi National Statistical Office (NSO) "
         "designed to ", "National Statistical Office"),
        # test29 04LAGOS1093, paragraph 7: fields joined by "and".
        ("be difficult to enforce given the poor organizational \nand institutional capacity of the Economic and "
         "\nFinancial Crimes Commission and related bodies, but it ", "Economic and Financial Crimes Commission"),
    ],
    ids=["PMO", "Environmental Affairs and Tourism", "Vocational Training", "Statistical", "Economic and Financial"],
)
def test_bodies_of_rounds_23_to_27(nlp, text, expected):
    assert expected in {e.name for e in ministries(nlp, ner_text(text).text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # test26 05PARIS8462, paragraph 3: two particles.
        ("individual member states rather than between the COE and the \nU.S. PACE President Rene van der Linden and "
         "investigator \nDick Marty have taken a confrontational approach", "Rene van der Linden"),
        # test15 04PRETORIA5313, paragraph 3: the NER's name ends in the particles.
        ("3.  According to Willem van der Spuy, director of Asian \naffairs", "Willem van der Spuy"),
        # test26 04ZAGREB1025, paragraph 7: "Head of Mission" is a title.
        ("7. (C) OSCE Head of Mission Peter Semneby said that the OSCE \nwas working with the Ministry of Justice",
         "Peter Semneby"),
        # test26 04MAPUTO1228, the delegation: "The Honorable" and "Ambassador Extraordinary and
        # Plenipotentiary" are titles.
        ("The Honorable Farique Omar Farquira, Head of the Department \nof International Organizations and "
         "Conferences, Ministry of \nForeign Affairs \nThe Honorable Filipe Chidumo, Ambassador Extraordinary and "
         "\nPlenipotentiary of the Republic of Mozambique to the United \nNations", "Farique Omar Farquira"),
        # test26 09STATE100988, the participants, one a line: an office's letters start the next line.
        ("U.S. \nU/S Maria Otero \nWHA A/S Thomas Shannon \nLaura Pena \nBarbara Rocha (Notetaker) \n", "Maria Otero"),
    ],
    ids=["van der Linden", "van der Spuy", "Head of Mission", "Honorable", "WHA"],
)
def test_names_of_round_24(nlp, text, expected):
    names = person_names(nlp, ner_text(text).text)
    assert expected in names, names
    assert not any(name.startswith(("Mission", "Plenipotentiary")) or name.endswith("Wha") for name in names), names


@pytest.mark.parametrize(
    "text, expected",
    [
        # test27 10USNATO35, paragraph 2: a continent after a title.
        ("\u00b62. (S/REL NATO) The Supreme Allied Commander Europe (SACEUR),\nADM Stavridis, had proposed the EAGLE "
         "GUARDIAN expansion at\nthe January 20 meeting of the Military Committee, after which", {"Stavridis"}),
        # test27 09ISLAMABAD284: the country of an ambassador between the title and the name.
        ("controlled. Malik reported that President Zardari, who\nheard about the court decision from the Ambassador "
         "and then\nPakistani Ambassador to the U.S. Haqqani and not his own\nministers, had been annoyed about being "
         "blindsided.", {"Malik", "Zardari", "Haqqani"}),
        # test28 04MADRID4063, paragraph 1: a date after the name.
        ("\u00b61. (C) Deputy Foreign Minister Bernardino Leon told DCM\nManzanares Oct. 14 that he agreed that "
         "DefMin Bono's comments\nlast week about US-Spain relations", {"Bernardino Leon", "Manzanares", "Bono"}),
        # test28 04PRETORIA4831, paragraph 6: the title's field after "of".
        ("6. (SBU) The action by the foreign mining companies did not \nsit well with Minister of Minerals and Energy "
         "Phumzile \nMlambo-Ngcuka, who reportedly told Placer Dome's Coetzer at a \nChamber of Mines breakfast on "
         "November 2,", {"Phumzile Mlambo-Ngcuka"}),
        # test28 10USNATO67, paragraph 1.
        ("\u00b61. (C) Lithuania's NATO PermRep Linkevicius raised France's\npotential sale to Russia of a Mistral "
         "class ship during a", {"Linkevicius"}),
        # test28 07ABUDHABI145: "Engineer" is an Arabic honorific.
        ("were UAE Chief of Staff, Lt. General Hamad Mohammed Thani \nAl-Rumaithy; Director of Intelligence, Staff "
         "Brigadier \nGeneral Engineer Essa Saif Mohammed Al-Mazrouei; Commander of \nthe Special Operations",
         {"Hamad Mohammed Thani Al-Rumaithy", "Essa Saif Mohammed Al-Mazrouei"}),
        # test28 04ISTANBUL798: a surname that is a people's name.
        ("declare victory and \"discontinue\" its work.  Former Turkish \nForeign Minister Ilter Turkmen and former "
         "Bilgi University \nRector Ilter Turan, two of the Turkish participants, both \n", {"Ilter Turkmen"}),
        # test28 04LILONGWE166, paragraph 2: the NER takes both words for places.
        ("26.  Among them were the United Democratic Front \n(UDF)/Alliance for Democracy (AFORD) coalition's Bingu "
         "wa \nMutharika, four from opposition parties, and one independent. ", {"Bingu wa Mutharika"}),
        # test28 04PRETORIA4831, paragraph 5: "Chief Executive" is a title.
        ("notices.  According to Coetzer, Bobby Godsell, Chief \nExecutive of AngloGold/Ashanti, argued at a Chamber "
         "of Mines \nmeeting the previous week", {"Coetzer", "Bobby Godsell"}),
        # test28 04BRATISLAVA246, paragraph 4: a company.
        ("the first stage alone.  Yet another investment, by the Swiss \nglass company Glas Troesch AG, worth USD 230 "
         "million should \nlead to an additional 300 to 400 new jobs. ", set()),
        # test18 04ISTANBUL1944, paragraph 6: a hospital.
        ("For instance, the Deputy Director of Surp Pirgic Hospital, \nwho is seen as a \"useful fool\" for the "
         "Turkish state by ", set()),
    ],
    ids=["continent", "Ambassador to", "Oct.", "Minister of", "PermRep", "Engineer", "Turkmen", "wa",
         "Chief Executive", "AG", "Hospital"],
)
def test_names_of_rounds_25_and_26(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test29 04BRUSSELS3010, paragraph 3.
        ("The letter could be addressed to Dutch FM Ben Bot or EU High \nRep Solana. ", {"Ben Bot", "Solana"}),
        # test29 04BOGOTA2198, paragraph 6: paramilitary blocs.
        ("issued a similar ultimatum to the ACC, and has also pressured \nthe Middle Magdalena and Elmer Cardenas "
         "Blocs. ", set()),
        # test29 04YEREVAN2786, paragraph 2: a party.
        ("parliament.  Opposition parties, however, were divided \non the decision:  while the Justice Bloc "
         "strongly \nopposed sending GOAM troops to Iraq,", set()),
    ],
    ids=["High Rep", "Blocs", "Bloc"],
)
def test_names_of_round_27(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test30 04WELLINGTON1040, paragraph 3: "Serious" is one of spaCy's stop words.
        ("The Attorney General is the senior law officer of the Crown as well as having responsibility for the "
         "Crown Law \nOffice, the Serious Fraud Office and the Parliamentary \nCounsel Office. ", "Serious Fraud Office"),
        # test30 04TAIPEI3968, paragraph 3.
        ("3. (U) While in Taiwan, A/S Bhatia paid a courtesy call on \nTaiwan Civil Aeronautics Administration (CAA) "
         "Director ", "Civil Aeronautics Administration"),
        # test30 04BRASILIA2870, paragraph 4.
        ("would draw heavily from and be linked to Brazil's National \nPatent Institute (INPI) website, which already "
         "has in-depth ", "National Patent Institute"),
        # test30 10SOFIA31, paragraph 1.
        ("In light of the increasingly unstable situation in Yemen, and in response to our proposal for greater "
         "end-use monitoring, the Bulgarian Export Commission agreed to take extra steps", "Export Commission"),
    ],
    ids=["Serious", "Aeronautics", "Patent", "Export"],
)
def test_bodies_of_round_28(nlp, text, expected):
    assert expected in {e.name for e in ministries(nlp, ner_text(text).text)}


def test_the_council_secretariat_of_the_eu_is_no_body(nlp):
    # test23 04BRUSSELS2180, paragraph 5.
    text = ("as well as trade liberalization, in the Action Plans. It also \nprovides for the EU Presidency and Council "
            "Secretariat \n(representing member states) to participate in the ")
    assert ministries(nlp, ner_text(text).text) == []


def test_a_malaysian_company_is_no_person(nlp):
    # test30 10STATE10900, paragraph 3.
    text = ("that includes the Iranian firm Shahin Sefid Esta and the \nMalaysia-based front company Skylife "
            "Worldwide Sdn Bhd.  This ")
    assert not any("Bhd" in name for name in person_names(nlp, ner_text(text).text))


def test_a_short_line_ends_an_item_of_a_list_of_participants(nlp):
    # test22 04PRAGUE1859, paragraph 6: one participant a line, no punctuation between them.
    text = ("Ambassador William Cabaniss \nBruce Swartz, Deputy AG \nDavid Ayres, Chief of Staff, AG \n"
            "Mark Corallo, DOJ Public Affairs Director \n \nCzech Ministry of Interior \nMinister Frantisek Bublan \n"
            "Jaroslav Machane, Deputy Police President for Criminal Law \n")
    found = person_names(nlp, ner_text(text).text)
    assert {"William Cabaniss", "Bruce Swartz", "David Ayres", "Frantisek Bublan", "Jaroslav Machane"} <= found
    assert not any(len(name.split()) > 2 for name in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # test31 05CAIRO5924, paragraph 1: "General" before the body's name.
        ("principles. These assurances were passed directly from \nEgyptian General Intelligence Service (EGIS) Chief "
         "Soliman \nthrough liaison channels", "General Intelligence Service"),
        # test2 04PARAMARIBO529, paragraph 2.
        ("permit the conduct of a new census in August.  The census \nwill be undertaken by the General Statistics "
         "Bureau (ABS) \nAugust 2-15 and will be financed by the government", "General Statistics Bureau"),
    ],
    ids=["General Intelligence", "General Statistics"],
)
def test_bodies_of_round_29(nlp, text, expected):
    assert expected in {e.name for e in ministries(nlp, ner_text(text).text)}


def test_the_office_of_homeland_security_is_american(nlp):
    # test31 03FRANKFURT3665, paragraph 5, from a post in Germany.
    text = ("He expressed interest in discussing counter- \nterrorism policies in the U.S. and the role of the Office "
            "of \nHomeland Security. ")
    found = {(e.name, e.country) for e in ministries(nlp, ner_text(text).text)}
    assert ("Office of Homeland Security", "US") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # test31 09SANSALVADOR1105, paragraph 4: a given name that is also a city's name.
        ("choose candidates for local office. In his keynote speech, VP\nSalvador Sanchez Ceren compared leaves "
         "blowing through the meeting\narea", {"Salvador Sanchez Ceren"}),
        # test31 04KINSHASA2062, paragraph 1: a dam.
        ("1. (C) Summary: The Ministry of Energy continues to receive \nproposals for the development of Inga Dam. "
         "The most recent ", set()),
        # test30 08NEWDELHI3044, paragraphs 9 and 10: an underlined heading.
        ("which was \u201cpolitely denied\u201d, according to an Australian diplomat.\n\nZardari Cornered\n"
         "---------------- \n\u00b610. (C) An official in the Pakistani High Commission in Delhi told Poloff that "
         "he held the Indian press responsible", {"Zardari"}),
        # test30 04KIGALI1169: a heading in capitals in a cable that is not.
        ("-----------------------------------------\nBANYAMULENGE LEADER NOTES GDRC HARASSMENT \n"
         "----------------------------------------- \n \n", set()),
    ],
    ids=["Salvador", "Inga Dam", "Zardari Cornered", "NOTES GDRC"],
)
def test_names_of_round_29(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_a_heading_is_cut_from_the_name_before_it(nlp):
    # test31 03FRANKFURT3665, paragraphs 2 and 3.
    text = ("subsidies, though the initiative was heavily criticized from \nwithin his own party. \n \nKoch Interest in "
            "Economic Growth \n-------------------------------- \n \n3. (SBU) Koch has been active in the commercial "
            "and economic \ndevelopment of Hesse.")
    assert person_names(nlp, ner_text(text).text) == {"Koch"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # test32 03LAGOS505, paragraph 6: a region.
        ("to maintain peace.\"  Azibaola Robert, president of the Niger \nDelta Human and Environmental Rescue "
         "Organization (ND-HERO) \nmet with other human rights groups", set()),
        # test32 04ACCRA266, the subject: a disease.
        ("SUBJECT: FORMER PRESIDENT CARTER IN GHANA FEBRUARY 3-5: \nGUINEA WORM ERADICATION \n", {"GH"}),
        # test32 04HELSINKI1132, paragraph 3: a demonym spelt the old way.
        ("difficult to commit more than 4 since Finland had also been \nasked to send observers to Minsk to cover "
         "Belorussian \nelections during the same time period.", {"FI", "BY"}),
        # test32 04HELSINKI1132, paragraph 6: languages.
        ("to gather journalists from several FSU nations at once for an \nEnglish-language or Russian-language "
         "program. \n", set()),
        # test32 04ZAGREB1841, the last paragraph: a language.
        ("in Zagreb.  She has one son and lives in Zagreb.  She speaks \nsome English and understands German. \n",
         set()),
        # test32 04OTTAWA3101, paragraph 4: a province.
        ("c) A roundtable discussion, with participants from the \nfederal government, provincial government of "
         "British \nColumbia, the Vancouver Police, the RCMP, academics", set()),
    ],
    ids=["Niger Delta", "GUINEA WORM", "Belorussian", "Russian-language", "understands German", "British Columbia"],
)
def test_countries_of_round_30(nlp, text, expected):
    assert countries(nlp, ner_text(text).text) == expected


def test_a_common_word_after_a_title_is_a_name_the_corpus_knows(nlp):
    # test32 04SANTODOMINGO6734, paragraph 7; "manning" is also a word.
    text = ("the 14 OAS member states in the Caribbean.  He has already \nmet with Trinidad and Tobago Prime Minister "
            "Manning (at the \nCCAA conference in Miami) and will next visit Jamaican Prime \nMinister Patterson. ")
    assert person_names(nlp, ner_text(text).text) == {"Manning", "Patterson"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # test33 03SANTODOMINGO7343, paragraph 2.
        ("ready to have clean elections!\"  (Chief Editor Victor Manuel \nTejada sent the original to the "
         "Ambassador, with his ", {"Victor Manuel Tejada"}),
        # test33 04TAIPEI3941, paragraph 6: a title in the plural.
        ("down from power in the coming months.  Flanked by KMT Vice \nChairmen Ma Ying-jeou and Wang Jin-pyng, KMT "
         "Chairman Lien \nChan told a crowd", {"Ma Ying-jeou", "Wang Jin-pyng", "Lien Chan"}),
        # test32 04BRUSSELS1295, paragraph 1.
        ("1. (C) Our readout of Serb PM Kostunica's March 23 meetings \nin Brussels with High Rep Solana, and "
         "Commissioners Prodi and \nPatten tracks closely", {"Kostunica", "Solana", "Prodi", "Patten"}),
        # test33 08BOGOTA2578, paragraph 8: "Frenchman" is a demonym.
        ("He added that\nAlvaro Leyva, Carlos Lozano, Frenchman Noel Saenz, and Swiss\n",
         {"Alvaro Leyva", "Carlos Lozano", "Noel Saenz"}),
        # test33 09KHARTOUM249, paragraph 1.
        ("\u00b61. (S) CDA Fernandez was summoned to the Foreign Ministry on the morning of February 24",
         {"Fernandez"}),
        # test33 04RANGOON1268, paragraph 4: a surname that is a people's name, before a verb.
        ("the United States.  Senior UN official Danilo Turk will chair \na larger Burma session", {"Danilo Turk"}),
    ],
    ids=["Chief Editor", "Vice Chairmen", "Commissioners", "Frenchman", "CDA", "Danilo Turk"],
)
def test_names_of_round_31(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_a_list_of_ministries_with_their_dashes_glued_on(nlp):
    # test33 07KAMPALA1848, paragraph 6.
    text = ("\u00b66. (S/NF) The primary GOU interlocutors would likely be the following:\n--Ministry of Defense;\n"
            "--Uganda People\u2019s Defense Force (UPDF);\n--National Focal Point on Small Arms and Light Weapons;\n")
    assert "Ministry of Defense" in {e.name for e in ministries(nlp, ner_text(text).text)}


def test_a_ministry_named_with_a_comma_before_and_is_named_without(nlp):
    # test33 04ZAGREB2196, paragraph 3.
    text = "3.  The Ministry of Agriculture, Forestry, and Water Management \nshares responsibility with the Ministry"
    names = {e.name for e in ministries(nlp, ner_text(text).text)}
    assert "Ministry of Agriculture, Forestry and Water Management" in names


def test_a_people_s_name_before_language_is_a_language(nlp):
    # test32 04YEREVAN1369, paragraph 5.
    text = "5. Russian language independent newspaper NOVOYE VREMYA \n(06/19) published an article discussing the recent "
    assert countries(nlp, ner_text(text).text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # test34 04DJIBOUTI307, paragraph 7: a town of 50,000 people.
        ("UNHCR reports that the asylum status committee convened in \nAli Sabieh to determine status for the "
         "approximately 8,000 \nindividuals", set()),
        # test34 04TELAVIV2458, paragraph 9: a Member of the Knesset.
        ("religious leaders' support, and door-to-door campaigners. \nLikud MK Majallie Whbee told poloff on April 29 "
         "that \nobservers should expect", {"Majallie Whbee"}),
        # test34 06HAMBURG85, paragraph 3: a street.
        ("Kovtun spent the night at the home of an Italian acquaintance on Kieler Strasse in Hamburg. None of these "
         "locations have tested positive", {"Kovtun"}),
        # test34 06BERLIN2546, paragraph 5: a party.
        ("This seems quite a long shot, though, as Berlin Greens stand quite far to the left in the Green spectrum.",
         set()),
    ],
    ids=["Ali Sabieh", "MK", "Strasse", "Greens"],
)
def test_names_of_round_32(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_fsn_is_no_title_before_a_name(nlp):
    # test35 04SANAA2836, paragraph 4: "FSN" (the post's local staff) before an event.
    text = ("4. FSN Iftar.  The FSNs sponsored a post-wide Iftar on 11/05. Several members of the \nembassy community "
            "fasted in a demonstration of solidarity")
    assert person_names(nlp, ner_text(text).text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # test35 03ZAGREB2143, paragraph 3: a Muslim cleric's title.
        ("and the fight against terrorism.  The Mufti stated further \nthat he supported the Government's decision "
         "to send police to \nAfghanistan", set()),
        # test35 04CARACAS3432, paragraph 3: after a title, words the NER often takes for a place.
        ("the Coordinadora Democratica, conceded his defeat to Fifth \nRepublic Movement (MVR) candidate Diosdado "
         "Cabello November \n3.", {"Diosdado Cabello"}),
        # test35 04TELAVIV6547, paragraph 1: a title's field after "for".
        ("his \nPrincipal Deputy for Policy Eli Levite, and Director for Arms \nControl Merav Zafary briefed the "
         "Ambassador and poloffs on \ntheir position", {"Eli Levite", "Merav Zafary"}),
        # test35 04MANAMA1657, paragraph 3: a surname the corpus never saw, after a full name.
        ("3.  (C) Attorney and MP Farid Ghazi Rifaie, who represents \none of the accused, told PolFSN that the "
         "November 1 session \nwas quick.", {"Farid Ghazi Rifaie"}),
        # test35 04KINSHASA2146, paragraph 4: an abbreviated month and a day after a title.
        ("4. (C) Thomas Luhaka, MLC spokesman and leader of its \nparliamentary group, told poloff Nov. 24 that the "
         "report \ncites senior officials", {"Thomas Luhaka"}),
        # test35 03OTTAWA1250, paragraph 1: a given name that is also a word, inside a name.
        (" 1. Hau Sing Tse, Vice-President of Canada's International \nDevelopment Agency has responded on behalf of "
         "the GOC", {"Hau Sing Tse"}),
        # test35 03OTTAWA1250, the letter's signature: a branch of an agency.
        ("Yours Sincerely, \n \nHau Sing Tse \nVice-President Asia Branch \n", set()),
        # test35 04BOGOTA9661, paragraph 2: a cartel.
        ("network run by Norte del Valle Cartel trafficker Wilber \nVarela. \n", {"Wilber Varela"}),
        # test35 04CARACAS3432, paragraph 2: a party.
        ("candidates reportedly won 50 mayoralties, with Primero \nJusticia (PJ) finishing a very distant third with "
         "three \nmayoralties.", set()),
    ],
    ids=["Mufti", "candidate Diosdado Cabello", "Director for", "Rifaie", "Nov. 24", "Hau Sing Tse", "Branch",
         "Cartel", "Justicia"],
)
def test_names_of_round_34(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_a_list_of_languages_is_no_country(nlp):
    # test35 05HELSINKI3, paragraph 2: the Finnish leaders' languages.
    text = "Cell Phone Number: Not provided. \nComments: Speaks Finnish, Swedish and English. \n"
    assert countries(nlp, ner_text(text).text) == set()


def test_a_ministry_of_two_fields_of_two_words_each(nlp):
    # test35 02RANGOON1233, paragraph 6.
    text = ("country's dismal investment climate, came during a courtesy \ncall to the Ministry of National Planning "
            "and Economic \nDevelopment's Directorate for Investment and Company \n")
    names = {e.name for e in ministries(nlp, ner_text(text).text)}
    assert "Ministry of National Planning and Economic Development" in names


@pytest.mark.parametrize(
    "text, expected",
    [
        # test36 09RABAT1009, paragraph 2: a title's field of words the corpus rarely names.
        ("He added that Guinean Minister \nof National Defense Sekouba Konate is due to arrive about \n20:30 GMT",
         {"Sekouba Konate"}),
        # test13 04KINSHASA2182, paragraph 2: ... but not a place after such a field.
        ("operations in Bukavu and Kindu, and met with the Governor of \nSouth Kivu.  A/S Holmes reiterated USG "
         "interest", {"Holmes"}),
        # test36 04DJIBOUTI576, paragraph 2: a field of a form with a word in brackets.
        ("Prime Minister Mr. Dileita Mohamed Dileita \nOffice telephone number (Protocol):  (253) 35-12-80 / 35- \n"
         "14-94 \n", {"Dileita Mohamed Dileita"}),
        # test36 04FRANKFURT8521, paragraph 3: newspapers in quotes.
        ("3.  (SBU) In March, German media -- including \"Frankfurter \nRundschau\" (a left-leaning national daily "
         "based in \nFrankfurt), \"Spiegel\" (the leading national news weekly", set()),
        # test35 04BOGOTA9661, paragraph 5: an alias in quotes.
        ("Mario Jimenez, alias \"Javier Montanez\", aka \"Macaco\", a", {"Mario Jimenez"}),
        # test36 04ACCRA2401, paragraph 5: regions.
        ("The NPP did well in Central, \nWestern, Ashanti, Eastern, and Brong Ahafo regions, while the \nNDC swept",
         set()),
        # test36 09RABAT1009, paragraph 5: the NER's word after a title and its name after that.
        ("XXXXXXXXXXXX  said he had contacted General Mamadouba  Toto Camara in Conakry and was told",
         {"Mamadouba Toto Camara"}),
    ],
    ids=["Minister of National Defense", "Governor of South Kivu", "(Protocol):", "newspapers", "alias",
         "regions", "General Mamadouba"],
)
def test_names_of_round_35(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_a_ministry_of_three_fields(nlp):
    # test36 04TELAVIV2039, paragraph 1.
    text = (" 1. (C)  Summary and Action Request.  Gabbi Bar, Deputy \nDirector General in the Ministry of Industry, "
            "Trade and Labor \nconfirmed to us April 2")
    names = {e.name for e in ministries(nlp, ner_text(text).text)}
    assert "Ministry of Industry, Trade and Labor" in names


def test_languages_listed_with_the_ner_s_languages(nlp):
    # test36 04DJIBOUTI576, paragraph 2.
    text = "Comments:  President Guelleh speaks English, French, and \nArabic \n"
    assert countries(nlp, ner_text(text).text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # test37 03ISTANBUL1014, paragraph 5: a Turkish bank.
        ("tactics to attract voters there, including: forcing employees \nof Telsim, Imar Bankasi, and other Uzan "
         "family businesses to \njoin Genc", set()),
        # test37 04BRUSSELS5212, paragraph 4: a party's member before a name.
        ("of Turkey in its first draft, the report drafted by \nDutch Christian Democrat Camiel Eurling, had been ",
         {"Camiel Eurling"}),
    ],
    ids=["Bankasi", "Christian Democrat"],
)
def test_names_of_round_36(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test38 07BEIJING1668, paragraph 7: Executive Vice Foreign Minister.
        ("Jiechi to EVFM Dai Bingguo to FM Li Zhaoxing -- had\nthe bureaucratic muscle to fix the problem.",
         {"Dai Bingguo", "Li Zhaoxing"}),
        # test38 04DUBLIN1598, paragraph 5: a militant group.
        ("5.(U) The GOI has no information on current activities of \nJama'at Al-Tawhid Wa'al-Jihad (JTJ) in "
         "Ireland.  The DFA \nwelcomes this designation", set()),
        # test38 04GUATEMALA1696, paragraph 4: an ombudsman's office.
        ("includes more traditionally Mayan groups, such as GAM, \nCONAVIGUA, CONIC, Defensoria Maya), and the "
         "\"Instancia\" \n", set()),
        # test38 09RIODEJANEIRO285, paragraph 6: Brazil's oil company.
        ("Rio de Janeiro State is in the most need of skilled labor, with current estimates at 5,920 workers for "
         "next year alone. Petrobras and the Ministry of Mines and Energy are now offering free qualification "
         "courses", set()),
    ],
    ids=["EVFM", "Jama'at", "Defensoria", "Petrobras"],
)
def test_names_of_round_37(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test39 04SANTODOMINGO4637, paragraph 2: a lieutenant colonel.
        ("2. (U) Drafted by Jay Raman and LtCol Glenn Huber. ", {"Jay Raman", "Glenn Huber"}),
        # test39 04DUBLIN1811, paragraph 1: the houses of Ireland's parliament.
        ("Justice (Terrorism Offences) Bill 2002, was passed by \nDail Eireann (Lower House).  The Seanad Eireann "
         "(Senate) \nis expected to approve the bill in February 2005", set()),
    ],
    ids=["LtCol", "Dail Eireann"],
)
def test_names_of_round_38(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test40 04BOGOTA11207, paragraph 1: the Pope's ambassador.
        ("1. (SBU) On October 28, GOC High Commissioner for Peace Luis \nCarlos Restrepo wrote an open letter to Papal "
         "Nuncio \nBeniamino Stella proposing that the Catholic Church mediate", {"Luis Carlos Restrepo",
                                                                                 "Beniamino Stella"}),
        # test40 03VATICAN4211, paragraph 4: the title alone.
        ("Holy See was hearing from its Nuncio in Baghdad, Parolin said \nthe Nuncio was increasingly concerned by "
         "the continuing lack", {"Parolin"}),
        # test40 05MANILA129, paragraph 4: a police rank.
        ("squad.  The press later reported that Chief Inspector Arnel \nBanzon of Cebu's PNP SWAT team would "
         "supervise two 12-person", {"Arnel Banzon"}),
    ],
    ids=["Papal Nuncio", "Nuncio alone", "Chief Inspector"],
)
def test_names_of_round_39(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test41 04LAGOS2077, paragraph 6: a company's name before a verb of speech.
        ("(SBU) Dangote-owned Nigerian Textile Mills told \nEconoff", set()),
        # test41 04TAIPEI3957, paragraph 4: a verb of speech, not a noun, before "party".
        ("However, KMT \nTaipei Mayor Ma Ying-jeou warned party officials against \nirrational exuberance.",
         {"Ma Ying-jeou"}),
        # test41 07PARIS3956, paragraph 3: a title with "-equivalent" and a field after it.
        ("(Comment:  This echoes what MFA \nDAS-equivalent for Iran, Iraq, and the Gulf Franck Gellet and \n"
         "others have told us per ref b.  End comment)", {"Franck Gellet"}),
        # test41 10BEIJING367, paragraph 7: two countries joined by a hyphen.
        ("Sunkuli and Malcolmson's comments are a potential warning sign as the USG prepares for the upcoming "
         "U.S.-China Sub-Dialogue on Africa.", {"Sunkuli", "Malcolmson"}),
        # test41 04PANAMA204: a heading with a comma in it.
        ("Castro, Chavez Visit \n-------------------- \n6.  (C) Cuban President Fidel Castro (and Venezuelan \n"
         "President Hugo Chavez) likely will attend", {"Castro", "Chavez", "Fidel Castro", "Hugo Chavez"}),
    ],
    ids=["Textile Mills told", "Ma Ying-jeou warned party", "DAS-equivalent for", "U.S.-China", "heading with comma"],
)
def test_names_of_round_40(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_a_us_department_written_dept(nlp):
    # test41 04PANAMA204, paragraph 3.
    found = ministries(nlp, "Moscoso that a Commerce Dept. team would conduct research in \nPanama during January")
    assert [(m.name, m.text) for m in found] == [("Department of Commerce", "Commerce Dept.")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # test42 03OTTAWA540, paragraph 1; test15 04QUEBEC178, paragraph 2: "counterpart" before a name.
        pytest.param(
            "Minister Struck got his Spanish counterpart Trillo to agree \nto take another look.", {"Struck", "Trillo"},
            marks=xfail("'Struck' is a common word, and since the tables built without test63 (whose "
                        "03FRANKFURT9873 has 'Defense Minister Struck') the corpus knows it as a name in one cable only"),
        ),
        ("meeting in Paris that her Quebec counterpart Lise Beauchamp", {"Lise Beauchamp"}),
        # test42 04KINSHASA2352, paragraph 3: a province of the DRC.
        ("3. (C) On December 30, a MONUC officer reported that Kivu \nBrigade Commander General Isberg met with North "
         "Kivu military \nregional commander BG Amisi", {"Isberg", "Amisi"}),
        # test42 04CARACAS2088, paragraph 2: Caracas's military base.
        ("Jimmy Carter and media magnate Gustavo Cisneros met behind \nclosed doors for two hours at Fuerte Tiuna in "
         "Caracas.", {"Jimmy Carter", "Gustavo Cisneros"}),
        # test42 04ADANA103: a prison and a faith.
        ("during Charge's visit, citing Abu Gharib and America's \n\"complicity in inciting violence\"", set()),
        ("for non-Muslims (Christians, Alevis) and women's rights.", set()),
    ],
    ids=["counterpart Trillo", "counterpart Lise Beauchamp", "Kivu Brigade", "Fuerte Tiuna", "Abu Gharib", "Alevis"],
)
def test_names_of_round_41(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test43 03ISTANBUL1803, paragraphs 2 and 4: Turkish banks.
        ("third-quarter results.  Industry leader Akbank led the way \nwith third quarter earnings of USD 376 million",
         set()),
        ("published comments by the General Manager of Vakifbank.", set()),
        ("banks, Garanti and Yapi Kredi, also exceeded expectations, \n", set()),
        # test43 09ISLAMABAD3037, paragraph 2: an honorific.
        ("Afghanistan of Brahmdagh Bugti, Nawab Akbar Khan Bugti’s grandson and head of the Baloch Republican "
         "Party.", {"Brahmdagh Bugti", "Akbar Khan Bugti"}),
    ],
    ids=["Akbank", "Vakifbank", "Yapi Kredi", "Nawab"],
)
def test_names_of_round_42(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test30 09BERLIN1108, paragraph 1: Germany's chancellery.
        ("(C) SUMMARY: The Chancellery is confident that Chancellor", [("Federal Chancellery", None, "Chancellery")]),
        # test40 09USNATO588, paragraph 3: one qualifier for two bodies.
        ("The German PermRep noted that the German Chancellery and Ministry of Defense had signed off",
         [("Federal Chancellery", "DE", "Chancellery"), ("Ministry of Defense", "DE", "Ministry of Defense")]),
        # test30 04MONTREAL410, paragraph 1: a Canadian department.
        ("Lieutenant Governor Lise Thibault \nand Transport Canada Assistant Deputy Minister for Policy",
         [("Ministry of Transport", "CA", "Transport Canada")]),
        # test16 10MADRID133, paragraph 2; test32 04TEGUCIGALPA1439, paragraph 3; test32 03LAGOS505: places.
        ("and will receive King Juan Carlos at the White House February 17.", []),
        ("the intention of converging on the Casa Presidencial.  Police", []),
        ("Harcourt streets. Rivers State House of Assembly Speaker \nRotimi Amaechi described", []),
        # test42 04BRASILIA1484, paragraph 3: another country's body of the same name as a US one.
        ("Similar action was taken by the Brazilian Securities and \nExchange Commission with regard to investment firms.",
         [("Securities and Exchange Commission", "BR", "Securities and Exchange Commission")]),
        # test38 10LUANDA84, paragraph 3: the name of the US one would say "of the United States".
        ("USD 4 billion line of credit through the Chinese Ex-Im \nBank. Although", [("Ex-Im Bank", "CN", "Ex-Im Bank")]),
        # test7 10CARACAS163, paragraph 5: a likeness, not the body.
        ("Maccotta told Petroleum Attache following the meeting that Italy’s OPIC-equivalent agency, SACE, is not "
         "involved", []),
    ],
    ids=["Chancellery", "and Ministry of Defense", "Transport Canada", "at the White House", "Casa Presidencial",
         "State House of Assembly", "Brazilian SEC", "Chinese Ex-Im Bank", "OPIC-equivalent"],
)
def test_ministries_of_round_43(nlp, text, expected):
    assert [(m.name, m.country, " ".join(m.text.split())) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test44 04DJIBOUTI1553, paragraph 6: the NER's "Obasanjo of".
        ("Aden said she hopes to meet \nsoon with President Obasanjo of Nigeria to discuss", {"Obasanjo"}),
        # test44 10PARIS183, paragraph 7: the NER's "Energy Chu".
        ("Borloo also passed a letter from himself, on behalf of the\nFrench people, to Secretary of Energy Chu "
         "expressing condolences for", {"Chu"}),
        # test44 04KINSHASA2021, 04BOGOTA12360, 04ADANA108, 03SANAA1702, 04CARACAS3846: no people.
        ("No.1 Contracting and Franoza Trucking have submitted to OPIC", set()),
        ("Tenth, Eleventh and Seventeenth Brigades; 10,000 sailors and", set()),
        ("PKK/Kongra Gel militant to express his condolences, guilty.", set()),
        ("is to create profit generating ventures like Jabil Ali in", set()),
        ("(Construyendo Pais) said the appointments also increase the", set()),
    ],
    ids=["Obasanjo of", "Energy Chu", "Trucking", "Brigades", "Kongra Gel", "Jabil Ali", "Pais"],
)
def test_names_of_round_44(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test44 08ABIDJAN396, paragraph 6; test7 04KINSHASA2183, paragraph 3: the president's body.
        ("Goude requires payment for all activities he undertakes on \nbehalf of the Presidency and the FPI "
         "governing party.", [("Presidential Administration", None, "Presidency")]),
        ("Kabila did not comment further, although Presidency Chief of \nStaff Boshab recommended",
         [("Presidential Administration", None, "Presidency")]),
        # test34 09PARIS1162, paragraph 2: with a qualifier.
        ("Since August 11, when a French Presidency press \nrelease first singled",
         [("Presidential Administration", "FR", "Presidency")]),
        # The office, the EU's presidency, and longer names (dev3 03TEGUCIGALPA2514, test24 04DUBLIN1013,
        # test30 04SANTODOMINGO4916, test41 07RIYADH2320).
        ("she also harbors ambitions of running for the Presidency, perhaps even", []),
        ("Luis Cosenza,  Minister of the Presidency.  Contreras vowed", []),
        ("Sexton reminded emboff that the Irish Presidency turned Darfur into an EU foreign policy", []),
        ("Cooperation in the Technical  Secretariat of the Presidency, gave specifics",
         [("Technical Secretariat of the Presidency", None, "Technical Secretariat of the Presidency")]),
        ("head of the General Intelligence Presidency Prince Muqrin bin Abdulaziz", []),
        # test44 04ADANA108, 04PANAMA2881: police and armed services.
        ("Crimes Teams from Baskale Security Directorate seized 51.344", []),
        ("The MOGJ \noversees Panama's National Police Force, the National \nMaritime Service, and the National Air "
         "Service.", []),
    ],
    ids=["on behalf of the Presidency", "Presidency Chief of Staff", "French Presidency", "running for",
         "Minister of the Presidency", "Irish Presidency", "Secretariat of the Presidency",
         "General Intelligence Presidency", "Security Directorate", "Maritime Service"],
)
def test_ministries_of_round_44(nlp, text, expected):
    assert [(m.name, m.country, " ".join(m.text.split())) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test45 04VATICAN2712, paragraph 6: "y" between two surnames.
        ("certain parties within the church, specifically Cardinal \nMiguel Obando y Bravo.  Bolanos \"is doing his "
         "best\" in a", {"Miguel Obando y Bravo", "Bolanos"}),
        # test45 03LAGOS543, paragraph 1: a Yoruba king's title.
        ("1.  SUMMARY.  The death last week of Oba Adeyinka \nOyekan highlights the role traditional rulers still",
         {"Adeyinka Oyekan"}),
        # test45 04MANAMA1387, paragraph 3: a television channel.
        ("He mentioned that the GOB had \nalso spoken to Al Jazeera Satellite Channel and Al Arabiyya", set()),
    ],
    ids=["Obando y Bravo", "Oba", "Al Arabiyya"],
)
def test_names_of_round_45(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test45 05PRAGUE66, paragraph 3; 05MADRID1178, paragraph 6: a ministry's or the armed forces'
        # acronym as a title.
        ("A DSACEUR letter \nthat same day to FM Svoboda and MOD Kuehnl contained explicit",
         [("Svoboda", "FM"), ("Kuehnl", "MOD")]),
        ("Defense Minister Pardo, and CHOD Sans. More importantly,", [("Pardo", "Defense Minister"), ("Sans", "CHOD")]),
    ],
    ids=["MOD Kuehnl", "CHOD Sans"],
)
def test_titles_of_round_45(nlp, text, expected):
    assert [(p.name, p.title) for p in people(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test45 02TEGUCIGALPA3151, paragraph 2; 07ANKARA1905, paragraph 1.
        ("Digicel officials will soon present \nclarifying documentation and ask Conatel to reverse the",
         [("National Telecommunications Commission", None, "Conatel")]),
        ("according to a top-level Prime Ministry insider.", [("Prime Minister's Office", None, "Prime Ministry")]),
    ],
    ids=["Conatel", "Prime Ministry"],
)
def test_ministries_of_round_45(nlp, text, expected):
    assert [(m.name, m.country, " ".join(m.text.split())) for m in ministries(nlp, ner_text(text).text)] == expected


def test_the_presidency_of_something_in_capitals_is_no_body(nlp):
    # test13 08LONDON1837, paragraph 11, in capitals and truecased: "to the Presidency of Rosnanotech".
    text = truecase("THE APPOINTMENT OF ANTOLY CHUBAIS, A LIBERAL AND CLOSE MEDVEDEV ALLY, TO THE PRESIDENCY OF "
                    "ROSNANOTECH, WHICH FCO VIEWS AS A HUGE \"KREMLIN SLUSH FUND.\"")
    assert "Presidency of Rosnanotech" in text
    assert [m.name for m in ministries(nlp, text)] == ["Ministry of Foreign Affairs"]  # the FCO


@pytest.mark.parametrize(
    "text, expected",
    [
        # test33 04ACCRA2138, paragraph 2; test28 04BRUSSELS4013, paragraph 2: bureaus of the State
        # Department by their symbols.
        ("due to the aid of INL surveillance equipment donated in 2003,", [("Department of State", "US", "INL")]),
        ("On 9/10, PRM Assistant met with EC officers", [("Department of State", "US", "PRM")]),
    ],
    ids=["INL", "PRM"],
)
def test_ministries_of_round_46(nlp, text, expected):
    assert [(m.name, m.country, m.text) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test47 03RANGOON1001, paragraph 5: the longest name that starts at a word wins ("Suu" is
        # also another name of a city).
        ("the SPDC, but added that the Burmese generals would move \nahead only on their own "
         "terms--including any decision related \nto the release of detained NLD leader Aung San Suu Kyi.  He",
         {"Aung San Suu Kyi"}),
        # test47 04BOGOTA1704, paragraph 6: an alias in quotes, with a title.
        ("paramilitaries in Uraba in three groups: Carlos Castano's \nAUC, drug trafficker Diego Murillo's "
         "(alias \"Don Berna\") \nforces, and the Central Bolivar Bloc.", {"Carlos Castano", "Diego Murillo"}),
        # test47 05KINGSTON24: a saint's name is a place (and since round 53 the nickname is left out
        # of the name).
        ("is reported to be Olivia \"Babsy\" Grange, currently the MP for \nCentral St. Catherine.  Major news "
         "outlets indicated that", {"Olivia Grange"}),
        # test46 03FRANKFURT986, paragraph 3; test46 04LJUBLJANA433, paragraphs 2 and 4: titles.
        ("the mood is mainly negative.  State FDP Chairperson and \ncurrent Justice Minister Ruth Wagner "
         "said bitterly", {"Ruth Wagner"}),
        ("and Econ Specialist, called on new AgMin Milan Pogacnik \nto congratulate him", {"Milan Pogacnik"}),
        ("observed.  The AgMin noted that dairy producers and", set()),
        # test47 04LILONGWE667, paragraph 4; test46 03GUATEMALA1674, paragraph 1.
        ("time we had one of these END QUOTE.  (RSO COMMENT:  It is \nbelieved that the DCI was referring", set()),
        ("the GOG was replacing a large number of Consuls believed to", set()),
    ],
    ids=["Aung San Suu Kyi", "Don Berna", "St. Catherine", "Chairperson", "AgMin Pogacnik", "the AgMin", "COMMENT", "Consuls"],
)
def test_names_of_round_47(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test47 04WELLINGTON916, paragraph 1; 04QUITO2680; 05PARIS479; test41 04TAIPEI3957.
        ("Embassy welcomes and grants country clearance to \nSocial Security Administration Official Kimberly F. "
         "Irwin,", [("Social Security Administration", "US", "Social Security Administration")]),
        ("letter sent September 21 inviting Bradley A. Smith, President \nof the Federal Election Commission, to",
         [("Federal Election Commission", "US", "Federal Election Commission")]),
        ("press reports, the DST (France's internal security service)",
         [("Direction de la Surveillance du Territoire", "FR", "DST")]),
        ("candidates, with Presidential Office Secretary General Su \nTseng-chang, DPP Kaohsiung Mayor",
         [("Presidential Administration", None, "Presidential Office")]),
        # test47 03ADANA110: a town's police.
        ("being interrogated at the Security Directorate \nof Adana.  The charges are not mentioned.", []),
    ],
    ids=["SSA", "FEC", "DST", "Presidential Office", "Security Directorate of Adana"],
)
def test_ministries_of_round_47(nlp, text, expected):
    assert [(m.name, m.country, " ".join(m.text.split())) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test47 04MAPUTO235, paragraph 6B: a street's name is no person.
        ("Electricidade de Mocambique (EDM) \nDireccao de Electrificacao e Projectos \nAv. Filipe Saumel "
         "Magaia, 368 \nMaputo, Mozambique", set()),
        # test2 04PARAMARIBO529, paragraph 2: a sentence's end is no street's abbreviation.
        ("will be financed by the government and the \nInter American Development Bank.  Eline Ritfield, a member",
         {"Eline Ritfield"}),
        # test46 04NEWDELHI7380, paragraph 2: FS, the Foreign Secretary.
        ("with NSA Dixit, FS Saran and other MEA officials with whom he", {"Dixit", "Saran"}),
        # test47 04DUBLIN911, paragraph 5; test46 04SANTODOMINGO1873, paragraph 5; test46 04VATICAN2767,
        # paragraph 3; test47 04TELAVIV1752, paragraph 1: a party, an association, a council and a
        # settlement bloc.
        ("5.   (SBU)  The largest - and most moderate - \nopposition party, Fine Gael confounded all \ncommentators by "
         "staging an impressive rally from its \ndisastrous showing in the 2002 general election. New \nparty leader "
         "Enda Kenny has turned the tide, with \nFine Gael topping Fianna Fail in the European", {"Enda Kenny"}),
        ("Dominican Medical Association (Colegio Medico Dominicano) and", set()),
        ("clearinghouse for relief efforts, Cor Unum, to Haiti in June.", set()),
        ("applicants from the Gush Katif settlement bloc who shared", set()),
    ],
    ids=["Av. Filipe Saumel Magaia", "Bank. Eline Ritfield", "FS Saran", "Fine Gael", "Colegio Medico Dominicano", "Cor Unum", "Gush Katif"],
)
def test_names_of_round_48(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test49 04BRATISLAVA1043, paragraph 1: a name before "-led" is a person's.
        ("Ukraine desk officer refused to speculate on the outcome, but \npredicted cooler relations with a "
         "Victor Yanukovich-led \nUkraine.  End summary.", {"Victor Yanukovich"}),
        # test48 00KINSHASA8622: a meeting named after its city.
        ("meeting of Chiefs of Staff; the proposed JPC meetings; and \nLibreville II in the second half of "
         "January).", set()),
        # test48 03HALIFAX52, paragraph 3; test48 04BRATISLAVA802, paragraph 3: a Q and a backquote
        # written for an apostrophe.
        ("3.  (SBU) Nova ScotiaQs newly appointed Energy Minster, Ernie \nFage, focused on the Deep Panuke "
         "offshore natural gas", {"Ernie Fage"}),
        ("3. (SBU) Leiferova defended Prosecutor General Dobroslav Trnka`s \ncontroversial decision to release "
         "from pre-trial custody Jozef", {"Leiferova", "Dobroslav Trnka", "Jozef"}),
        # test49 03RANGOON394, paragraph 2; test49 04NASSAU1936; test48 04TELAVIV6466; test48
        # 04ACCRA2241, paragraph 3: titles.
        ("Bangladesh's new interest in relations with Burma and the \nother states of Southeast Asia.  Begum Zia "
         "met with Than Shwe \nfor about 90 minutes", {"Zia", "Than Shwe"}),
        ("however, not tuberculosis.  The detention center's Chief \nSuperintendent confirmed that a medical team "
         "had been", set()),
        ("committee for consideration December 21.  Ministry of Justice \nKnesset Liaison Paz Barnett told poloff "
         "December 21 that", {"Paz Barnett"}),
        ("3.  UNHCR Resettlement Officer Peter Trotter told Ref Coord \ntoday that 14 busloads", {"Peter Trotter"}),
        # test49 03GUATEMALA189, paragraph 2: newspapers.
        ("2. (U) Leading dailies Siglo Veintiuno and El Periodico \ncovered the statements made by the "
         "Ambassador", set()),
        # test49 04TAIPEI3347: the AIT's office in a city is a post.
        ("li, the chairman/owner of a popular local radio station, \n\"Boss (chu-ren) Radio\" notified AIT Kaohsiung "
         "that he would \nlead a group of employees", set()),
    ],
    ids=["Yanukovich-led", "Libreville II", "ScotiaQs", "Trnka`s", "Begum Zia", "Superintendent", "Knesset Liaison",
         "Ref Coord", "dailies", "AIT Kaohsiung"],
)
def test_names_of_round_49(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test48 04DJIBOUTI398, paragraph 4; test15 04BRATISLAVA1050: the country or the capital a
        # ministry is in.
        ("Attache and Third Secretary in Niger and then Deputy Director \nin the Information Department in the "
         "Ministry of Foreign \nAffairs (MFA) in China.", [("Ministry of Foreign Affairs", "CN"), ("Ministry of Foreign Affairs", None)]),
        ("Bratislava, as well as the Slovak charge d'affaires being \ncalled into the MFA in Minsk for scolding.",
         [("Ministry of Foreign Affairs", "BY")]),
        # test48 05PRETORIA147.
        ("in May 2004 and held meetings with the Office of Science and \nTechnology Policy, State Department",
         [("Office of Science and Technology Policy", "US"), ("Department of State", "US")]),
    ],
    ids=["MFA in China", "MFA in Minsk", "OSTP"],
)
def test_ministries_of_round_49(nlp, text, expected):
    assert [(m.name, m.country) for m in ministries(nlp, ner_text(text).text)] == expected


def test_a_title_ends_at_a_list_item(nlp):
    # test22 04PRAGUE1859, paragraph 7: a list of participants, one a line.
    text = ner_text(
        "7. (U) Participants: \n \nU.S. \nAttorney General Ashcroft \nAmbassador William Cabaniss \n"
        "Bruce Swartz, Deputy AG \nDavid Ayres, Chief of Staff, AG \nMark Corallo, DOJ Public Affairs Director \n"
        "David Israelite, Deputy Chief of Staff, AG \nJeffrey Taylor, Counselor to AG \n \nCzech Ministry of Interior \n"
        "Minister Frantisek Bublan \nJaroslav Machane, Deputy Police President for Criminal Law \n"
    ).text
    assert the_person(nlp, text, "William Cabaniss").title == "Ambassador"


@pytest.mark.parametrize(
    "text, expected",
    [
        # test51 03FRANKFURT5976, paragraph 2: a letter quoted in German, no people in it but the
        # two it names (they are named again in the English translation of paragraph 3).
        ("2.  (SBU)  Below is the German Text of the letter: \n \n \nSehr geehrte Damen und Herren, \n \nWarnung "
         "vor dem Anschlag gegen US Marines in Cantonments \n \nArabische Menschen planen einen Anschlag auf "
         "Marine Corps \nAngehoerige in der Ghana Haupstadt Accra. In Teil von Accra \ngenannt Cantonments wohnen Marine Corps Angehoerige. Das ist \nein "
         "teil von der Zusammenarbeit zwischen Ghana Armed Forces \nund USA. Auf diese wird ein Anschlag gemacht. "
         "Eine Idee ist \nauch gleiche Zeit ein Anschlag auf Residence von Stab von US \nEmbassy. Das ist aber "
         "nicht leicht und noch nicht klar. \nGhanaische Menschen sind nicht die die planen und \norganizieren. "
         "Ein Mann in Nima ist kein Ghanaer aber von \nBurkina Faso.", set()),
        # test51 04YEREVAN880, paragraph 6: a list of full names, the NER's two of four.
        ("According to Alaverdian, National Assembly members \nTatul Manasarian, Arshak Sadoyan, Shavarsh "
         "Kocharian, \nand Albert Bazayan were taken into police custody.",
         {"Alaverdian", "Tatul Manasarian", "Arshak Sadoyan", "Shavarsh Kocharian", "Albert Bazayan"}),
        # test50 03OTTAWA692, paragraph 2; test50 04GUATEMALA1555: titles.
        ("2. (C) Commodore Dan McNeil, Laverdure's Director of", {"Dan McNeil"}),
        ("Cipriano Soto and Magistrate Guillermo Ruiz Wong, both FRG", {"Cipriano Soto", "Guillermo Ruiz Wong"}),
        # test50 03SANAA2464, paragraph 4: "Ash", al- before a sun letter.
        ("elections and MEPI-funded assistance.  SCER Chairman Khalid \nAsh Sharif welcomed A/S Burns and thanked "
         "him for the", {"Khalid Ash Sharif", "Burns"}),
        # test51 04BRUSSELS4758, paragraph 3; test50 04WELLINGTON601, paragraph 1; test51
        # 04MUSCAT2278: an alliance, a people, a court.
        ("COMEUFOR and Commander Nato Headquarters (COMNHQ), but they", set()),
        ("1. (SBU) Maori activist Tariana Turia used her decisive win \nin a July 10 by-election to launch the Maori "
         "Party, with", {"Tariana Turia"}),
        ("Office will contact the Diwan.  The Diwan will then contact", set()),
    ],
    ids=["German letter", "list of full names", "Commodore", "Magistrate", "Ash Sharif", "Nato", "Maori", "Diwan"],
)
def test_names_of_round_50(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test52 03GUATEMALA1243: a heading that is a paragraph of its own, underlined.
        ("TSE Position on Rios Montt Candidacy \n \nSIPDIS \n------------------------------------- \n", {"Rios Montt"}),
        # test52 03SANTODOMINGO5088, paragraph 8: names joined by "and" before "eras".
        ("officers and judges who recall all too well the Balaguer and Trujillo eras -- the", set()),
        # test52 04DUBLIN1827, 04LAGOS2418; test52 03ISTANBUL469; test53 03ISTANBUL113; test52
        # 04QUITO2418: the Irish and the Nigerian police, a strait, a bank, a company.
        ("killers of Garda (police officer) Gerry McCabe in a", {"Gerry McCabe"}),
        ("(MoPol) assigned to Ngige fired into the air as the convoy", {"Ngige"}),
        ("location was perfect for monitoring traffic on the Bosphorus; another said", set()),
        ("Morgan Stanley, they noted, had recently put out a paper on", set()),
        # test52 04QUITO2418; test53 04BRASILIA2921: a company named after the word "company".
        ("out of its contract with the Canadian oil company EnCana.  Oxy is confident", set()),
        ("FCC), Brazilian construction company Andrade Gutierrez, and", set()),
        # test53 04BAGHDAD963; test52 04ZAGREB1483; test53 04QUITO2861: a hospital, a prison, a
        # foundation.
        ("were taken at Ibn Sina hospital inside the International Zone on", set()),
        ("and soldiers at Lora Prison.  The international community", set()),
        ("October 21 visit to Fundacion Quimera, the NGO that will set", set()),
        # test53 04DUBLIN868: a given name the corpus never saw, between a title and a surname.
        ("current Labour MEP Proinsias De Rossa.  De Rossa is a", {"Proinsias De Rossa", "Rossa"}),
        # test24 03ADANA245, test30 08NEWDELHI3044: names kept, a word of the rules above after a
        # small word, and names joined by "and" before a hyphenated name.
        ("Abdullah Ocalan in prison and wanted better", {"Abdullah Ocalan"}),
        ("such as fugitive crime lord Dawood Ibrahim and Jaish-e-Mohammed Chief Maulana Azhar, who",
         {"Dawood Ibrahim", "Maulana Azhar"}),
    ],
    ids=["heading", "eras", "Garda", "MoPol", "Bosphorus", "Morgan Stanley", "oil company", "construction company",
         "hospital", "prison", "Fundacion", "MEP Proinsias", "in prison", "and Jaish-e-Mohammed"],
)
def test_names_of_round_51(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test52 05MADRID4314, paragraph 2: a ministry's acronym as a minister's title.
        ("good faith effort to derail the weapons deal, but had been \noutflanked by MOD Jose Bono. Moratinos "
         "acknowledged the", []),
        # dev 08ISLAMABAD3418: the acronym after "of" names the body.
        ("particularly four new cases including that of former Director\nGeneral of ISI Hamid Gul. xxxxxxxxxxxx "
         "requested that the case", [("Inter-Services Intelligence", "PK")]),
    ],
    ids=["MOD Jose Bono", "of ISI Hamid Gul"],
)
def test_ministries_of_round_51(nlp, text, expected):
    assert [(m.name, m.country) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test54 04SANTODOMINGO745, 09MADRID440, 04MAPUTO1539, 04HOCHIMINHCITY1258; test55
        # 04TELAVIV2064, 04PRETORIA4048: a bank, a court, a lodge, a market, a newspaper, a forum.
        ("has been sold to Grupo Leon and \nrenamed Banco Leon.  Although the legal entities no longer", set()),
        ("Spanish National Court (Audiencia Nacional) investigating judge Baltasar Garzon has announced",
         {"Baltasar Garzon"}),
        ("Cabo do Mar has responded by upping its cash demands. It \nalso attempted to take over Nyati Lodge on "
         "November 17 and", set()),
        ("even in popular markets such as Ho Chi Minh City's Ben Thanh \nMarket", set()),
        ("up and leave\" the government.  Sharon's outburst, as reported \nin the major daily Yedioth Ahronoth, "
         "was directed at National", {"Sharon"}),
        ("the \nEnvironmental Justice Networking Forum (EJNF) and the Anti-", set()),
    ],
    ids=["Banco", "Audiencia", "Lodge", "Market", "Yedioth Ahronoth", "Forum"],
)
def test_names_of_round_52(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test56 04TELAVIV1941, paragraph 6; test14 03SANTODOMINGO5875; test3 04LJUBLJANA854: a
        # nickname between a given name and a surname.
        ('would promise \nseats to former unity government Defense Minister Binyamin \n"Fuad" Ben-Eliezer, Dalia '
         'Itzik, Chaim Ramon, Shalom Simhon,', {"Binyamin Ben-Eliezer", "Dalia Itzik", "Chaim Ramon", "Shalom Simhon"}),
        ('FM Rafael "Fello" Subervi and Slovene Prime Minister Anton (Tone) Rop', {"Rafael Subervi", "Anton Rop"}),
        # test57 05DUBAI181: a particle in capitals that ends the NER's name.
        ("keynote speech by Minister of Labor Dr. Ali Al Ka'abi stressing the UAE's intention", {"Ali Al Ka'abi"}),
        # test57 04PANAMA2533: a particle and a name after a surname that is a country's name.
        ("recently punted the issue to Solicitor \nGeneral Alma Montenegro de Fletcher (a founding PRD member), ",
         {"Alma Montenegro de Fletcher"}),
        # test56 04CHENNAI294: initials and a surname the NER leaves out; test15 04SANAA2307,
        # test38 07SANAA473: initials that name a ship.
        ('state counterparts," A.S. Paneerselvam, Sun Television network\'s chief news editor, observed. T.S. '
         'Subramanium, special correspondent', {"A.S. Paneerselvam", "T.S. Subramanium"}),
        ('"We repatriated 1500 refugees last year," T. Pitchandi, Secretary Public and Rehabilitation, told',
         {"T. Pitchandi"}),
        ("committed on its soil (namely the USS Cole and M.V. Limburg \nattacks)", set()),
        ("the U.S.S. Ashland, which had been patrolling as part of", set()),
        # test56 04BOGOTA13139, paragraph 2: a list of participants, one a line, a line that ends
        # in a name that can be a given name ("Wood").
        ("Participants: \n \nU.S. \n---- \n \nDAS Charles Shapiro \nAmbassador William B. Wood \nJeff DeLaurentis, "
         "POLCOUNS \nDavid Henifin, Deputy Director for Andean Affairs \nSarah LaGier, POL (notetaker) \n \nColombia "
         "\n-------- \n \nFather Dario Echeverri, Secretary General of the National \nConciliation Commission (CCN) \n",
         {"Charles Shapiro", "William B. Wood", "Jeff DeLaurentis", "David Henifin", "Sarah LaGier", "Dario Echeverri"}),
    ],
    ids=["quoted nickname", "nicknames", "Al Ka'abi", "Montenegro de Fletcher", "A.S.", "T.", "M.V.", "U.S.S.",
         "participants"],
)
def test_names_of_round_53(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test58 04WELLINGTON797, paragraph 2: a surname in capitals after a given name, not an
        # acronym.
        ("-- Gladys COTTER and Thomas LAHR to travel to Wellington and", {"Gladys COTTER", "Thomas LAHR"}),
        ("as Michael USAID said", {"Michael"}),
        # test58 04GUATEMALA1477, paragraph 3: particles before and after a name word.
        ("condolence letters from \nEducation Minister Maria del Carmen Acena de Fuentes; and", {"Maria del Carmen Acena de Fuentes"}),
        # test57 04RANGOON1591, paragraph 1: a name of four words, the last a name in fewer cables.
        ("Summary: The SPDC has increased its restrictions on Aung San Suu Kyi by reducing the visits", {"Aung San Suu Kyi"}),
        # test59 04WELLINGTON857, 04GUAYAQUIL937; test58 04LAGOS637: titles.
        ("grants country clearance to USGS Hydrologist Peter Wright to travel", {"Peter Wright"}),
        ("Central Bank \nGeneral Supervisor Mauricio Pareja Canelos briefed some", {"Mauricio Pareja Canelos"}),
        ("attended the conference.  Owelle Rochas Okorocha, \nPresidential Advisor", {"Rochas Okorocha"}),
        # test58 03ISTANBUL760, 03BRASILIA2364; test59 03ISTANBUL777: a church's body, a religion,
        # a title, a palace, a company.
        ("Philadelphia (Chief Secretary of the Holy Synod) said the", set()),
        ("authority, as with the Pope in Roman Catholicism, but a nod", set()),
        ("Reverend Gabriel, Bishop of Komansk, Locum Tenens of the \nArchdiocese", {"Gabriel"}),
        ("ideological directives of the \n(Presidential) Planalto Palace and everyday", set()),
        ("a new \nMcKinsey Global Institute report is directing attention", set()),
        # test23 04BRATISLAVA787, test36 06BRASILIA2352, test50 04KINSHASA1380, dev4 04ZAGREB2109:
        # a company, a palace, a province and a typo the NER takes for people in most cables.
        ("Yukos.  (Note: In 2001, Yukos won the tender to buy", set()),
        ("The reception at Planalto and the conversation with Lula could not", {"Lula"}),
        ("situation, operations, and challenges in Orientale (septels", set()),
        ("the Untied States of America in Zagreb the assurances of its", set()),
    ],
    ids=["surnames in capitals", "acronym in capitals", "Acena de Fuentes", "Aung San Suu Kyi", "Hydrologist",
         "Supervisor", "Owelle", "Synod", "Catholicism", "Locum Tenens", "Palace", "McKinsey", "Yukos", "Planalto",
         "Orientale", "Untied"],
)
def test_names_of_round_54(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test61 04CHENNAI1315, 04PANAMA298; test60 04FRANKFURT9010: titles.
        ("confirmed to Pol Off the repeal of the Anti-Conversion Law,", set()),
        ('reported to Pol FSN that "things are going smoothly" in the', set()),
        ("EMIN and Consulate rep called on Bundesbank Chief \nEconomist Willy Friedmann, who opined that",
         {"Willy Friedmann"}),
        # test61 04PRAGUE1846, 04MUSCAT2011; test60 04BRUSSELS2972, 04BRATISLAVA1147: a party (the
        # name after it stays), an NGO, a meeting, a foundation.
        ("increase for police and firemen.  KDU-CSL leader Miroslav \nKalousek -- who had", {"Miroslav Kalousek"}),
        ("Amideast is one such organization, and is currently", set()),
        ("to the EU's informal ministerial \n(Gymnich) on September 3.  While the", set()),
        ("representatives from the NGOs Vlk (wolf) and Ekopolis pleaded", set()),
    ],
    ids=["Pol Off", "Pol FSN", "Economist", "KDU-CSL", "Amideast", "Gymnich", "Ekopolis"],
)
def test_names_of_round_55(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test50 04TAIPEI3509, paragraph 1; test51 04MUSCAT2278; test36 04TELAVIV2039.
        ("Board of Foreign Trade (BOFT) Import/Export Director Peter Ho", [("Board of Foreign Trade", "TW")] * 2),
        ("Comments: All contact with the Sultan is done via the Royal \nDiwan via the Chief of Protocol",
         [("Royal Diwan", None)]),
        ("1. (C)  Summary and Action Request.  Gabbi Bar, Deputy \nDirector General in the Ministry of Industry, "
         "Trade and Labor \nconfirmed to us April 2", [("Ministry of Industry, Trade and Labor", "IL")]),
    ],
    ids=["BOFT", "Royal Diwan", "Israel's MOITAL"],
)
def test_ministries_of_round_50(nlp, text, expected):
    assert [(m.name, m.country) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test63 04MANAMA1835: a title that is also a given name, before "bin".
        ("In later discussions, Sultan Bin Nasser Al Suwaidi, \nUAE Central Bank Governor, felt that",
         {"Sultan Bin Nasser Al Suwaidi"}),
        ("Crown Prince Sultan bin Abdulaziz said", {"Sultan bin Abdulaziz"}),
        ("at the request of His Majesty Sultan Qaboos bin Said, the", {"Qaboos bin Said"}),
        # test63 04TEGUCIGALPA400: given names the corpus seldom saw before the NER's name; a
        # nickname in brackets.
        ("1. (C) Summary:  On February 17 Ramon Ovidio Navarro Duarte \nwas sworn in as Honduras' next",
         {"Ramon Ovidio Navarro Duarte"}),
        ("including \nthe President of Congress, Porfirio (Pepe) Lobo, Gilberto \n(Picho) Goldstein, Rodolfo Irias "
         "Navas, and Oswaldo Ramos \nSoto, all of whom",
         {"Porfirio Lobo", "Gilberto Goldstein", "Rodolfo Irias Navas", "Oswaldo Ramos Soto"}),
        # test62 04MANAMA872: an honorific alone.
        ("The King wished him success.  His Majesty stressed the Kingdom of \nBahrain,s devotion", set()),
        # test63 04RANGOON206: peoples in a list of parties.
        ("about 75 representatives from Kachin, Kayah, Karen, Chin \nZomi, Mon, Burman, Rahkine, and Shan political "
         "parties, as \nwell as political veterans, the NLD CEC, NLD MP's-elect, and", set()),
        # test62 03BRASILIA356, 04LAGOS170, 04BRATISLAVA197, 04BRUSSELS416, 04MAPUTO294,
        # 02TEGUCIGALPA3434, 05PARIS206; test63 03FRANKFURT9873, 04VILNIUS1497, 04CARACAS2811,
        # 04HOCHIMINHCITY1128: newspapers, companies, documents, an NGO, a gang, a treaty, a party,
        # a river.
        ("1. (U) Brazilian dailies Gazeta Mercantil and O Estado \nreported today", set()),
        ("provider, Econet Wireless Nigeria Limited.  Vodacom \nagreed in principle to a $250 million purchase", set()),
        ("5.  Add the following offices to Appendix I - Central \nGovernment Entities", set()),
        ("telecommunications sectors \n(Public Utilities Remedy Directive)", set()),
        ("Texafrica, Textil de Mocuba, Texmoque, and Texmanta. Two of", set()),
        ('informants, members of the gang "mara Salvatrucha" had \nstaked out the investigator.', set()),
        ("report would be discussed at a General Convention, which \nwould then make policy decisions", set()),
        ("moderate.  Hesse CDU reps told Pol-Econ rep that Hesse \nconservatives are embarrassed", set()),
        ("1.  Summary.  AT&T and Lietuvos Telekomas, Lithuania's \nlargest fixed-line telecommunications", set()),
        ("Juan Fernandez, leader \nof the organization of the fired workers, Gente de Petroleo, \ntold poloff",
         {"Juan Fernandez"}),
        ("north, the My Tho bridge crosses the Tien branch of the Mekong.", set()),
    ],
    ids=["Sultan Bin", "Sultan bin Abdulaziz", "Sultan Qaboos", "Ramon Ovidio", "Porfirio (Pepe) Lobo", "His Majesty",
         "Karen", "Gazeta Mercantil", "Vodacom", "Appendix", "Directive", "Textil", "Salvatrucha", "Convention",
         "Hesse CDU", "Lietuvos Telekomas", "Gente de Petroleo", "Tien branch"],
)
def test_names_of_round_56(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test63 04TEGUCIGALPA400: "Justice" after "and" is also a title's word.
        ("At one point, Navarro served as Vice \nMinister at the Honduran Ministry of Government and Justice \n"
         "and was head of", [("Ministry of Government and Justice", "HN")]),
        # test62 04BRUSSELS416: the EU's rotating presidency.
        ("Klos said that the incoming-Dutch Presidency has \nindicated interest in exploring", []),
        # test63 03BRASILIA439: the Brazilian Finance Ministry by its Portuguese name.
        ("to press reports, the Ministries of Fazenda and Agriculture \nare", [("Ministry of Finance", "BR"),
                                                                              ("Ministry of Agriculture", None)]),
    ],
    ids=["Government and Justice", "Dutch Presidency", "Fazenda"],
)
def test_ministries_of_round_56(nlp, text, expected):
    assert [(m.name, m.country) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test64 04TELAVIV6225: a comma for the apostrophe inside a name.
        ("-- PLO Chairman Abu Mazen, Prime Minister Abu Ala,a, and \nPalestinian Authority (PA) Minister Nabil "
         "Sh,ath were", {"Abu Mazen", "Abu Ala'a", "Nabil Sh'ath"}),
        # test18 03KABUL1744: a title in the plural (the NER takes it for a name in 32 of 58 corpus
        # cables; with the tables built without test64 to test67, the cable-level rules kept it).
        ("5. (C) CDA and Poloffs also emphasized that NATO should", set()),
        # test59 04BRATISLAVA205: no title either, so the name after it stays a party's.
        ("two separate lines to vote in both elections.  Smer MP \nKalinak told poloffs Smer is divided about "
         "supporting Rudolf \nSchuster for re-election", {"Kalinak", "Rudolf Schuster"}),
        # test64 04MANAMA676: more than six words with the particles.
        ("days, Assistant \nUndersecretary for Cooperation and Follow up Shaikh Abd \nal-Aziz bin Mubarak Al-Khalifa "
         "told POL/ECON Chief on May 9.", {"Abd al-Aziz bin Mubarak Al-Khalifa"}),
        # test64 04TELAVIV6225; test65 04TELAVIV1259: a kibbutz, a neighbourhood.
        ("launched a Qassam rocket at Kibbutz Saad December 7, but no", set()),
        ("the Shaykh Radwan neighborhood of Gaza City.  Nine passersby,", set()),
        # test64 04ISTANBUL1868: an adjective after a word that is also a title.
        ("Akat told us, however, that \ntwo major European reality television producers may soon", {"Akat"}),
        # test64 04CARACAS1384, 04LAGOS127, 05ADANA9, 04PARAMARIBO514; test65 04VILNIUS1237: a TV
        # channel, an airline, a newspaper, a party, companies.
        ("News channel \nGlobovision said Carter's message was that the appeals", {"Carter"}),
        ("operating as scheduled, including the daily Virgin Atlantic \nflight to London.", set()),
        ("is \ncontributing articles to Yeni Cag, a newspaper known for \nnationalistic tendencies.", set()),
        ("the Suriname Labor Party, and Pertjaja Luhur, \ncaptured 18.8% of the votes", set()),
        ("spare parts), and Snaige (refrigerators).  Some 69 \nbusinesses, including a major Coca-Cola production",
         set()),
    ],
    ids=["Ala'a", "Poloffs", "poloffs Smer", "Abd al-Aziz", "Kibbutz", "neighborhood", "European", "Globovision",
         "Virgin Atlantic", "Yeni Cag", "Pertjaja Luhur", "Snaige"],
)
def test_names_of_round_57(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_econchief_is_a_title(nlp):
    # test64 04ACCRA1980: the Classified By line.
    text = "Classified By: EconChief Chris Landberg for Reason 1.5 (d)"
    assert the_person(nlp, text, "Chris Landberg").title == "EconChief"


def test_the_united_states_in_french(nlp):
    # test64 03DJIBOUTI1656: a French headline quoted in an English cable.
    text = '8 titled "Les Etats-Unis ne sont pas impliques dans les \noperations de refoulement'
    assert countries(nlp, ner_text(text).text) == {"US"}
    assert person_names(nlp, ner_text(text).text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # test64 04OTTAWA3410; test65 03HALIFAX10: Canada's departments and agencies.
        ("Government of Canada established the Department of Public \nSafety and Emergency Preparedness (PSEPC), "
         "which roughly", [("Ministry of Public Safety", "CA")] * 2),
        ("together at the port: RCMP, Transport Canada, Canada Customs, \nCitizenship and Immigration Canada, CSIS, "
         "and the Department of \nFisheries and Oceans.",
         [("Ministry of Transport", "CA"), ("Canada Customs and Revenue Agency", "CA"),
          ("Citizenship and Immigration Canada", "CA"), ("Ministry of Fisheries and Oceans", "CA")]),
        # test64 04VILNIUS1402; test65 03ADANA2.
        ("to the event, the Lithuanian State Security Department shared", [("State Security Department", "LT")]),
        ("of war and the Higher Education Council (YOK).  In", [("Higher Education Council", "TR")] * 2),
    ],
    ids=["PSEPC", "Halifax port", "Lithuanian VSD", "YOK"],
)
def test_ministries_of_round_57(nlp, text, expected):
    assert [(m.name, m.country) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test66 04MUSCAT1991: "bint" before the NER's name, with a given name before it.
        ("1. (SBU) SUMMARY: Dr. Sharifa bint Khalfan bin Nasser \nal-Yahyai, Oman's new Minister of Social "
         "Development, is", {"Sharifa bint Khalfan bin Nasser al-Yahyai"}),
        # test66 04HOCHIMINHCITY1422, 04WELLINGTON905, 05NEWDELHI276, 04BOGOTA5326; test67
        # 02ADANA400: an association, a company, a summit, a park, a union's chapter.
        ("According to Pham Dinh Nhan (strictly protect), a leader \nof the Vietnam Evangelical Fellowship (VEF), "
         "an association of", {"Pham Dinh Nhan"}),
        ("Police.  Owen International is aiming for a delivery date of \nMarch 18, 2005.", set()),
        ("issues like the India Pakistan Composite Dialogue and \ndetermining a new date for the postponed SAARC Summit.",
         set()),
        ("Tayrona National Park (Magdelena Department) on April 17 and \nSerrana de la Macarena National Park "
         "(Meta Department) on \nMay 15 were hosted by the CNP.", set()),
        ("Egitim-Sen in Diyarbakir.  Egitim-Sen Diyarbakir \nchapter President Abdullah Demir called the",
         {"Abdullah Demir"}),
        # test28 05KINSHASA23 (a guard): a field's name and a dash after a name are no park's.
        ("Replaces \nEmile Ngoy \n\nLabor - Boniface Balamage Nkolo (RCD-Goma), replaces",
         {"Emile Ngoy", "Boniface Balamage Nkolo"}),
    ],
    ids=["bint", "Fellowship", "Owen International", "SAARC Summit", "National Park", "chapter", "Ngoy Labor -"],
)
def test_names_of_round_58(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test66 03ZAGREB2544: countries written with a hyphen, after "in" (no language's names).
        ("returnees from \nSerbia-Montenegro and the 22,000 who remain in \nBosnia-Herzegovina.  The OSCE",
         {"CS", "BA"}),
        ("UNHCR will support live talk shows on \nnational public and private television in Serbia-Montenegro.",
         {"CS"}),
        # a language after "in" is still no country
        ("the text was re-interpreted in French as the", set()),
    ],
    ids=["Bosnia-Herzegovina", "in Serbia-Montenegro.", "in French"],
)
def test_countries_of_round_58(nlp, text, expected):
    assert countries(nlp, ner_text(text).text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test66 03OTTAWA2461, 04MADRID1691, 04MANAMA1388; test67 03BEIJING18021: national aid
        # agencies, a tender board, a US commission.
        ("the Department of Finance and the Canadian International Development Agency (CIDA)",
         [("Ministry of Finance", None), ("Canadian International Development Agency", "CA"),
          ("Canadian International Development Agency", "CA")]),
        ("the Spanish International Aid Agency (AECI) will", [("Spanish International Aid Agency", "ES")] * 2),
        ("the Bahraini Tender Board awarded", [("Tender Board", "BH")]),
        ("the U.S. Commission on International Religious Freedom (CIRF)",
         [("Commission on International Religious Freedom", "US")] * 2),
        # test66 03LAGOS2069: a body whose fields are listed with a comma.
        ("Babangida formed the Directorate for Food, Road and \nRural Infrastructure and Abacha established",
         [("Directorate for Food, Road and Rural Infrastructure", None)]),
        # test55 04SANTODOMINGO1685: the first of the listed words names no body's field.
        ("a decreee which establishes an Office for Equity, Gender and \nDevelopment in each ministry.", []),
    ],
    ids=["CIDA", "AECI", "Tender Board", "CIRF", "Directorate for Food, Road", "Office for Equity"],
)
def test_ministries_of_round_58(nlp, text, expected):
    assert [(m.name, m.country) for m in ministries(nlp, ner_text(text).text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # test68 04PRAGUE1881: a form's fields a line each; no name across the break.
        ("LAST NAME: Gross \nFIRST/MIDDLE NAMES: Stanislav \nCONVENTIONAL USAGE: Prime Minister \n", set()),
        # test68 04ACCRA2205: a heading glued to its first word; companies.
        ("Comment- Power is Key \n--------------------- \n7. (C) Power is the heart of any discussion of Valco.", set()),
        ("Resident Director, Dr. Charles Mensa, Rusal Aluminum, BHP \nBilliton, and Alcoa have all submitted bids",
         {"Charles Mensa"}),
        # test68 04TAIPEI4051, 04HOCHIMINHCITY1590, 04PANAMA914, 04TELAVIV2040: companies, places.
        ("suppliers in Taiwan -- including Hon Hai Precision, Taiwan's \nbiggest electronics company by sales, and "
         "Asustek Computer \nInc., the world's biggest motherboard supplier", set()),
        ("Catholic contacts in Gia Lai and Kontum told us that their \ncongregations observed Christmas", set()),
        ("indigenous comarcas of Kuna Yala,  End note.)  Many people", set()),
        ("of agricultural land April 1 outside Al Khadar village, near \nBethlehem.", set()),
        # test69 03SANAA1088, 04FRANKFURT1390, 04QUITO2599, 04BRATISLAVA789: references, an
        # association, an NGO, a settlement.
        ("hostage taking in Sanaa. Per Reftels C, D, E, the RSO also \nstated that", set()),
        ("paid by the Islamic lobby group Milli Goerues (as additional", set()),
        ("Troya (Regional Representative of The Nature Conservancy); \nand Deborah Chiriboga", {"Deborah Chiriboga"}),
        ("would attract large numbers of unemployed Roma.  Letanovsky \nMlyn, considered one of the worst "
         "settlements, is located", set()),
        # test69 04WELLINGTON933: a title's word after a given name and an initial is the surname.
        ("Embassy welcomes and grants country clearance to \nSingapore ICE Attache Matthew H. King, to travel to",
         {"Matthew H. King"}),
        # test69 04MADRID2440: a surname after a title and "for" and its field.
        ("Director General for Security Camacho would bring together", {"Camacho"}),
        ("Managing Director for Placer Dome/South Africa said", set()),
    ],
    ids=["form", "Comment-", "Alcoa", "Hon Hai Precision", "Kontum", "Kuna Yala", "Al Khadar", "Reftels",
         "Milli Goerues", "Conservancy", "Letanovsky Mlyn", "Matthew H. King", "for Security Camacho",
         "for Placer Dome"],
)
def test_names_of_round_59(nlp, text, expected):
    assert person_names(nlp, ner_text(text).text) == expected


def test_dona_is_an_honorific(nlp):
    # test68 05SOFIA72, paragraph 3: the Spanish honorific before a name.
    text = "the Prime \nMinister's wife Dona Margarita Gomez-Acebo who speaks"
    assert the_person(nlp, ner_text(text).text, "Margarita Gomez-Acebo").title == "Dona"


@pytest.mark.parametrize(
    "text, person, country",
    [
        # test69 04TEGUCIGALPA236: a demonym that is also a given name, between a title and a name.
        ("approximately 8.1 percent.  End Note.)  Minister of Labor \nGerman Leitzelar has called for another",
         "German Leitzelar", set()),
        ("the German Foreign Minister Joschka Fischer said", "Joschka Fischer", {"DE"}),
    ],
    ids=["German Leitzelar", "German Foreign Minister"],
)
def test_a_given_name_that_is_a_demonym_after_a_title(nlp, text, person, country):
    assert person_names(nlp, ner_text(text).text) == {person}
    assert countries(nlp, ner_text(text).text) == country


def test_hong_kong_is_no_country(nlp):
    # test68 04WELLINGTON924: a region of China, which the annotators do not count (10 of 13 cables);
    # test4 09BEIJING1634: nor is it part of a name after it.
    text = "economic issues because that is the only way to include \nTaiwan and Hong Kong.  In reality"
    assert countries(nlp, ner_text(text).text) == {"TW"}
    text = "the Consul General in Hong Kong Robert Goldberg said"
    assert person_names(nlp, ner_text(text).text) == {"Robert Goldberg"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # test69 04WELLINGTON933: the US ICE's attache in Singapore.
        ("Embassy welcomes and grants country clearance to \nSingapore ICE Attache Matthew H. King, to travel to",
         [("Department of Homeland Security", "US")]),
        # test68 04LAGOS1364, 05DHAKA86, 04LILONGWE240; test69 04RANGOON240, 04MAPUTO1001.
        ("the country's economy on track, the Bureau of Public \nEnterprises (BPE) has recommended",
         [("Bureau of Public Enterprises", "NG")] * 2),
        ("Citing harassment from the BDG NGO Affairs \nBureau, NGO Concern has decided", [("NGO Affairs Bureau", "BD")]),
        ("USD 28 million) were concentrated in the Office of President \nand Cabinet",
         [("Office of the President and Cabinet", "MW")]),
        ('regime.  However, "NATALA," the GOB\'s intra-ministerial body',
         [("Ministry for Progress of Border Areas and National Races and Development Affairs", "MM")]),
        ("scheduled with USTR, MCC, S/GAC and CCA.", [("Office of the United States Trade Representative", "US"),
                                                     ("Millennium Challenge Corporation", "US")]),
        # test13 04MANAMA252 (a guard): a country's name before the body, with no title after it.
        ("F. Yes.  The Bahrain National Security Agency (BNSA) has made", [("National Security Agency", "BH")]),
    ],
    ids=["Singapore ICE", "BPE", "NGOAB", "OPC", "NATALA", "MCC", "Bahrain NSA"],
)
def test_ministries_of_round_59(nlp, text, expected):
    assert [(m.name, m.country) for m in ministries(nlp, ner_text(text).text)] == expected
