"""Words inside a source's phrase that only look like cues or outlets (sixty-sixth wire
batch session): "not authorized to discuss planning" (a gerund after a verb of discussing is
a noun), "local media reports" (the press's reports, a noun), "A person briefed on the
league's media strategy" (a person; a medium in the post-modifier makes no outlet)."""

from __future__ import annotations

from service.attribution import extract


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(a["cue"]["text"], a["source"]["text"] if a["source"] else "",
             a["source"]["kind"] if a["source"] else "")
            for a in extract(text).to_dict()["attributions"]]


def test_a_gerund_after_discuss_is_no_cue() -> None:
    found = _said("One executive at a utility, who spoke on condition of anonymity because he "
                  "was not authorized to discuss planning, said his company was reviewing the "
                  "retirement dates.")
    assert [cue for cue, _, _ in found] == ["said"]
    assert found[0][1:] == ("One executive at a utility", "anonymous_described")


def test_media_reports_is_a_noun() -> None:
    found = _said("Migrants are sleeping outdoors, according to volunteers and local media "
                  "reports.")
    assert "reports" not in [cue for cue, _, _ in found]
    # written as a verb, with its clause, it still is one
    assert ("reports", "Local media", "vague") in _said(
        "Local media reports that the fire spread overnight.")


def test_a_medium_in_the_post_modifier_makes_no_outlet() -> None:
    assert _said("A person briefed on the league's media strategy said owners had been told."
                 ) == [("said", "A person briefed on the league's media strategy",
                        "anonymous_described")]
    assert _said("A source at the TV station said the host was fired.")[0][2] == (
        "anonymous_described")


def test_a_trade_of_the_media_is_people_and_a_feed_is_pictures() -> None:
    assert _said("Media lawyers say the pool is governed by custom.") == [
        ("say", "Media lawyers", "vague")]
    assert _said("The launch was streamed live, where the feed showed the rocket climbing "
                 "steadily before it tilted.")[0][1:] == ("the feed", "document")


def test_people_on_a_named_place_are_the_source_not_the_place() -> None:
    assert _said("Some advocates on Capitol Hill said privately that the window was too short."
                 ) == [("said", "Some advocates on Capitol Hill", "vague")]
    # a weekday after "on" is when, not where
    assert _said("Lawmakers on Tuesday said the bill was dead.")[0][1] == "Lawmakers"
