"""Chains: who vouches for each claim, from the publisher down to the claim's origin.

A chain follows one innermost attribution up through its parents: publisher → relay (an
outlet passing the claim on) → venue (where the speaker spoke) → speaker → origin (the last
identifiable party). A sentence with no attribution is the publisher's own claim.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from . import lexicon as lx
from .outlet_refs import OUTLET_KINDS
from .phrases import slug

if TYPE_CHECKING:
    from .directory import OutletRef
    from .entity_table import Mention
    from .extract import Attribution, Span

MAX_DEPTH = 16  # hops kept from the outermost side of a deeply nested claim


def publisher_hop(publisher: OutletRef | None) -> dict[str, Any]:
    hop: dict[str, Any] = {
        "role": "publisher",
        "attribution": None,
        "entity": publisher.domain if publisher is not None else "publisher",
        "kind": "publisher",
    }
    if publisher is not None:
        hop["outlet"] = publisher.to_dict()
        if publisher.country:
            hop["country"] = publisher.country
    return hop


def _source_hop(attribution: Attribution, role: str) -> dict[str, Any]:
    source = attribution.source
    if source is None:
        # A cue whose speaker the rules could not find: the article may well name one, so this
        # is an unresolved reference (neutral, never flagged), not a vague attribution.
        return {"role": role, "attribution": attribution.id, "entity": "unattributed",
                "kind": "unresolved"}
    details = source.details()
    return {"role": role, "attribution": attribution.id, "entity": source.entity.id,
            "kind": source.kind, **{k: details[k] for k in ("outlet", "description", "country")
                                    if k in details}}


# Venues that are the speaker's own written or posted words ("said in a statement", "wrote on
# X"): a hop of their own (chains.md), hosting the speaker like any venue.
_WRITTEN_VENUES = re.compile(
    r"\b(statements?|letters?|e-?mails?|memos?|tweets?|posts?|op-eds?|columns?|releases?|"
    r"filings?|blog|essay|editorial|testimony|updates?|bulletins?|newsletters?|opinions?|"
    r"rulings?|telegram|twitter|facebook|instagram|x|truth "
    r"social|youtube|tiktok|linkedin|substack|weibo|"
    # records a body speaks through ("said in its annual report", "in the resolution")
    r"reports?|resolutions?|decisions?|judg(?:e)?ments?|affidavits?|complaints?|motions?|"
    # "in its September climate summary", "in a written reply", "in its most recent annual
    # review", "in past guidance", "In a 31-page dissent", "in a brief filed in October", "at
    # its daily briefing", "in a response to questions" (not "in response to" nor "in a
    # two-minute response" in a debate: spoken, no record)
    r"summar(?:y|ies)|repl(?:y|ies)|reviews?|guidance|dissents?|briefs?|briefings?|"
    r"(?:a|an|its|his|her|their)\s+responses?\s+to\s+(?:questions|a\s+question|a\s+query|"
    r"queries|an\s+inquiry|inquiries)|"
    r"notices?|announcements?|communiqu[eé]s?|declarations?|transcripts?|submissions?|"
    r"circulars?|memoirs?|books?|"
    # a note to clients, a sentencing memorandum, a televised address (a broadcast)
    r"notes?|memorand(?:um|a)|televised|broadcasts?|"
    # "said in court papers", "in its quarterly rental index", "in an advisory to customers",
    # "in a front-page commentary", "wrote in their 64-page order"
    r"papers|documents|index|advisory|advisories|commentary|commentaries|orders?|"
    r"presentations?|"
    # "said on anonymous workplace forums", "said in its second-quarter results"
    r"forums?|results|videos?|messages?|"
    # "said in an emailed response to questions", "in a written answer to parliament", "in
    # its first official crop forecast" (a spoken answer, "in response to", is no record)
    r"(?:e-?mailed|written) (?:responses?|answers?)|forecasts?|outlooks?|assessments?|"
    # "told analysts on a conference call", "said on an earnings call": a call a company
    # holds for analysts or the press, recorded and transcribed
    r"(?:conference|earnings|investor|analyst|media|press) calls?|"
    r"calls? with (?:analysts|investors|reporters|journalists)|"
    # a recorded programme the speaker spoke on ("said on a football podcast", "said on the
    # episode", "on his stream", "in the chat", "in an interview"): chains.md's venue
    rf"(?:{'|'.join(sorted(lx.PROGRAMME_NOUNS))})s?|streams?|chat|interviews?)\b",
    re.IGNORECASE)


def _written_venue_hop(attribution: Attribution) -> dict[str, Any] | None:
    venue = attribution.venue
    if venue is None or not _WRITTEN_VENUES.search(venue.span.text) or (
            venue.kind is None and lx.PLAIN_PROGRAM.fullmatch(venue.span.text)):
        return None
    words = venue.span.text.split(None, 1)
    # "in a statement" is "a statement"; "told the newsletter" keeps its whole object
    description = words[1] if len(words) > 1 and words[0].lower() in lx.VENUE_PREPOSITIONS else (
        venue.span.text)
    return {"role": "venue", "attribution": attribution.id,
            "entity": "venue-" + slug(description),
            "kind": "document", "description": description}


def _mention_hop(role: str, attribution: Attribution, mention: Mention) -> dict[str, Any]:
    """A hop for a phrase the attribution names in passing (a venue's relay)."""
    hop: dict[str, Any] = {"role": role, "attribution": attribution.id,
                           "entity": mention.entity.id, "kind": mention.kind,
                           "span": {"start": mention.start, "end": mention.end,
                                    "text": mention.text}}
    outlet = mention.outlet or mention.entity.outlet
    if outlet is not None:
        hop["outlet"] = outlet.to_dict()
    if mention.description:
        hop["description"] = mention.description
    if mention.country:
        hop["country"] = mention.country
    return hop


# A record an outlet passed on: "in a statement carried by the Qatar News Agency", "in a memo
# to employees seen by Bloomberg News" (chains.md: "Memos seen by the Financial Times show")
_CARRIED_BY = re.compile(
    r"^(?:(?:in|on|through|via)\s+)?(?P<record>[^,]*?)\s+(?:carried|seen|obtained|published|"
    r"released|reviewed|quoted|aired|broadcast|run|reported|posted|shared)\s+by\s+"
    r"(?P<outlet>.+)$", re.IGNORECASE)


def _carried_record_hops(attribution: Attribution) -> list[dict[str, Any]]:
    """A written venue an outlet carried ("said in a statement carried by KCNA", "in a memo seen
    by Bloomberg News"): two hops, the outlet where the record appeared and the record where
    the speaker spoke, each with its own words, as the wire readers give them. The outlet keeps
    the role of a venue: it published the speaker's own record, and the claim is no more
    second-hand than "told Reuters" (a relay role lowers the label of "Collins said in a
    statement obtained by The Buffalo News", which the PolNeAR readers call well sourced);
    [] for any other venue."""
    venue = attribution.venue
    if venue is None or venue.kind not in OUTLET_KINDS or venue.entity is None:
        return []
    text = venue.span.text
    carried = _CARRIED_BY.match(text)
    if carried is None or not _WRITTEN_VENUES.search(carried.group("record")):
        return []
    start = venue.span.start
    outlet: dict[str, Any] = {
        "role": "venue", "attribution": attribution.id, "entity": venue.entity,
        "kind": venue.kind,
        "span": {"start": start + carried.start("outlet"), "end": start + carried.end("outlet"),
                 "text": carried.group("outlet")}}
    if venue.outlet is not None:
        outlet["outlet"] = venue.outlet.to_dict()
    if venue.country:
        outlet["country"] = venue.country
    words = carried.group("record")
    description = words.split(None, 1)[-1]  # "a statement" -> "statement"
    return [outlet, {
        "role": "venue", "attribution": attribution.id, "entity": "venue-" + slug(description),
        "kind": "document", "description": description,
        "span": {"start": start + carried.start("record"), "end": start + carried.end("record"),
                 "text": words}}]


def _venue_hop(attribution: Attribution) -> dict[str, Any] | None:
    venue = attribution.venue
    if venue is None:
        return None
    if venue.kind is None or venue.entity is None:
        return _written_venue_hop(attribution)
    hop: dict[str, Any] = {
        "role": "venue",
        "attribution": attribution.id,
        "entity": venue.entity,
        "kind": venue.kind,
    }
    if venue.outlet is not None:
        hop["outlet"] = venue.outlet.to_dict()
    if venue.kind != "outlet":
        hop["description"] = venue.span.text
    if venue.country:
        hop["country"] = venue.country
    return hop


def _path(leaf: Attribution) -> list[Attribution]:
    """The leaf and its ancestors, outermost first, without cycles."""
    path: list[Attribution] = []
    seen: set[int] = set()
    node: Attribution | None = leaf
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        path.append(node)
        node = node.parent
    path.reverse()
    if len(path) > MAX_DEPTH:
        path = path[: MAX_DEPTH - 1] + path[-1:]
    return path


def build_chains(attributions: list[Attribution], bare: list[tuple[str, Span]],
                 publisher: OutletRef | None) -> list[dict[str, Any]]:
    """One chain per claim: each innermost attribution's content, and each bare sentence."""
    parents = {id(a.parent) for a in attributions if a.parent is not None and a.claim}
    claims: list[tuple[tuple[int, int], dict[str, Any]]] = []
    for leaf in attributions:
        if id(leaf) in parents or not leaf.claim:
            continue
        path = _path(leaf)
        hops = [publisher_hop(publisher)]
        for depth, attribution in enumerate(path):
            venue = _venue_hop(attribution)
            if venue is None and attribution.venue_from is not None:
                # The same speaker's venue, stated with an earlier attribution (whose id the
                # hop carries: that attribution holds the venue's span).
                venue = _venue_hop(attribution.venue_from)
            relay = attribution.venue.relay if attribution.venue is not None else None
            if relay is not None:
                hops.append(_mention_hop("relay", attribution, relay))
            carried = _carried_record_hops(attribution)
            if carried:
                hops.extend(carried)
            elif venue is not None and not (
                    # "The people cautioned that ..., according to Bloomberg": the outlet
                    # that wraps the claim is its relay hop already, not also its venue
                    venue.get("entity") is not None and venue.get("entity") == hops[-1].get(
                        "entity") and hops[-1].get("role") == "relay"):
                hops.append(venue)
            innermost = depth == len(path) - 1
            kind = attribution.source.kind if attribution.source is not None else "vague"
            if innermost:
                role = "origin"
            elif kind in OUTLET_KINDS:
                role = "relay"
            else:
                role = "speaker"
            hops.append(_source_hop(attribution, role))
        claim = _claim(leaf)
        order = (0 if leaf.field == "headline" else 1, claim["start"])
        claims.append((order, {"claim": claim, "hops": hops}))
    for field_name, span in bare:
        order = (0 if field_name == "headline" else 1, span.start)
        claims.append((order, {
            "claim": {"field": field_name, "start": span.start, "end": span.end,
                      "text": span.text},
            "hops": [publisher_hop(publisher)],
        }))
    claims.sort(key=lambda c: c[0])
    chains = [chain for _, chain in claims]
    chains.extend(_confirmations(chains, attributions))
    _link_headline(chains)
    return chains


_CONFIRMED_BY = frozenset({"named_person", "named_official", "named_expert", "outlet"})
_UNNAMED_ORIGINS = frozenset({"anonymous", "anonymous_described"})
CONFIRMATION_REACH = 400  # characters after an unnamed source's claim a confirmation may follow


def _confirmations(chains: list[dict[str, Any]], attributions: list[Attribution]
                   ) -> list[dict[str, Any]]:
    """"An official who was not authorized to speak said A. Hours later, Minister B confirmed
    the order": a named source confirming, right after, what an unnamed one said corroborates
    that claim. Each such claim gets the confirmation's chain as a second, independent one."""
    by_id = {a.id: a for a in attributions}
    extra: list[dict[str, Any]] = []
    # the body's chains by where their claims start, each with its place in `chains`, so that
    # a claim looks only at those within reach after it, in the order `chains` has them
    in_text = sorted((c["claim"]["start"], i) for i, c in enumerate(chains)
                     if c["claim"]["field"] == "text")
    starts = [start for start, _ in in_text]
    for chain in chains:
        claim, origin = chain["claim"], chain["hops"][-1]
        if claim["field"] != "text" or origin.get("kind") not in _UNNAMED_ORIGINS:
            continue
        lo = bisect.bisect_left(starts, claim["end"])
        hi = bisect.bisect_right(starts, claim["end"] + CONFIRMATION_REACH, lo)
        near = [chains[i] for i in sorted(i for _, i in in_text[lo:hi])]
        for later in near:
            other = later["claim"]
            leaf = by_id.get(later["hops"][-1].get("attribution") or "")
            if leaf is None or not leaf.cue.text.lower().startswith("confirm") or (
                    later["hops"][-1].get("kind") not in _CONFIRMED_BY):
                continue
            if any(c is not chain and c is not later
                   and claim["end"] <= c["claim"]["start"] < other["start"]
                   and len(c["hops"]) > 1 for c in near):
                # "Público reported that registrations rose 18%. The council confirmed the
                # figure": the claim just before a confirmation is the one it confirms
                break
            extra.append({"claim": dict(claim), "hops": later["hops"]})
            break
    return extra


# -- the headline claim and the body chain behind it ------------------------------------------

_TITLE_STOP = frozenset({
    "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "it", "its", "this", "that", "says",
    "said", "after", "over", "into", "amid", "new", "how", "why", "what", "who",
})


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")


def _claim_words(text: str) -> tuple[set[str], set[str]]:
    """Numbers and capitalised words of a claim ("100,000", "Korea"): what a headline shares
    with the body sentence it summarises."""
    numbers = {n.replace(",", "") for n in _NUMBER.findall(text)}
    names = {w.lower() for w in _CAPITALISED.findall(text)} - _TITLE_STOP
    return numbers, names


_STATE_AFFILIATIONS = frozenset({"state_controlled", "state_funded", "captured"})


def _hop_keys(hops: list[dict[str, Any]]) -> set[str]:
    """What identifies the sources of a chain: entity ids, outlet domains, and for state
    media "state:<country>" (so "Russian state media" meets "on state television")."""
    keys: set[str] = set()
    for hop in hops:
        if hop["role"] == "publisher":
            continue
        keys.add(hop["entity"])
        outlet = hop.get("outlet")
        if outlet is not None:
            keys.add(outlet["domain"])
        affiliation = ((outlet or {}).get("state_affiliation") or "").replace("-", "_")
        if hop["kind"] == "state_affiliated_outlet" or affiliation in _STATE_AFFILIATIONS:
            keys.add(f"state:{hop.get('country') or '?'}")
        elif hop["kind"] == "named_official" and hop.get("country") and (
                hop["entity"].replace("-", " ") in lx.COUNTRY_NAMES):
            # "North Korea says ..." over "..., state news agency KCNA reported": a state
            # speaks through its state media
            keys.add(f"state:{hop['country']}")
    return keys


def _meets(head: set[str], hops: set[str]) -> bool:
    if head & hops:
        return True
    # State media of an unknown country meets any state media, and the other way round.
    head_state = {k for k in head if k.startswith("state:")}
    hops_state = {k for k in hops if k.startswith("state:")}
    return bool(head_state and hops_state) and (
        "state:?" in head_state or "state:?" in hops_state
    )


def _link_headline(chains: list[dict[str, Any]]) -> None:
    """A headline attribution ("...: Russian state media") summarises a body claim: its chain
    becomes the deepest body chain that passes through the headline's source (or, failing
    that, a deeper one whose claim shares the headline's numbers and names). The claim stays
    the headline's; the hops, with their attribution ids, are the body's."""
    body = [c for c in chains if c["claim"]["field"] != "headline" and len(c["hops"]) > 1]
    if not body:
        return
    for chain in chains:
        if chain["claim"]["field"] != "headline" or len(chain["hops"]) < 2:
            continue
        sources = _hop_keys(chain["hops"])
        numbers, names = _claim_words(chain["claim"]["text"])
        best: tuple[tuple[int, int, int], dict[str, Any]] | None = None
        for candidate in body:
            passes = _meets(sources, _hop_keys(candidate["hops"]))
            if passes and len(candidate["hops"]) < len(chain["hops"]):
                continue
            if not passes and len(candidate["hops"]) <= len(chain["hops"]):
                continue
            c_numbers, c_names = _claim_words(candidate["claim"]["text"])
            overlap = 2 * len(numbers & c_numbers) + len(names & c_names)
            if not passes and overlap < 3:
                continue
            key = (int(passes), len(candidate["hops"]), overlap)
            if best is None or key > best[0]:
                best = (key, candidate)
        if best is not None:
            chain["hops"] = [
                {**hop, "outlet": dict(hop["outlet"])} if "outlet" in hop else dict(hop)
                for hop in best[1]["hops"]
            ]


def _claim(leaf: Attribution) -> dict[str, Any]:
    """The claim is the innermost content, or without one the sentence holding the cue."""
    span = leaf.content or leaf.sentence_span or leaf.cue
    return {"field": leaf.field, "start": span.start, "end": span.end, "text": span.text}
