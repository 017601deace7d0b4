"""A title-case headline is read as the sentence it stands for (service/attribution/headline.py).

Every word the article writes in lower case is read in lower case, so that capitals stop
making names of common words ("Leaked Documents Reveal ..."); the spans keep the headline's
own text and offsets.
"""

from __future__ import annotations

from typing import Any

from service.attribution import extract
from service.attribution.headline import is_title_case, sentence_case

BODY = ("The documents, obtained by hackers, show the party asked donors for money. Clinton "
        "said the emails were stolen. Democratic officials said the documents were real. "
        "The DNC declined to comment.")


def headline_sources(headline: str) -> list[dict[str, Any]]:
    found = extract(BODY, headline=headline).to_dict()["attributions"]
    return [a for a in found if a["field"] == "headline"]


def test_only_a_title_case_headline_is_recased_and_its_length_never_changes() -> None:
    assert is_title_case("Leaked Documents Reveal Democratic Party Donors")
    assert not is_title_case("Leaked documents reveal Democratic Party donors")
    recased = sentence_case("Leaked Documents Reveal Democratic Party Donors", BODY)
    assert recased == "Leaked documents reveal Democratic party donors"
    plain = "Clinton aides said to weigh a run"
    assert sentence_case(plain, BODY) == plain


def test_names_and_acronyms_the_article_capitalises_keep_their_capital() -> None:
    recased = sentence_case("Hacked Emails Show DNC Favored Clinton Over Sanders", BODY)
    assert recased.startswith("Hacked emails show DNC")
    assert "Clinton" in recased and "Sanders" in recased


def test_a_title_case_headline_has_a_document_source_with_its_own_text() -> None:
    head = headline_sources("Leaked Documents Reveal Democratic Party Donors")
    assert [(a["cue"]["text"], a["source"]["text"], a["source"]["kind"]) for a in head] == [
        ("Reveal", "Leaked Documents", "document")]
    assert head[0]["content"]["text"] == "Democratic Party Donors"


def test_a_role_without_an_article_in_a_headline_is_the_person_named_below() -> None:
    head = headline_sources("Hid Past Health Problems, Former White House Doctor Says")
    assert head and head[0]["source"]["kind"] == "named_person"
    head = headline_sources("Governor to name new chief of staff, source says")
    assert head and head[0]["source"]["kind"] == "anonymous"


def test_support_for_is_a_noun_in_a_title_case_headline() -> None:
    """"Major Companies Pull Support For Republican Convention": "support for" is the noun, so
    no source "Major Companies Pull" (PolNeAR dev, twenty-second session); "Governor Supports
    Bill" keeps its verb."""
    pulled = extract("The convention opens in July.",
                     headline="Major Companies Pull Support For Republican Convention")
    assert [a for a in pulled.attributions if a.field == "headline"] == []
    supports = extract("The bill passed on Monday.", headline="Governor Supports Bill")
    assert [(a.cue.text, a.source.text if a.source else None)
            for a in supports.attributions if a.field == "headline"] == [("Supports", "Governor")]


def test_a_headline_role_is_the_leads_unnamed_person_of_that_role() -> None:
    """"..., officer says" over a lead whose officer speaks on condition of anonymity: the
    headline's role word is that unnamed officer, one entity (not a named person of its own,
    which made the headline claim look identified; wire dev labels 2,199 -> 2,201)."""
    body = ("KAMPALA - Soldiers fired on protesters in the capital on Sunday, a senior army "
            "officer said, speaking on condition of anonymity because he was not authorised to "
            "speak to the media.\n\nThe government has not commented.")
    found = extract(body, headline="Soldiers fired on protesters, officer says").attributions
    head = [a for a in found if a.field == "headline"]
    lead = [a for a in found if a.field == "text" and a.cue.text == "said"]
    assert head and lead and head[0].source is not None and lead[0].source is not None
    assert head[0].source.entity.id == lead[0].source.entity.id
    assert head[0].source.kind == lead[0].source.kind == "anonymous_described"
    # a lead that names its officer leaves the headline's role a named person
    named = body.replace("a senior army officer said, speaking on condition of anonymity "
                         "because he was not authorised to speak to the media",
                         "army officer Col. Moses Ekwaro said")
    found = extract(named, headline="Soldiers fired on protesters, officer says").attributions
    head = [a for a in found if a.field == "headline"]
    assert head and head[0].source is not None and head[0].source.kind == "named_person"
