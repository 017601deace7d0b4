"""A record whose phrase runs on past one preposition is the source, not the phrase's last
noun: "A 2022 report by UNHCR on sport and integration said" once gave "integration" as the
source, and "A report by UNHCR on migration in Europe said" gave "Europe" as a named person
(service/attribution/phrases.py, _record_with_modifiers)."""

from __future__ import annotations

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a.cue.text, a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


def test_a_record_with_its_author_and_its_subject_is_the_source() -> None:
    assert sources("A 2022 report by UNHCR on sport and integration said refugee children "
                   "were often excluded from clubs.") == [
        ("said", "A 2022 report by UNHCR on sport and integration", "document")]
    assert sources("A report by UNHCR on migration in Europe said arrivals had fallen.") == [
        ("said", "A report by UNHCR on migration in Europe", "document")]
    assert sources("A report on housing and health said rents had risen.") == [
        ("said", "A report on housing and health", "document")]


def test_a_second_subject_or_a_fronted_phrase_is_not_a_record_modifier() -> None:
    # "and the minister" opens a second subject; "In a report on Monday" is an adverbial
    found = sources("The report on migration and the minister both said it was late.")
    assert all(source != "The report on migration and the minister" for _, source, _ in found)
    found = sources("In a report on Monday the company said profits fell.")
    assert all(not source.startswith("a report") for _, source, _ in found)
