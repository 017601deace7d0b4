"""A cue form in -s that is the noun of its clause: "Senate rules require that ...", "Party
rules allow delegates to ...". The plural present after it is what the rules do, so nobody
"rules" anything and the word before it is no source."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "wire"},
])


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text, directory=DIRECTORY).attributions]


@pytest.mark.parametrize("text", [
    "Democratic Party rules allow for minority reports at the request of a quarter of members.",
    "Senate rules require that the bill be read twice before a vote.",
    "Party rules permit members to appoint proxies.",
])
def test_rules_before_what_they_do_are_no_cue(text: str) -> None:
    assert _found(text) == []


def test_rules_that_state_keep_the_record_as_source() -> None:
    assert _found("Company rules state that employees may not speak to reporters.") == [
        ("Company rules", "document", "state")]


def test_a_verb_in_s_before_a_name_is_still_a_cue() -> None:
    # "shows State sent ...": a capitalised word after the cue is the claim's subject
    assert _found("A Sept. 15, 2011 email shows State sent ten senior staffers to the event."
                  )[0][2] == "shows"
    assert _found("The judge rules that the case may proceed.") == [
        ("The judge", "unresolved", "rules")]
