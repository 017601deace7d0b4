"""Bodies described around their verb (fresh wire group -94, forty-fourth session): an
appositive after "The group" or "The company" describes the body, which is the source; a name
after "A San Francisco polling startup" is the startup's; a relative clause whose object is a
pronoun ("the cooperative that manages it said") ends the body's phrase; a subcommittee is a
body; and "program" spelt so after "in" ("flagged risk in the program") is a programme of work,
no broadcast to hop through."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def sources(text: str) -> list[tuple[str, str]]:
    return [(a["source"]["text"], a["source"]["kind"]) for a in attributions(text)
            if a.get("source")]


@pytest.mark.parametrize(("text", "source"), [
    ("The group, the Kenyan partner of BirdLife International, said the real toll was "
     "probably higher.", "The group"),
    ("The company, a Kenyan maker of turbines, said the toll was higher.", "The company"),
    ("The scheme paid out on fewer than half of its claims, the cooperative that manages it "
     "said on Tuesday.", "the cooperative that manages it"),
    ("The plant will close, the company that owns them said.", "the company that owns them"),
])
def test_the_described_body_is_the_source(text: str, source: str) -> None:
    assert source in [s for s, _ in sources(text)]


def test_a_name_after_what_the_body_is_is_named() -> None:
    found = sources("A San Francisco polling startup, Quorum Signal, said on Tuesday that its "
                    "panel had called the primaries.")
    assert found and found[0][0] == "Quorum Signal" and found[0][1].startswith("named")


def test_a_subcommittee_is_a_body() -> None:
    found = sources("The House Appropriations Committee's defence subcommittee flagged "
                    "significant schedule risk in the satellite program.")
    assert found and found[0][1] == "named_official"


@pytest.mark.parametrize("text", [
    "The subcommittee flagged significant schedule risk in the program.",
    "The auditors found serious flaws in the new program, the report said.",
])
def test_a_programme_of_work_is_no_venue(text: str) -> None:
    chains = extract(text).to_dict()["chains"]
    assert chains and all(h["role"] != "venue" for c in chains for h in c["hops"])


@pytest.mark.parametrize("text", [
    "The minister said in the programme that the cuts would stay.",
    "She said in the morning program that the cuts would stay.",
])
def test_a_broadcast_programme_stays_a_venue(text: str) -> None:
    chains = extract(text).to_dict()["chains"]
    assert any(h["role"] == "venue" for c in chains for h in c["hops"])
