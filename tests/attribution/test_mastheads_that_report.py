"""A name the ratings table does not hold, met first as the subject of "reported that", is an
outlet: "Coastal Fortune reported last month that ...". News introduces a person or a company with
a role or a line of business, and a company reports its results as a noun phrase ("reported a
12 percent rise in profit"), so a bare name reporting what others did is a masthead (the wire
readers' outlet sources, typed as people or companies before). A name already met, a title, a
body's word or the noun "reports" keep their reading."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Coastal Fortune reported last month that the council had overspent on the bridge.",
     ("Coastal Fortune", "outlet")),
    ("Velka Vesti had reported on Sunday that the minister was detained at the airport.",
     ("Velka Vesti", "outlet")),
    ("The Coastline reported that two ferries had been withdrawn for repairs.",
     ("The Coastline", "outlet")),
    ("Marlow Business first reported that the lender had hired advisers.",
     ("Marlow Business", "outlet")),
])
def test_a_new_name_that_reports_others_doings_is_an_outlet(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in sources(text)


def test_its_later_it_is_the_outlet() -> None:
    found = sources("Coastal Fortune reported on Friday that the mayor would resign. It said the "
                    "council would meet on Monday.")
    assert ("It", "outlet") in found


@pytest.mark.parametrize(("text", "name"), [
    # a company's results: a noun phrase after the verb
    ("Brightvale reported a 12 percent rise in quarterly profit on Tuesday, the company said.",
     "Brightvale"),
    # a person met before by name
    ("Ines Okafor, a hydrologist, said the river was rising. Okafor reported that the gauge "
     "had failed twice.", "Okafor"),
    # a body's word, and a title
    ("The Regional Statistics Committee reported last month that prices rose 4 percent.",
     "The Regional Statistics Committee"),
    ("Dr. Amara Bello reported that the trial had enrolled 300 patients.", "Dr. Amara Bello"),
])
def test_people_companies_and_bodies_keep_their_kind(text: str, name: str) -> None:
    kinds = {kind for source, kind in sources(text) if source == name}
    assert kinds and "outlet" not in kinds


def test_the_noun_reports_is_no_masthead() -> None:
    text = ("Monitoring reports that the utilities must post online show arsenic near the "
            "wells, the group said.")
    assert all(kind != "outlet" for _, kind in sources(text))


def test_a_name_met_before_under_a_headline_keeps_its_kind() -> None:
    # the history counts places in the whole article, headline first: a surname met a
    # sentence earlier in the body is met before, however long the headline
    result = extract("Ines Okafor said the river was rising. Okafor reported that the gauge "
                     "had failed twice.",
                     headline="River gauge on the upper Severn failed twice during the floods, "
                              "hydrologist says")
    kinds = {a.source.kind for a in result.attributions
             if a.source is not None and a.source.text == "Okafor"}
    assert kinds and "outlet" not in kinds
