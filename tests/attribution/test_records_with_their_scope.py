"""A record that opens its sentence with what it covers or where it is kept after its head
("Records in the agency's online data system show ...", "Documents in the case show ...") is
the subject that makes "show" a verb of finding, as "Figures from the secretariat show" was
(the wire readers' document source, missed before). A phrase that is no record stays none."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


@pytest.mark.parametrize(("text", "source"), [
    ("Records in the agency's online data system show the mine was fined 212 times.",
     "Records in the agency's online data system"),
    ("Documents in the case show he was paid twice for the same contract.",
     "Documents in the case"),
    ("Filings in the bankruptcy case show the firm owed 40 creditors.",
     "Filings in the bankruptcy case"),
])
def test_a_record_with_its_scope_shows(text: str, source: str) -> None:
    assert (source, "document") in sources(text)


@pytest.mark.parametrize("text", [
    "Calls for reform show no sign of fading.",
    "Prices for wheat show no sign of falling.",
])
def test_no_record_no_source(text: str) -> None:
    assert sources(text) == []
