""""X said Y, who ..., had told him that ...": the person described by a relative clause
after a verb of speech is the subject of what X said, and the source of what was told, not an
inverted speaker of "said" ("..., said the person, who asked not to be named." stays one). The
wire readers' chains speaker > origin, read before as "his sister said Reinaldo Pacheco"."""

from __future__ import annotations

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text, a.source.text) for a in extract(text).attributions
            if a.source is not None]


def test_the_described_subject_of_what_was_said_told_it() -> None:
    found = sources("Reinaldo Pacheco, a truck driver in Hialeah, said his sister, who works as "
                    "an accountant at a ministry in Havana, had told him last week that staff "
                    "had been asked to install the app.")
    assert ("said", "Reinaldo Pacheco") in found
    assert ("told", "his sister") in found
    assert ("said", "his sister") not in found


def test_a_relative_with_whom_is_an_aside_of_its_subject() -> None:
    assert ("told", "A team leader") in sources(
        "A team leader, whom she did not name, told her the sensor was a known fault.")


def test_a_whom_aside_inside_what_was_said_leaves_the_subject_the_teller() -> None:
    # after "She said", an aside opened by "whom" describes the team leader as one opened by
    # "who" does; it once made "her that ..." the source of "told"
    found = sources("She said a team leader, whom she did not name, had told her that the "
                    "shipment was late.")
    assert ("said", "She") in found
    assert ("told", "a team leader") in found
    assert all(source != "her that the shipment was late" for _, source in found)


def test_an_inverted_speaker_with_a_relative_stays_the_speaker() -> None:
    found = sources("\"We will not go back,\" said the official, who asked not to be named.")
    assert ("said", "the official") in found


def test_a_relative_with_two_verbs_keeps_its_person() -> None:
    # "who" after a noun the lexicon does not list as a trade still makes it a person: the
    # "and" joins the relative clause's two verbs, inside the source's phrase
    found = sources("A ranger who accompanied the team and asked not to be named said survey "
                    "crews had cut a track up the slope in October.")
    assert ("said", "A ranger who accompanied the team and asked not to be named") in found
