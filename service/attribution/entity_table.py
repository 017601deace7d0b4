"""The article's entity table: one `Entity` per source however often the article names it,
each `Mention` of it with the kind it has there, and the look-back index (`_History`) that
later references ("the official", "she", "one of them") search by category.

`EntityTable` is the part of the resolver (`entities.Resolver`) that keeps this table and
makes the entities whose kind needs no reading of the phrase: unnamed and vague sources,
documents, unresolved references, a source speaking anonymously or withholding names. The
words about a phrase's head that every layer of the resolver reads (plural heads, trades,
post-modifiers, `is_head_noun`, `modified_indefinite`) live here too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from . import lexicon as lx
from .directory import GENERIC_OUTLET_NOUNS, OutletDirectory, OutletRef
from .phrases import (
    DOCUMENT_PARTICIPLES,
    INNER_PREPS,
    is_name_token,
    is_role,
    nationality,
    slug,
)
from .text import Token


@dataclass(slots=True)
class Entity:
    """One source, however many times the article mentions it."""

    id: str
    kind: str
    category: str  # person | outlet | org | anon | vague | document | first
    name: str
    description: str | None = None
    country: str | None = None
    outlet: OutletRef | None = None
    plural: bool = False
    surname: str | None = None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity
    kind: str
    description: str | None = None
    country: str | None = None
    outlet: OutletRef | None = None

    def referring_to(self, other: Mention) -> Mention:
        """These words read as a mention of `other`'s entity, with its kind ("She" that is the
        speaker, "a senior environmental official" the person the next paragraph names)."""
        return replace(self, entity=other.entity, kind=other.kind)

    def to_source(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "entity": self.entity.id, **self.details()}

    def details(self) -> dict[str, Any]:
        """Description, country and outlet, from the mention or else its entity."""
        out: dict[str, Any] = {}
        description = self.description or self.entity.description
        if self.description and self.description.lower() == self.text.lower() and (
                self.entity.description):
            # "said the person" after "a person familiar with the matter": the phrase says
            # nothing the entity's first description does not
            description = self.entity.description
        if not description and self.text.lower() in _REFERRING_WORDS and self.entity.name and (
                self.entity.name.lower() != self.text.lower()):
            # "they say" after "Iran's Revolutionary Guards": the words name nobody, the
            # entity they refer to does
            description = self.entity.name
        if description:
            out["description"] = description
        country = self.country or self.entity.country
        if country:
            out["country"] = country
        outlet = self.outlet or self.entity.outlet
        if outlet is not None:
            out["outlet"] = outlet.to_dict()
        return out


# Words that only refer back to a party named before
_REFERRING_WORDS = frozenset({"he", "she", "they", "it", "who", "which", "him", "her", "them"})

UNRESOLVED = "unresolved"
# The id prefix of a headline's bare role ("Lawmaker says"): one person the story names below
HEADLINE_ROLE = "headline-"

# People of a trade whose collective word is vague wherever they work ("Media analysts")
MEDIA_TRADE_PLURALS = frozenset({"analysts", "experts", "observers", "critics",
                                 "commentators", "pundits", "insiders", "scientists",
                                 "economists", "historians", "researchers", "skeptics",
                                 "sceptics",
                                 # "Media lawyers say" (sixty-sixth wire batch): a trade too
                                 "lawyers", "attorneys", "consultants", "executives",
                                 "watchers", "scholars", "academics"})

NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "both"})

_GROUP_CATEGORIES = frozenset({"anon", "vague", "org", "person"})

# The kinds of a source a reader can place by name: a person, an official, an expert or a body
NAMED_KINDS = frozenset({"named_person", "named_official", "named_expert"})

_IRREGULAR_PLURALS = frozenset({"people", "police", "staff", "men", "women", "children",
                                "personnel", "folks", "fishermen", "townspeople"})

# Trades spoken of as a whole when bare ("forecasters warned", "lawyers said").
TRADE_PLURALS = frozenset({"forecasters", "specialists", "operators", "lawyers", "attorneys",
                           "professionals",
                           "growers", "doctors", "physicians", "economists", "analysts",
                           "experts", "scientists", "researchers", "epidemiologists",
                           # a trade or a public at large ("Marine insurers warned", "Freight
                           # forwarders said", "developers say": the wire readers, sixteenth
                           # session)
                           "insurers", "forwarders", "developers", "dealers", "distributors",
                           "employers", "volunteers", "trackers", "listeners", "patients",
                           "executives", "bookmakers"})


def is_plural_head(head: str) -> bool:
    """"officials", and "people", "police": a group ("Two people familiar with the matter"
    is the group "one of them" belongs to)."""
    return (head.endswith("s") and not head.endswith("ss")) or head in _IRREGULAR_PLURALS


# Words for one role a later "the <role>" may use for it ("The doctor" after "a senior
# emergency physician said")
_CLINICIANS = frozenset({"doctor", "physician", "surgeon", "medic", "clinician"})

_COUNSEL = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister"})

_ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    **{word: _CLINICIANS for word in _CLINICIANS}, **{word: _COUNSEL for word in _COUNSEL}}

WORD_PATTERN = re.compile(r"[\w’'-]+")

# Vague words for records and talk, never a group "one of them" is one of
_NOT_PEOPLE = frozenset({"polling", "polls", "poll", "reports", "report", "rumours", "rumors",
                         "talk", "speculation", "estimates", "data", "surveys", "studies"})

# "The Tavarian News Agency (TNA)": a name that defines its acronym in brackets at its end
_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)\s*$")


@dataclass(slots=True)
class _History:
    positions: list[int] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def add(self, pos: int, entity: Entity) -> None:
        if self.positions and pos < self.positions[-1]:
            idx = bisect.bisect_right(self.positions, pos)
            self.positions.insert(idx, pos)
            self.entities.insert(idx, entity)
            return
        self.positions.append(pos)
        self.entities.append(entity)

    def last_matching(self, pos: int, fits: Callable[[Entity], bool], tries: int = 8,
                      since: int = 0) -> Entity | None:
        """The latest entity before `pos` (and at or after `since`) that `fits`, looking back
        at most `tries` mentions (a bounded look-back: an unbounded one makes long articles
        quadratic)."""
        idx = bisect.bisect_left(self.positions, pos) - 1
        while idx >= 0 and tries > 0 and self.positions[idx] >= since:
            entity = self.entities[idx]
            if fits(entity):
                return entity
            idx -= 1
            tries -= 1
        return None

    def last_fitting(self, pos: int, head: str, tries: int = 8) -> Entity | None:
        """The latest person "the <head>" can refer back to: a named person whose role fits,
        or one unnamed person described with that noun ("The person" after "a person familiar
        with the matter" is that confidential source, not the official named before it). An
        unnamed person introduced with the noun is looked for first within `tries` mentions,
        then a named person the noun describes, then the unnamed one again over four times as
        many; "the person" and "the source" (`_NEVER_A_NAME`) are never a named person."""
        names = _ROLE_SYNONYMS.get(head, frozenset()) | {head}

        def described(entity: Entity) -> bool:
            return entity.category == "anon" and not entity.plural and described_as(
                entity.description, names)

        def fits(entity: Entity) -> bool:
            if entity.category == "person":
                return entity.kind in NAMED_KINDS and role_fits(entity, head)
            return described(entity)
        def introduced(entity: Entity) -> bool:
            return described(entity) and (entity.description or "").lower().split(" ", 1)[
                0] in {"a", "an", "one", "another"}
        # An unnamed person introduced with the noun comes first: "The official said" after
        # "a senior defence official told Reuters" and "Defence Minister Joana Serrao" is
        # still the unnamed official (a named person goes by the name once introduced); a
        # headline's "British diplomat" is no introduction of anyone
        near = self.last_matching(pos, introduced, tries)
        if near is not None:
            return near
        named = self.last_matching(pos, fits, tries)
        if named is not None and (named.category != "person" or names & set(
                WORD_PATTERN.findall((named.description or "").lower()))):
            return named  # "the analyst" after "Jane Roe, an analyst at ...": described so
        # A named person whom nothing calls by the noun fits only when no unnamed person was
        # introduced with it earlier in a long story: "The person familiar with the plans
        # said" twelve paragraphs after "according to a person familiar with the company's
        # plans" is that source, not the rival company named just before
        far = self.last_matching(pos, introduced, 4 * tries)
        if far is not None:
            return far
        return None if head in _NEVER_A_NAME else named

    def last_person(self, pos: int, tries: int = 8) -> Entity | None:
        """The latest single person ("he", "the New York businessman"), never a group."""
        return self.last_matching(pos, lambda e: e.category == "person" and not e.plural, tries)

    def last_plural(self, pos: int, tries: int = 8) -> Entity | None:
        """The latest group of people mentioned ("Two farmers ...", "officials"), for "one of
        them"; not a vague word for a record ("the campaign's own polling", "reports")."""
        return self.last_matching(
            pos, lambda e: e.plural and e.category in _GROUP_CATEGORIES and not (
                e.category == "vague" and e.id.rsplit("-", 1)[-1] in _NOT_PEOPLE) and (
                _may_speak(e)), tries)

    def last_before(self, pos: int, wanted: frozenset[str] | None = None, tries: int = 8
                    ) -> Entity | None:
        return self.last_matching(pos, lambda e: wanted is None or e.category in wanted, tries)


def _may_speak(entity: Entity) -> bool:
    """A group that may say something: people, or bodies; not things an unnamed plural
    names ("Heaters were recalled. ... two employees ... said ... One of them said": the
    employees, not the heaters the claim between was about)."""
    if entity.category != "org" or entity.kind != "anonymous_described":
        return True
    head = entity.name.split()[-1].lower() if entity.name else ""
    singular = head[:-1] if head.endswith("s") else head
    return head in lx.ORG_WORDS or singular in lx.ORG_NOUNS or head in lx.PERSON_NOUNS or (
        singular in lx.PERSON_NOUNS)


def described_as(description: str | None, nouns: frozenset[str] | set[str]) -> bool:
    """One of `nouns` is the noun a description is of, not a modifier of another noun ("a
    person familiar with the matter" is a person, "a senior army officer" an officer: "The
    army" after it is the army, not the officer)."""
    words = WORD_PATTERN.findall((description or "").lower())
    return any(w in nouns and (k + 1 == len(words) or words[k + 1] in _AFTER_HEAD)
               for k, w in enumerate(words))


def possessor_of(word: str) -> str:
    """"Morales's" -> "morales" (only the possessive ending goes, never a name's own s)."""
    for ending in ("’s", "'s", "’", "'"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


# Nouns nobody uses for a person the story has named: "the person", "the source".
_NEVER_A_NAME = frozenset({"person", "source"})


def role_fits(entity: Entity, head: str) -> bool:
    """"the analyst" may be an earlier expert, "the mayor" only an official (or someone whose
    description says mayor)."""
    if entity.description and head in entity.description.lower():
        return True
    if head in lx.EXPERT_ROLES and head not in lx.OFFICIAL_ROLES:
        return entity.kind != "named_official"
    if head in lx.OFFICIAL_ROLES and head not in lx.EXPERT_ROLES:
        return entity.kind != "named_expert"
    return True


# Words after a source's head noun that open its post-modifier ("a person familiar with the
# matter", "officials who spoke on condition of anonymity", "a memo seen by the paper").
POST_MODIFIERS = INNER_PREPS | frozenset({
    "by", "near", "outside", "around", "along", "quoted", "cited", "familiar", "close", "who",
    "whom",
    "aware",
    "whose", "that", "which", "with", "online",
    "speaking", "seen", "obtained", "briefed", "knowledgeable", "involved", "authorized",
    "authorised", "granted", "requesting", "reviewed", "released", "provided", "published",
})
# What may follow a description's head noun ("a person familiar with", "an official who", "a
# diplomat in Brussels", "an engineer based in Lyon", "a pilot and ...", "a clerk told"): the
# source phrase's post-modifiers, and the words that end a description in running text
_AFTER_HEAD = POST_MODIFIERS | frozenset({
    "after", "and", "as", "based", "before", "during", "not", "or", "said", "says", "since",
    "than", "told", "under", "working"})


# Plural collectives nobody could ask ("Environmental groups said", "Posts widely shared on
# social media"): vague without a determiner that picks particular ones.
COLLECTIVE_PLURALS = frozenset({
    "groups", "organizations", "organisations", "campaigners", "activists", "charities",
    "ngos", "associations", "posts", "tweets", "messages", "videos", "lawmakers",
    # "Aid agencies warned", "Teaching unions said" (the wire readers: vague; "the unions"
    # the article is about stay named)
    "agencies", "unions",
    "politicians", "commentators", "bloggers", "advocates", "mps", "meps", "msps",
    # members of a broad class, uncounted ("employees complain", "Some residents said",
    # "environmentalists welcomed", "their supporters argue"): a collective nobody could ask,
    # where "two employees" or "four nurses" are specific people and "officials" hold posts
    "residents", "employees", "workers", "supporters", "environmentalists", "operatives",
    "elders", "voters", "protesters", "protestors", "farmers", "parents", "fans", "teachers",
    "students", "traders", "investors", "critics", "opponents", "conservationists",
    "economists", "scientists", "doctors", "physicians", "shoppers", "consumers", "drivers",
})


HEAD_ENDS = frozenset({"from", "by", "for", "of", "at", "on", "in", "close", "familiar", "with",
                       "against", "who", "whose", "aware"}
                      ) | DOCUMENT_PARTICIPLES | lx.ACCUSED_PARTICIPLES


def modified_indefinite(tokens: list[Token], run: int) -> bool:
    """Does a name at the end of the phrase (from token `run`) sit inside the post-modifier of
    people nobody is told the names of ("Sources close to the Kremlin", "a diplomat based in
    Geneva", "Two officials briefed on talks with Iran")? Then the name places or describes
    them; it is not who speaks. A definite role ("the head of MI6") is a knowable person and
    is left alone."""
    first = tokens[0]
    indefinite = first.lower in lx.INDEFINITE or first.lower.isdigit() or (
        first.lower not in lx.DETERMINERS and any(
            # "Sources close to ...", capitalised or not; "Senior officials who spoke
            # with Reuters", "Current and former officials": a bare plural after modifiers
            t.bare.endswith("s") and is_head_noun(t) for t in tokens[:min(run, 5)]))
    if not indefinite:
        return False
    for idx in range(1, run):
        low = tokens[idx].lower
        before = tokens[idx - 1]
        if is_name_token(before) and not is_head_noun(before):
            return False  # "a Reuters reporter in ...": the name comes before the modifier
        if low in POST_MODIFIERS or low in lx.PEOPLE_PARTICIPLES or (
                low.endswith(("ed", "ing")) and is_head_noun(before)):
            return True
    return False


def is_head_noun(tok: Token) -> bool:
    """A noun that heads a source phrase, which a participle after it modifies."""
    bare = tok.bare
    return bare in lx.DOCUMENT_HEADS or bare in lx.ANONYMOUS_HEADS or (
        bare in lx.DESCRIBED_ANONYMOUS_HEADS) or bare in lx.PERSON_NOUNS or (
        bare in lx.VAGUE_HEADS) or bare in COLLECTIVE_PLURALS or (  # "Teachers at two schools"
        # "A doctor working for a medical charity", "a lawyer retained by the family"
        bare in lx.EXPERT_ROLES or bare in lx.OFFICIAL_ROLES)


class EntityTable:
    """The article's entities and the look-back index; the kinds that need no reading.

    Positions are ordered over the whole article: the headline counts as coming before the
    text (`offset` shifts text positions behind the headline's).
    """

    def __init__(self, directory: OutletDirectory | None, named_outlets: list[OutletRef]
                 ) -> None:
        self.directory = directory
        self.named_outlets = named_outlets
        self.entities: dict[str, Entity] = {}
        self.by_surname: dict[str, Entity] = {}
        # "The Tavarian News Agency (TNA) said": the acronym, and what it names
        self.acronyms: dict[str, Mention] = {}
        #: the name of each unrated outlet named in several words, and its first word, as
        #: news writes them later ("Joy Sports", "Valor" of "Valor Econômico")
        self.outlet_short_forms: dict[str, Mention] = {}
        self.history = _History()
        self._context: list[Token] = []
        self._context_span = (0, 0)
        self._context_country: str | None = None
        self._context_done = True

    def set_context(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> None:
        """The sentence being read (tokens[lo:hi]): its nationality words are the default
        country. The slice is only taken if the country is asked for."""
        self._context = tokens
        self._context_span = (lo, len(tokens) if hi is None else hi)
        self._context_done = False

    @property
    def context_country(self) -> str | None:
        if not self._context_done:
            self._context_done = True
            lo, hi = self._context_span
            self._context_country = nationality(self._context[lo:hi]) or self._context_country
        return self._context_country

    def _entity(self, eid: str, **kwargs: object) -> Entity:
        found = self.entities.get(eid)
        if found is None:
            found = Entity(id=eid, **kwargs)  # type: ignore[arg-type]
            self.entities[eid] = found
        elif found.kind == "anonymous_described" and found.category == "org" and kwargs.get(
                "kind") in NAMED_KINDS and kwargs.get("category") == "org":
            # "..., weather service says" in the headline, then "the National Weather Service
            # said" in the lead: the body the headline described has a name (its kind is the
            # name's, for every mention of it)
            found.kind = str(kwargs["kind"])
            found.name = str(kwargs.get("name") or found.name)
        return found

    def note_name(self, pos: int, tokens: list[Token], org: bool = False) -> None:
        """Remember a capitalised name seen outside any attribution, for pronouns; `org` when
        the word before it says it is a body ("packaging maker Nordvik Paper")."""
        words = [t.text for t in tokens]
        if len(words) < 2:
            return
        if org or any(t.bare in lx.ORG_WORDS or not is_name_token(t) for t in tokens[1:]):
            # a body ("Halvorsen Energy shares fell."): what "the company" will refer to
            name = " ".join(words)
            gov = any(t.bare in lx.GOVERNMENT_ORG_WORDS for t in tokens)
            entity = self._entity(slug(name), kind="named_official" if gov else "named_expert",
                                  category="org", name=name)
        else:
            entity = self._person(words)
        self.history.add(pos, entity)

    def _person(self, words: list[str]) -> Entity:
        name = " ".join(words)
        eid = slug(name)
        if len(words) == 1:
            known = self.by_surname.get(possessor_of(words[0].lower()))
            if known is not None:
                return known
        entity = self._entity(eid, kind="named_person", category="person", name=name)
        surname = possessor_of(words[-1].lower())
        entity.surname = surname
        self.by_surname[surname] = entity
        return entity

    def _note_outlet_short_form(self, mention: Mention) -> None:
        """Remember the first word of the name of an outlet the table does not hold, named in
        several words, which news writes alone on later reference ("Valor" after "newspaper
        Valor Econômico"); the table lists the short forms of the outlets it holds, and a
        place is no short form ("Washington" of "The Washington Post")."""
        if mention.kind not in ("outlet", "unnamed_outlet") or mention.outlet is not None or (
                mention.entity.outlet is not None):
            return
        words = (mention.entity.name or "").split()
        if words[:1] == ["The"] or words[:1] == ["the"]:
            words = words[1:]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            self.outlet_short_forms.setdefault(" ".join(words), mention)
        if len(words) >= 2 and len(words[0]) >= 4 and words[0][:1].isupper() and (
                words[0].lower() not in lx.DETERMINERS and words[0].lower() not in (
                    GENERIC_OUTLET_NOUNS)) and words[0].lower() not in lx.COUNTRY_NAMES and (
                words[0].lower() not in lx.NATIONALITIES):
            self.outlet_short_forms.setdefault(words[0], mention)

    def note_acronym(self, mention: Mention) -> None:
        """Remember the acronym a source's name defines in brackets at its end."""
        defined = _DEFINED_ACRONYM.search(mention.text)
        if defined is not None and mention.kind != UNRESOLVED and (
                len(mention.text) > len(defined.group(0)) + 6):
            self.acronyms.setdefault(defined.group(1), mention)

    def masthead_reporting(self, mention: Mention, tokens: list[Token], pos: int,
                           field_start: int) -> Mention:
        """A name the table does not hold, met for the first time as the subject of "reported
        that" ("Malayala Manorama reported on Sunday that the Crime Branch had ...", "Punch had
        reported that"): news names a person or a company with a role or a line of business
        first, and a company "reports" its results as a noun phrase ("reported a net loss"),
        so a bare name reporting what others did is an outlet, unrated. Names with a title, a
        body's word ("Committee", "Group", "Bank") or a description stay as they are.
        `pos` is the mention's place in the article (the history's positions) and
        `field_start` where its field begins: a headline's "..., L'Equipe says" typed the
        name before the body could tell what it is, so only the field's own mentions count."""
        entity = mention.entity
        words = [t for t in tokens if t.is_word]
        if words and words[0].lower == "the":
            words = words[1:]
        if mention.kind not in ("named_person", "named_expert") or mention.outlet is not None or (
                entity.category not in ("person", "org")) or mention.description or (
                entity.description) or not words or len(words) > 4 or any(
                not t.text[:1].isupper() or t.bare in lx.ORG_WORDS
                or t.bare in lx.GOVERNMENT_ORG_WORDS or t.lower in lx.PERSON_TITLES
                or t.lower + "." in lx.PERSON_TITLES or t.bare in lx.OFFICIAL_ROLES
                for t in words) or self.history.last_matching(
                    pos, lambda e: e is entity, tries=40, since=field_start) is not None:
            return mention
        entity.kind, entity.category = "outlet", "outlet"
        return replace(mention, kind="outlet")

    def hearing_body(self, mention: Mention) -> Mention:
        """"The inquest heard that ...", "the jury heard": the hearing the evidence was given
        to, a named body of the state for every mention of it (the wire readers' source)."""
        entity = self._entity("hearing-" + slug(mention.text.lower().removeprefix("the ")),
                              kind="named_official", category="org", name=mention.text)
        return replace(mention, entity=entity, kind="named_official")

    def _unrated_outlet(self, name: str, written: str) -> Mention:
        """An outlet the directory does not hold, by its name ("the Arizona Ledger"): unrated,
        an entity of its own; `written` is the phrase it was met in."""
        entity = self._entity("outlet-" + slug(name), kind="unnamed_outlet", category="outlet",
                              name=name, description=name)
        return Mention(0, 0, "", entity, "unnamed_outlet", written)

    def speaking_anonymously(self, mention: Mention, pos: int) -> Mention:
        """The pronoun of a speaker the article grants anonymity ("..., he said, on condition
        of anonymity"): whoever "he" is, the reader is not told, an unnamed source."""
        entity = self._entity(f"anonymous-{pos}", kind="anonymous_described",
                              category="person", name=mention.text,
                              description="a person speaking on condition of anonymity")
        # the next "he" ("“Not even one,” he said.") is this same unnamed speaker
        self.history.add(pos, entity)
        return Mention(mention.start, mention.end, mention.text, entity, "anonymous_described",
                       entity.description)

    def withholding_names(self, mention: Mention, pos: int, described: bool = False) -> Mention:
        """A group the article calls vague ("Several strikers"), or a person it cannot place
        ("The daughter of one patient"), that it also says withheld their names ("who did not
        want to give their names", "who asked that her name not be used"): particular people
        the reporter spoke to, unnamed. `described`: the phrase describes someone ("An Arab
        diplomat based in Cairo") rather than naming them, so a name inside it (a place, a
        body) does not make it named either."""
        if mention.kind not in {"vague", UNRESOLVED} and not (
                described and mention.kind in NAMED_KINDS):
            return mention
        plural = mention.kind == "vague" or (mention.kind in NAMED_KINDS and bool(
            mention.entity.plural))
        entity = self._entity("withheld-" + mention.entity.id, kind="anonymous_described",
                              category="anon", name=mention.text, description=mention.text,
                              plural=plural)
        self.history.add(pos, entity)  # a later "she" or "one of them" is this source
        return Mention(mention.start, mention.end, mention.text, entity, "anonymous_described",
                       mention.text)

    def document_mention(self, text: str, start: int, end: int) -> Mention:
        """A work cited by its quoted title ("according to “Perfect Enough” by George
        Anders") or a poll the figures are "in": a document, whoever wrote it."""
        desc_text = text[start:end]
        entity = self._entity(slug(desc_text), kind="document", category="document",
                              name=desc_text, description=desc_text)
        return Mention(start, end, desc_text, entity, "document", desc_text)

    def _document(self, eid: str, desc_text: str) -> Mention:
        """A record, report, study or page, described by the phrase that names it."""
        entity = self._entity(eid, kind="document", category="document", name=desc_text,
                              description=desc_text)
        return Mention(0, 0, "", entity, "document", desc_text)

    def spoken_to(self, mention: Mention, tokens: list[Token]) -> None:
        """"Several residents told Reuters", "drivers told the paper": a group that told the
        reporter or an outlet something is people someone spoke to, particular though
        unnamed (the wire readers call 13 of 18 such groups unnamed), not a vague collective,
        and so is a counted group the analysis could not place ("Several new arrivals told
        the charity"); a trade at large ("Analysts told Reuters") and "some", "many" stay
        vague."""
        low = [t.lower for t in tokens]
        head = low[-1]
        counted = low[0] == "several" or low[0] in NUMBER_WORDS
        bare = low[0] not in lx.DETERMINERS
        if not (counted or bare) or not is_plural_head(head) or head in lx.VAGUE_HEADS or (
                head in TRADE_PLURALS or head in MEDIA_TRADE_PLURALS) or not (
                head in lx.PERSON_NOUNS or is_role(tokens[-1]) or (
                    # "Several new arrivals told", "two other potential funders told": a
                    # reference the analysis could not place, but people, counted
                    mention.kind == "unresolved" and head.endswith("s"))):
            return
        name = mention.entity.name or mention.text
        mention.entity = self._entity("met-" + slug(name), kind="anonymous_described",
                                      category="anon", name=name, description=name,
                                      plural=True)
        mention.kind = "anonymous_described"
        mention.description = name

    def _vague(self, eid: str, desc_text: str) -> Mention:
        """A collective nobody could identify or ask ("critics", "some residents")."""
        entity = self._entity(eid, kind="vague", category="vague", name=desc_text, plural=True)
        return Mention(0, 0, "", entity, "vague")

    def _unresolved(self, desc_text: str) -> Mention:
        entity = self._entity("unresolved-" + slug(desc_text), kind=UNRESOLVED,
                              category="unresolved", name=desc_text)
        return Mention(0, 0, "", entity, UNRESOLVED)
