"""A /v1/score answer as a report an editor reads in a terminal (`srs score FILE`).

The label and score first, then the summary sentence, the flags, and each claim with its chains,
one line per hop from the publisher to the origin. Colours (ANSI) only when asked for: the caller
decides (a TTY, and NO_COLOR unset).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import IO, Any

from service.scoring.explain import quoted

_RESET = "\033[0m"
_STYLES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "yellow": "33",
    "green": "32",
    "grey": "90",
    "cyan": "36",
}
_LABEL_COLOURS = {
    "well sourced": "green",
    "mixed": "yellow",
    "weakly sourced": "red",
    "unsupported": "red",
}


def use_colour(explicit: bool | None, stream: IO[str], environ: Mapping[str, str]) -> bool:
    """Colours when asked for, else only on a terminal and when NO_COLOR is unset or empty."""
    if explicit is not None:
        return explicit
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not environ.get("NO_COLOR")


class Painter:
    """Wraps text in ANSI codes, or leaves it alone."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, *styles: str) -> str:
        if not self.colour or not styles:
            return text
        codes = ";".join(_STYLES[s] for s in styles)
        return f"\033[{codes}m{text}{_RESET}"


def rating_colour(rating: float | None) -> str:
    """Red below 0.4, yellow below 0.7, green above; grey when there is no rating."""
    if rating is None:
        return "grey"
    if rating < 0.4:
        return "red"
    if rating < 0.7:
        return "yellow"
    return "green"


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def entity_name(hop: Mapping[str, Any]) -> str:
    """Who a hop is: the outlet's name; a named person made readable ("sergei-markovin" →
    "Sergei Markovin"); else the words the article used ("an Iranian source", "reports")."""
    outlet = hop.get("outlet")
    if outlet and outlet.get("name"):
        return f"{outlet['name']} ({outlet['domain']})"
    entity = str(hop.get("entity") or "")
    if hop.get("role") == "publisher":
        return "the publisher (not in the ratings table)"
    if str(hop.get("kind", "")).startswith("named") and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+",
                                                                      entity):
        return " ".join(part.capitalize() for part in entity.split("-"))
    return str(hop.get("source_text") or entity or "unknown")


def _wrap(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(text, width=max(20, width - len(indent)), initial_indent=indent,
                         subsequent_indent=indent) or [indent]


def hop_line(index: int, hop: Mapping[str, Any], paint: Painter) -> str:
    """One hop on one line: number, role, who, rating, p, and why."""
    rating = hop.get("rating")
    rated = f"rated {rating:.2f}" if rating is not None else "unrated"
    role = f"{hop['role']:<9}"
    return (
        f"{index}. {paint(role, 'bold')} "
        f"{paint(entity_name(hop), rating_colour(rating), 'bold')}"
        f" · {paint(rated, rating_colour(rating))}"
        f" · {str(hop.get('kind', '')).replace('_', ' ')}"
        f" · p {float(hop['p']):.2f}"
        f" — {paint(str(hop.get('why', '')), 'dim')}"
    )


def render(result: Mapping[str, Any], *, colour: bool = False, width: int = 100,
           source: str | None = None) -> str:
    """The whole report, as text ending with a newline."""
    paint = Painter(colour)
    score = result["score"]
    label = str(score["label"])
    lines: list[str] = []
    if source:
        lines.append(paint(source, "dim"))
    lines.append(
        f"{paint(label.upper(), _LABEL_COLOURS.get(label, 'bold'), 'bold')}"
        f"  support {_percent(score['support'])}"
        f" · uncertainty {_percent(score['uncertainty'])}"
    )
    publisher = result.get("publisher")
    if publisher:
        reliability = float(publisher["reliability"])
        rated = paint(f"rated {reliability:.2f}", rating_colour(reliability))
        lines.append(f"Publisher: {publisher['name']} ({publisher['domain']}), {rated}")
    lines.append("")
    lines.extend(_wrap(str(result.get("summary", "")), width, ""))

    flags: Sequence[Mapping[str, Any]] = result.get("flags") or []
    lines += ["", paint(f"Flags ({len(flags)})", "bold")]
    if not flags:
        lines.append("  none")
    for flag in flags:
        wrapped = _wrap(str(flag["message"]), width, "    ")
        wrapped[0] = "  " + paint("!", "yellow", "bold") + " " + wrapped[0][4:]
        lines.extend(wrapped)

    claims: Sequence[Mapping[str, Any]] = result.get("claims") or []
    lines += ["", paint(f"Claims ({len(claims)}), each chain from the publisher to the origin",
                        "bold")]
    if not claims:
        lines.append("  no attributed claims found")
    for claim in claims:
        support = float(claim["support"])
        position = paint(f"[{claim['position']}]", "cyan")
        supported = paint(f"support {_percent(support)}", rating_colour(support))
        lines += ["", f"  {position} {quoted(claim['text'])}  {supported}"]
        chains = claim.get("chains") or []
        if not chains:
            lines.append("    no chain: the publisher states this on its own authority")
        for number, chain in enumerate(chains, start=1):
            lines.append(paint(
                f"    chain {number} of {len(chains)}, strength {float(chain['strength']):.2f}",
                "dim"))
            for index, hop in enumerate(chain["hops"], start=1):
                lines.append("      " + hop_line(index, hop, paint))
    return "\n".join(lines) + "\n"
