""""a Sunday Times story that cited unnamed sources as saying ...": the relative's antecedent
cites and the people it cites say (a fresh wire article, -90 dev, lost both: "cite" found no
subject before it and gave up before reading "as saying")."""

from __future__ import annotations

from service.attribution import extract


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.cue.text, a.source.text if a.source else None,
             a.source.kind if a.source else None) for a in extract(text).attributions]


def test_a_story_that_cited_sources_as_saying_relays_them() -> None:
    found = pairs("The report follows a Sunday Times story in March that cited unnamed sources "
                  "as saying several samples had been handled irregularly.")
    assert ("as saying", "unnamed sources", "anonymous") in found
    assert any(cue == "cited" and source is not None and "story" in source
               for cue, source, _ in found)


def test_a_relative_that_cites_a_thing_is_no_attribution() -> None:
    # without "as saying" a body citing rising costs reports nobody's words
    found = pairs("The company that cited rising costs said prices would rise.")
    assert [cue for cue, _, _ in found] == ["said"]
