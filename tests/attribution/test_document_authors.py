"""A record with its author, its client or its date between ("Data compiled by consultancy
Nordlys Maritime", "a study published last year by researchers at ...", "a poll for Le
Monde") is the record, not the author named inside it."""

from __future__ import annotations

import pytest

from service.attribution import extract


@pytest.mark.parametrize(("text", "span"), [
    ("Data compiled by consultancy Nordlys Maritime showed nine vessels waiting.",
     "Data compiled by consultancy Nordlys Maritime"),
    ("A study published last year by researchers at the University of La Serena found "
     "elevated copper levels.",
     "A study published last year by researchers at the University of La Serena"),
    ("A report released in 2023 by the World Bank found poverty had risen.",
     "A report released in 2023 by the World Bank"),
    ("The Ifop survey for the newspaper Le Progres found that 41% of voters backed the mayor.",
     "The Ifop survey for the newspaper Le Progres"),
    ("A poll for Le Monde showed the president trailing.", "A poll for Le Monde"),
    # sixty-fifth wire batch (twenty-third session): a phrasal participle, and what the record
    # counted between it and its head
    ("A survey of 612 households carried out last year by the Sindela Health Trust found that "
     "a third had breathing problems.",
     "A survey of 612 households carried out last year by the Sindela Health Trust"),
    ("A report put together by the ministry said exports fell.",
     "A report put together by the ministry"),
    ("A notification issued by the provincial education department said schools would close.",
     "A notification issued by the provincial education department"),
    ("A class action filed in federal court on July 18 accuses Kestrel of failing to encrypt "
     "records.", "A class action filed in federal court on July 18"),
])
def test_the_record_is_the_source(text: str, span: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [(span, "document")]


def test_a_person_for_an_outlet_is_no_record() -> None:
    found = extract("A spokesman for the newspaper said the story was accurate.").to_dict()
    assert [a["source"]["kind"] for a in found["attributions"]] == ["named_official"]
