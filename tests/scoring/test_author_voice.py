"""The rubric's third way to be "mixed": the author's commentary dominates the sourced facts.

A body whose unattributed sentences speak in the first person or put questions to the reader is
commentary; first persons inside quotation marks are the speaker's, and an interview printed as
questions and answers is the interview's.
"""

from __future__ import annotations

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS
from service.scoring.label import _outside_quotes

SOURCED = (
    "The county council voted 7-2 on Tuesday to close the Elm Street library, council clerk "
    "Maria Ortiz said. The library cost $1.2 million a year to run, according to the county's "
    "budget. Councilman Dave Reyes said the building needed a new roof. Librarian Ann Cole said "
    "about 300 people used the library each week. Mayor Tom Hale said the closure would save "
    "money for road repairs. The state library board said it would review the decision.\n\n"
)
COMMENTARY = (
    "I grew up two blocks from that library. Why would anyone close it now? We should ask what "
    "a town is for. I remember the smell of its old books. Our children deserve better than "
    "this. Who decided roads matter more than reading? I cannot accept that answer.\n\n"
)


def label(body: str, headline: str = "Council votes to close Elm Street library") -> str:
    result = extract(body, headline=headline).to_dict()
    return str(scoring.score_extraction(result, headline=headline, priors=DEFAULT_PRIORS)
               ["score"]["label"])


def test_sourced_news_is_well_sourced_and_the_same_news_under_commentary_is_mixed() -> None:
    assert label(SOURCED) == "well sourced"
    assert label(SOURCED + COMMENTARY) == "mixed"


def test_first_persons_inside_quotes_are_the_speakers_not_the_authors() -> None:
    quoted = (
        "“I grew up two blocks from that library, and I will miss it,” Ortiz said. "
        "“Why would we close it now?” Cole asked. “We fought for this building for years,” "
        "Reyes said. “I cannot accept the vote,” said Hale.\n"
    )
    assert label(SOURCED + quoted) == "well sourced"


def test_an_interview_printed_as_questions_and_answers_is_not_commentary() -> None:
    interview = "".join(
        f"Q: Why did you vote to close the library, question {n}?\n"
        f"A: I looked at the budget and we could not keep it open, answer {n}.\n"
        for n in range(4))
    assert label(SOURCED + interview) == "well sourced"


def test_quotes_are_blanked_with_their_offsets_kept() -> None:
    text = "He said “I will go” and left.\nshe won,” he added. “Then I\n"
    blank = _outside_quotes(text)
    assert len(blank) == len(text)
    assert "I will" not in blank and "He said" in blank and "and left." in blank
    assert "she won" not in blank and "he added." in blank and "Then I" not in blank


def test_a_party_label_is_no_first_person() -> None:
    from service.scoring.label import _FIRST_PERSON
    assert _FIRST_PERSON.search("Sen. Bernie Sanders (I-Vt.) has not let the odds stop him") is None
    assert _FIRST_PERSON.search("Rep. Ann Cole (I‑Maine) spoke") is None
    assert _FIRST_PERSON.search("I think the odds are long") is not None


def test_a_column_under_a_byline_opens_on_the_authors_voice() -> None:
    # the byline is no lead: the column's first paragraph is, and its first persons count
    column = ("By Claire Whitford\n\n"
              "I grew up two blocks from that library, and I fear this vote is a mistake. "
              "Why would anyone close it now?\n\n"
              + SOURCED + "We should ask what a town is for. Our children deserve better.\n\n")
    assert label(column) == "mixed"
    assert label(SOURCED) == "well sourced"
