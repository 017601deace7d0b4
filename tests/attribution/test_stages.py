"""Each stage of service/attribution on its own: cue candidates, the entity table, non-claims."""

from __future__ import annotations

import ast
from pathlib import Path

import service.attribution
from service.attribution import extract
from service.attribution.claims import is_non_claim
from service.attribution.cues import cue_candidates
from service.attribution.descriptions import DescriptionResolution
from service.attribution.entities import Resolver
from service.attribution.phrases import Units, np_before
from service.attribution.text import tokenize


def test_cue_candidates_are_cue_words_and_capitalised_words() -> None:
    tokens = tokenize("The mayor said on Tuesday, according to aides, that the bridge is safe.")
    picked = {tokens[i].lower for i in cue_candidates(tokens)}
    assert {"said", "according"} <= picked
    assert not picked & {"mayor", "bridge", "safe"}  # capitalised words are looked at too


def test_the_entity_table_fixes_a_kind_once_and_links_references() -> None:
    resolver = Resolver(None, [])
    text = "Treasury Secretary Janet Morales"
    tokens = tokenize(text)
    first = resolver.resolve(text, tokens, 0)
    later = resolver.resolve("Morales", tokenize("Morales"), 100)
    pronoun = resolver.resolve("she", tokenize("she"), 200)
    assert first.entity is later.entity is pronoun.entity
    assert {first.kind, later.kind, pronoun.kind} == {"named_official"}


def test_the_description_layer_reads_phrases_with_no_name() -> None:
    resolver = Resolver(None, [])
    assert isinstance(resolver, DescriptionResolution)
    kinds = {}
    for phrase in ("a person familiar with the matter", "some analysts", "a 2022 survey"):
        kinds[phrase] = resolver.resolve(phrase, tokenize(phrase), 0).kind
    assert kinds == {"a person familiar with the matter": "anonymous_described",
                     "some analysts": "vague", "a 2022 survey": "document"}
    # a definite description refers back to the body named before it
    body = resolver.resolve("Halvorsen Energy", tokenize("Halvorsen Energy"), 10)
    later = resolver.resolve("the company", tokenize("the company"), 90)
    assert later.entity is body.entity


def test_a_noun_phrase_ends_where_the_verb_begins() -> None:
    tokens = tokenize("Two senior officials said")
    assert np_before(tokens, 2, 0, Units.empty()) == (0, 2)


def test_a_claim_and_a_refusal_side_by_side() -> None:
    text = "Ruiz said the plant would close. Becker declined to comment."
    found = extract(text).attributions
    assert [(a.cue.text, is_non_claim(text, a)) for a in found] == [
        ("said", False), ("declined", True)]


def test_a_body_named_in_passing_is_what_the_company_refers_to() -> None:
    text = ("Halvorsen Energy shares fell 5 percent on Monday. The company said the recall "
            "would cost little. It added that sales were strong.")
    found = extract(text).attributions
    assert [(a.source.text, a.source.entity.id) for a in found if a.source] == [
        ("The company", "halvorsen-energy"), ("It", "halvorsen-energy")]


def test_a_relative_after_an_appositive_is_the_named_person() -> None:
    text = ("Robert Mercer, the donor and co-founder of a hedge fund who once backed Cruz, "
            "said the race was over.")
    sources = [a.source for a in extract(text).attributions if a.source is not None]
    assert any(s.entity.id == "robert-mercer" for s in sources)


def test_a_title_case_headline_role_is_a_named_person() -> None:
    found = extract("He spoke.", headline="Lawmaker Says Budget Is Dead").attributions
    source = next(a.source for a in found if a.field == "headline" and a.source)
    assert source.kind == "named_person"


def test_a_role_then_a_name_in_commas_gives_the_name() -> None:
    found = extract("Clinton's campaign chairman, John Podesta, said it was dark.").attributions
    assert (found[0].source.text, found[0].source.description) == (
        "John Podesta", "Clinton's campaign chairman")


def test_an_adjective_makes_an_ambiguous_cue_a_noun() -> None:
    text = "It is unclear how North Korea has provided Russia military support while it lasts."
    assert extract(text).attributions == []
    assert [a.cue.text for a in extract("Most voters support the plan.").attributions] == [
        "support"]


#: The stages of service/attribution in the order the text flows through them (the package
#: docstring says what each does). A module may import, at run time, only the ones before it.
STAGE_ORDER = (
    "lexicon", "text", "places", "outlet_acronyms", "outlet_places", "directory", "phrases",
    "entity_table", "outlet_refs",
    "descriptions", "entities",
    "attributions", "scan", "cues", "venues", "subjects", "content", "quotes", "nesting",
    "relays", "verbs", "claims", "chains", "headline", "named_later", "pronouns", "extract",
    "__init__",
)


def _runtime_imports(path: Path) -> set[str]:
    """The sibling modules a module imports when it runs (imports for type checking only,
    under ``if TYPE_CHECKING:``, are left out: they never run)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found.update([node.module] if node.module else [a.name for a in node.names])
    return found


def test_each_stage_imports_only_the_stages_before_it() -> None:
    package = Path(service.attribution.__file__).parent
    modules = {path.stem: path for path in package.glob("*.py")}
    assert set(modules) == set(STAGE_ORDER), "a new module needs its place in STAGE_ORDER"
    upward = {(name, imported) for name, path in modules.items()
              for imported in _runtime_imports(path)
              if STAGE_ORDER.index(imported) >= STAGE_ORDER.index(name)}
    assert upward == set()
