"""Two kinds read wrong on the PolNeAR calibration set's dev articles (nineteenth session).

"White House press secretary Josh Earnest said" had been an outlet: "press" written in lower
case before the name read as an outlet's descriptor ("business daily Børsen"), though a role
("secretary") closes it: an office, a named official. And "Senior officials who spoke with The
Washington Post said" had been the Post itself: people an outlet spoke to are people ("Sources
close to ...", "Officials who spoke with ..." were already), whatever modifier comes first."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract


def source_kind(text: str, directory: OutletDirectory) -> str:
    found = extract(text, directory=directory).to_dict()["attributions"]
    return str(found[0]["source"]["kind"])


@pytest.mark.parametrize("text", [
    "White House press secretary Ann Cole said the plan was ready.",
    "Campaign press officer Dev Patel said the plan was ready.",
])
def test_a_press_office_is_an_official(text: str, directory: OutletDirectory) -> None:
    assert source_kind(text, directory) == "named_official"


def test_an_outlets_descriptor_still_makes_an_outlet(directory: OutletDirectory) -> None:
    assert source_kind("Danish business daily Borsen said the plan was ready.",
                       directory) == "outlet"


@pytest.mark.parametrize("text", [
    "Senior officials who spoke with The Washington Post said the plan was a shell.",
    "Current and former officials who spoke with The Washington Post said it was a shell.",
    "Officials who spoke with The Washington Post said the plan was a shell.",
])
def test_people_an_outlet_spoke_to_are_not_the_outlet(text: str,
                                                       directory: OutletDirectory) -> None:
    assert source_kind(text, directory) == "anonymous_described"


def test_the_outlet_itself_stays_an_outlet(directory: OutletDirectory) -> None:
    assert source_kind("The Washington Post said the plan was a shell.", directory) == "outlet"
