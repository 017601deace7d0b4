""""The <noun>" refers back to an unnamed person only where the noun is what the person was
described as, the head of the description, not a word modifying it: after "a senior army
officer", "The officer" is that officer and "The army" is the army (a body on the record),
never the anonymous officer again (service/attribution/entity_table.py `described_as`)."""

from __future__ import annotations

from service.attribution import extract
from service.attribution.entity_table import described_as

STORY = ("Soldiers fired on protesters in the capital on Sunday, a senior army officer said, "
         "speaking on condition of anonymity because he was not authorised to speak to the "
         "media. The army has denied the account. The officer said he had seen it himself.")


def test_the_head_noun_is_what_a_description_is_of() -> None:
    assert described_as("a senior army officer", {"officer"})
    assert not described_as("a senior army officer", {"army"})
    assert described_as("a person familiar with the matter", {"person"})
    assert described_as("an official at the ministry", {"official"})
    assert not described_as("a police spokesman", {"police"})


def test_the_body_is_not_the_unnamed_person_described_with_its_name() -> None:
    found = {a.source.text: a.source for a in extract(STORY).attributions
             if a.source is not None}
    officer, army, again = (found["a senior army officer"], found["The army"],
                            found["The officer"])
    assert army.entity.id != officer.entity.id and army.kind != "anonymous_described"
    assert again.entity.id == officer.entity.id and again.kind == "anonymous_described"
