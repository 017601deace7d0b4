"""Attributions: cue, source, content and venue on hand-written sentences and articles."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.attribution import OutletDirectory, OutletRef, extract, extract_html


def attributions(text: str, directory: OutletDirectory | None = None,
                 headline: str | None = None) -> list[dict[str, Any]]:
    return extract(text, headline=headline, directory=directory).to_dict()["attributions"]


def only(text: str, directory: OutletDirectory | None = None) -> dict[str, Any]:
    found = attributions(text, directory)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("The mayor said the bridge would reopen in May.", "said", "The mayor",
         "the bridge would reopen in May"),
        ("Helen Marsh told reporters that the vote was rigged.", "told", "Helen Marsh",
         "that the vote was rigged"),
        ("The bridge will reopen in May, said Helen Marsh.", "said", "Helen Marsh",
         "The bridge will reopen in May"),
        ("“We are ready,” the captain insisted.", "insisted", "the captain", "“We are ready,”"),
        ("Officials warned that the river could flood.", "warned", "Officials",
         "that the river could flood"),
        ("The minister denied that any money had changed hands.", "denied", "The minister",
         "that any money had changed hands"),
        ("Critics argued the plan was too costly.", "argued", "Critics",
         "the plan was too costly"),
        ("Prices will rise again next year, the bank predicted.", "predicted", "the bank",
         "Prices will rise again next year"),
    ],
)
def test_verb_cues(text: str, cue: str, source: str, content: str) -> None:
    found = only(text)
    assert found["cue"]["text"] == cue and found["cue"]["kind"] == "verb"
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content


def test_according_to_before_and_after(directory: OutletDirectory) -> None:
    first = only("According to Reuters, the talks collapsed on Friday.", directory)
    assert first["cue"] == {"start": 0, "end": 12, "text": "According to",
                            "kind": "according_to"}
    assert first["source"]["kind"] == "outlet"
    assert first["source"]["entity"] == "reuters.com"
    assert first["source"]["outlet"]["domain"] == "reuters.com"
    assert first["content"]["text"] == "the talks collapsed on Friday"
    second = only("The talks collapsed on Friday, according to two diplomats.", directory)
    assert second["source"]["text"] == "two diplomats"
    assert second["source"]["kind"] == "anonymous_described"
    assert second["content"]["text"] == "The talks collapsed on Friday"


def test_outlet_reports_and_has_learned(directory: OutletDirectory) -> None:
    found = only("The Financial Times has learned that the deal is off.", directory)
    assert found["cue"]["text"] == "has learned"
    assert found["source"]["entity"] == "ft.com"
    reported = only("Reuters reported that the plant had closed.", directory)
    assert reported["cue"]["text"] == "reported"
    assert reported["source"]["kind"] == "outlet"


def test_vague_phrases() -> None:
    reports = only("There are reports that the general has fled.")
    assert reports["cue"]["kind"] == "phrase"
    assert reports["source"]["text"] == "reports"
    assert reports["source"]["kind"] == "vague"
    assert reports["content"]["text"] == "that the general has fled"
    understood = only("It is understood that the talks will resume.")
    assert understood["source"]["kind"] == "vague"
    assert understood["content"]["text"] == "that the talks will resume"
    say = only("Reports say the ceasefire is holding.")
    assert (say["cue"]["text"], say["source"]["text"], say["source"]["kind"]) == (
        "say", "Reports", "vague")
    experts = only("Experts have noted that the drought is worsening.")
    assert experts["source"]["kind"] == "vague"


def test_anonymous_sources() -> None:
    bare = only("Sources say the coach will be sacked.")
    assert bare["source"]["kind"] == "anonymous"
    described = only("A senior Chinese official said the visit was cancelled.")
    assert described["source"]["kind"] == "anonymous_described"
    assert described["source"]["country"] == "CN"
    assert described["source"]["description"] == "A senior Chinese official"
    familiar = only("People familiar with the matter said the bid had failed.")
    assert familiar["source"]["kind"] == "anonymous_described"


def test_named_people_by_role() -> None:
    official = only("Foreign Minister Anna Berg said the embassy would close.")
    assert official["source"]["kind"] == "named_official"
    assert official["source"]["entity"] == "anna-berg"
    spokesman = only("A navy spokesman Tom Reyes said two ships had collided.")
    assert spokesman["source"]["kind"] == "named_official"
    assert spokesman["source"]["entity"] == "tom-reyes"
    expert = only("Professor Lina Haddad, a water engineer, said the dam was safe.")
    assert expert["source"]["kind"] in {"named_expert", "named_person"}
    analyst = only("Oskar Lind, a Swedish energy analyst, said prices would fall.")
    assert analyst["source"]["kind"] == "named_expert"
    assert analyst["source"]["description"] == "a Swedish energy analyst"
    assert analyst["source"]["country"] == "SE"
    person = only("Paula Grant said she had waited for six hours.")
    assert person["source"]["kind"] == "named_person"


def test_unnamed_and_state_outlets(directory: OutletDirectory) -> None:
    paper = only("According to a Japanese newspaper, the launch failed.", directory)
    assert paper["source"]["kind"] == "unnamed_outlet"
    assert paper["source"]["country"] == "JP"
    state = only("Russian state media reported that the bridge was hit.", directory)
    assert state["source"]["kind"] == "state_affiliated_outlet"
    assert state["source"]["country"] == "RU"
    assert "outlet" not in state["source"]
    named = attributions("Russian state media reported that the bridge was hit. TASS said the "
                         "repairs would take a month.", directory)
    assert named[0]["source"]["kind"] == "state_affiliated_outlet"
    assert named[0]["source"]["outlet"]["domain"] == "tass.ru"
    assert named[0]["source"]["entity"] == "tass.ru"


def test_ambiguous_alias_needs_an_unambiguous_mention(directory: OutletDirectory) -> None:
    unresolved = only("The Post said the mayor would resign.", directory)
    assert unresolved["source"]["kind"] == "outlet"
    assert "outlet" not in unresolved["source"]
    text = "The New York Post reported the story first. The Post said the mayor would resign."
    resolved = attributions(text, directory)[1]
    assert resolved["source"]["outlet"]["domain"] == "nypost.com"
    assert resolved["source"]["entity"] == "nypost.com"


def test_the_publisher_counts_as_naming_an_ambiguous_outlet(directory: OutletDirectory) -> None:
    post = OutletRef(domain="nypost.com", name="New York Post")
    found = extract("The Post said the mayor would resign.", directory=directory,
                    publisher=post).to_dict()["attributions"]
    assert found[0]["source"]["entity"] == "nypost.com"


def test_the_paper_is_a_reference_not_the_outlet_called_the_paper(
        directory: OutletDirectory) -> None:
    text = ("But according to an Israeli newspaper, Tehran has already moved launch crews to "
            "Crimea.\n\nAccording to an Iranian source quoted in the paper, the crews will stay "
            "until the spring.\n\nAn independent panel said the crews were small.")
    result = extract(text, directory=directory).to_dict()
    by_text = {a["source"]["text"]: a for a in result["attributions"]}
    paper = by_text["the paper"]["source"]
    assert (paper["kind"], paper["entity"], paper["country"]) == (
        "unnamed_outlet", "israeli-newspaper", "IL")
    assert "outlet" not in paper
    panel = by_text["An independent panel"]["source"]
    assert panel["kind"] == "anonymous_described" and "outlet" not in panel
    chain = next(c for c in result["chains"] if c["claim"]["text"].startswith("the crews"))
    assert [(h["role"], h["entity"], h["kind"], h.get("country")) for h in chain["hops"]] == [
        ("publisher", "publisher", "publisher", None),
        ("relay", "israeli-newspaper", "unnamed_outlet", "IL"),
        ("origin", "iranian-source", "anonymous_described", "IR"),
    ]
    assert not any(h.get("outlet", {}).get("domain") == "thepaper.cn"
                   for c in result["chains"] for h in c["hops"])


def test_venues(directory: OutletDirectory) -> None:
    statement = only("The ministry said in a statement that the border was closed.", directory)
    assert statement["venue"]["text"] == "in a statement"
    assert statement["content"]["text"] == "that the border was closed"
    telegram = only("The governor wrote on Telegram that the fires were contained.", directory)
    assert telegram["venue"]["text"] == "on Telegram"
    interview = only("Ivan Petrov said in an interview with Reuters that he would stand.",
                     directory)
    assert interview["venue"]["text"] == "in an interview with Reuters"
    assert interview["venue"]["outlet"]["domain"] == "reuters.com"
    tv = only("Ivan Petrov, a Russian commentator, claimed on state television that the "
              "front was stable. Channel One later cut the segment.", directory)
    assert tv["venue"]["text"] == "on state television"
    assert tv["venue"]["outlet"]["domain"] == "1tv.ru"


def test_citing_makes_a_nested_attribution(directory: OutletDirectory) -> None:
    found = attributions("Reuters reported, citing two officials, that the mine had flooded.",
                         directory)
    assert [a["cue"]["text"] for a in found] == ["reported", "citing"]
    outer, inner = found
    assert inner["parent"] == outer["id"]
    assert inner["source"]["text"] == "two officials"
    assert outer["content"]["text"] == "that the mine had flooded"


def test_pronouns_and_short_references(directory: OutletDirectory) -> None:
    text = (
        "Clara Novak, a Czech trade negotiator, said the deal was close. "
        "She added that details were secret. Ms Novak declined to say more. "
        "The Financial Times reported that the deal was signed. "
        "The newspaper said the text would be published."
    )
    found = attributions(text, directory)
    by_cue: dict[str, dict[str, Any]] = {}
    for attribution in found:
        by_cue.setdefault(attribution["cue"]["text"], attribution["source"])
    assert by_cue["said"]["entity"] == "clara-novak"
    assert by_cue["said"]["description"] == "a Czech trade negotiator"
    assert by_cue["added"]["text"] == "She"
    assert by_cue["added"]["entity"] == "clara-novak"
    assert by_cue["declined"]["entity"] == "clara-novak"
    newspaper = [a for a in found if a["source"]["text"] == "The newspaper"]
    assert newspaper and newspaper[0]["source"]["entity"] == "ft.com"


def test_quotes_follow_on_and_across_paragraphs() -> None:
    text = (
        "“We will win,” said Ruth Ade, the party leader. “Nobody can stop us.”\n\n"
        "Mr Lowe warned:\n\n"
        "“The budget is a fantasy.\n\n"
        "“It will collapse by spring,” he said.\n"
    )
    found = attributions(text)
    kinds = [(a["cue"]["kind"], a["source"]["entity"], a["content"]["text"]) for a in found]
    assert kinds[0] == ("verb", "ruth-ade", "“We will win,”")
    assert kinds[1] == ("quote", "ruth-ade", "“Nobody can stop us.”")
    assert kinds[2] == ("verb", "lowe", "“The budget is a fantasy.")
    assert kinds[3] == ("verb", "lowe", "“It will collapse by spring,”")


def test_headline_colon_attribution(directory: OutletDirectory) -> None:
    found = attributions("Body text.", directory, headline="Dam will hold: Swedish officials")
    assert found[0]["field"] == "headline"
    assert found[0]["cue"] == {"start": 13, "end": 14, "text": ":", "kind": "colon"}
    assert found[0]["source"]["text"] == "Swedish officials"
    assert found[0]["content"]["text"] == "Dam will hold"


def test_own_authority_has_no_attribution() -> None:
    assert attributions("The army crossed the river on Tuesday. The bridge was destroyed.") == []


def test_contract_keys_and_order(directory: OutletDirectory) -> None:
    result = extract("The ministry said in a statement that it agreed. Experts said so too.",
                     headline="Deal agreed, ministry says", directory=directory).to_dict()
    assert set(result) == {"text", "attributions", "chains"}
    fields = [a["field"] for a in result["attributions"]]
    assert fields == sorted(fields, key=lambda f: f != "headline")
    for attribution in result["attributions"]:
        assert set(attribution) == {"id", "parent", "field", "cue", "source", "content", "venue",
                                         "claim"}
        source = attribution["source"]
        assert {"start", "end", "text", "kind", "entity"} <= set(source)
        assert all(value is not None for value in source.values())
    assert [a["id"] for a in result["attributions"]] == ["a1", "a2", "a3"]


def test_extract_html(directory: OutletDirectory) -> None:
    html = ("<article><h1>Storm</h1><p>The coastguard said the ferry had sunk.</p>"
            "<script>ignored()</script></article>")
    result = extract_html(html, directory=directory).to_dict()
    assert result["text"] == "Storm\n\nThe coastguard said the ferry had sunk."
    assert [a["source"]["text"] for a in result["attributions"]] == ["The coastguard"]


def _spans(result: dict[str, Any], text: str, headline: str | None) -> None:
    for attribution in result["attributions"]:
        base = headline if attribution["field"] == "headline" else text
        assert base is not None
        for key in ("cue", "source", "content", "venue"):
            span = attribution[key]
            if span is not None:
                assert 0 <= span["start"] <= span["end"] <= len(base)
                assert base[span["start"]:span["end"]] == span["text"]
    for chain in result["chains"]:
        claim = chain["claim"]
        base = headline if claim["field"] == "headline" else text
        assert base is not None and base[claim["start"]:claim["end"]] == claim["text"]
        assert chain["hops"][0]["role"] == "publisher"


_WORDS = st.sampled_from([
    "said", "says", "told", "according to", "there are reports that", "citing", "quoted in",
    "the paper", "he", "she", "Mr Smith", "a Russian source", "Reuters", "the Post", "state media",
    "“", "”", '"', "``", "''", ",", ".", ":", "\n", "\n\n", "\x00", "that", "in a statement",
    "New York Post", "Channel One", "officials", "experts have noted", "Ms", "It is understood",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=40),
       st.one_of(st.none(), st.text(max_size=40)))
def test_offsets_always_slice_to_the_span_text(parts: list[str], headline: str | None) -> None:
    text = " ".join(parts)
    directory = OutletDirectory([
        {"domain": "nypost.com", "name": "New York Post", "ambiguous_aliases": ["the Post"]},
        {"domain": "reuters.com", "name": "Reuters"},
        {"domain": "1tv.ru", "name": "Channel One", "state_affiliation": "state_controlled",
         "country": "RU"},
    ])
    result = extract(text, headline=headline, directory=directory,
                     publisher=OutletRef("example.com", "Example")).to_dict()
    assert result["text"] == text
    _spans(result, text, headline)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_offsets_hold_for_arbitrary_unicode(text: str) -> None:
    _spans(extract(text).to_dict(), text, None)


def _by_cue(found: list[dict[str, Any]], cue: str) -> list[dict[str, Any]]:
    return [a for a in found if a["cue"]["text"] == cue]


def test_seed_article(seed_article: tuple[str, str], directory: OutletDirectory) -> None:
    headline, text = seed_article
    found = attributions(text, directory, headline=headline)
    head = found[0]
    assert head["field"] == "headline" and head["cue"]["kind"] == "colon"
    assert head["source"]["text"] == "Russian state media"
    assert head["source"]["kind"] == "state_affiliated_outlet"
    assert head["source"]["outlet"]["domain"] == "1tv.ru"
    stated = _by_cue(found, "stated")[0]
    assert stated["source"]["entity"] == "igor-korotchenko"
    assert stated["source"]["description"] == "a Russian military specialist"
    assert stated["venue"]["text"] == "on state television"
    korotchenko = {a["source"]["entity"] for a in found
                   if a["source"]["text"] in {"The Russian defence expert",
                                              "The Russian journalist", "Mr Korotchenko"}}
    assert korotchenko == {"igor-korotchenko"}
    cfr = [a for a in found if a["source"]["entity"] == "cfr.org"]
    assert cfr and cfr[0]["source"]["text"] == "the New York-based Council on Foreign Relations"
    experts = [a for a in found if a["source"]["text"] == "Experts"]
    assert experts[0]["source"]["kind"] == "vague"
    moore = [a for a in found if a["source"]["entity"] == "richard-moore"]
    assert moore[0]["source"]["kind"] == "named_official"
    korean = next(a for a in found if a["source"]["text"] == "a North Korean source")
    assert korean["source"]["kind"] == "anonymous_described"
    assert korean["source"]["country"] == "KP"
    introducer = next(a for a in found if a["id"] == korean["parent"])
    assert introducer["source"]["entity"] == "south-korean-newspaper"
    assert introducer["source"]["kind"] == "unnamed_outlet"
    own = text.index("Russia invaded Ukraine")
    assert not any(a["cue"]["start"] >= own for a in found if a["field"] == "text")


def test_drones_article(drones_article: tuple[str, str], directory: OutletDirectory) -> None:
    headline, text = drones_article
    found = attributions(text, directory, headline=headline)
    assert found[0]["source"]["outlet"]["domain"] == "presstv.ir"
    analyst = {a["source"]["entity"] for a in found if a["source"]["text"] in {
        "Hamid Farahani", "The Iranian aviation analyst", "The Iranian commentator",
        "Mr Farahani"}}
    assert analyst == {"hamid-farahani"}
    told = _by_cue(found, "told")[0]
    assert told["venue"]["outlet"]["domain"] == "presstv.ir"
    reports = _by_cue(found, "there are reports")[0]
    assert reports["parent"] == told["id"]
    telegraph = next(a for a in found if a["id"] == told["parent"])
    assert telegraph["source"]["entity"] == "telegraph.co.uk"
    source = next(a for a in found if a["source"]["text"] == "a Venezuelan military source")
    assert source["source"]["country"] == "VE"
    daily = next(a for a in found if a["id"] == source["parent"])
    assert daily["source"]["text"] == "the daily"
    assert daily["source"]["entity"] == "colombian-newspaper"
    burns = next(a for a in found if a["source"]["entity"] == "william-burns")
    assert burns["source"]["kind"] == "named_official"
    assert burns["source"]["description"] == "the director of the CIA"


def test_harbour_article(harbour_article: tuple[str, str], directory: OutletDirectory) -> None:
    headline, text = harbour_article
    found = attributions(text, directory, headline=headline)
    okafor = [a for a in found if a["source"]["entity"] == "maria-okafor"]
    assert [a["source"]["text"] for a in okafor] == ["Maria Okafor", "Maria Okafor",
                                                    "Ms Okafor", "She"]
    assert okafor[1]["cue"]["kind"] == "quote"
    assert okafor[2]["venue"]["text"] == "Reuters in an interview"
    sources = next(a for a in found if a["source"]["text"] == "Sources")
    assert sources["source"]["kind"] == "anonymous"
    understood = next(a for a in found if a["cue"]["text"] == "is understood")
    assert understood["source"]["kind"] == "vague"
    authority = next(a for a in found if a["source"]["text"] == "The port authority")
    assert authority["venue"]["text"] == "in a statement"
    whitby = [a for a in found if a["source"]["entity"] == "alan-whitby"]
    assert [a["cue"]["text"] for a in whitby] == ["warned", "said"]
    assert whitby[0]["source"]["kind"] == "named_expert"
    citing = next(a for a in found if a["cue"]["text"] == "citing")
    assert citing["source"]["kind"] == "anonymous_described"
    assert next(a for a in found if a["id"] == citing["parent"])["source"]["entity"] == "ft.com"
    newspaper = next(a for a in found if a["source"]["text"] == "The newspaper")
    assert newspaper["source"]["entity"] == "ft.com"
