// Drawing a /v1/score answer: score card, flags, claims with their chains, highlighted text.
// Shared by the page (service/ui/static) and the browser extension (extension/lib): the two
// files are kept identical (tests/ui/test_page.py checks it), so both show the same view.

/** An element with attributes and children (strings become text nodes, never HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "style") for (const [p, v] of Object.entries(value)) node.style.setProperty(p, v);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const words = (value) => String(value ?? "").replace(/_/g, " ");
const percent = (value) => `${Math.round(Number(value) * 100)}%`;

/** Red (0) through amber (0.5) to green (1); grey when there is no rating. */
export function ratingColour(rating) {
  if (rating === null || rating === undefined || Number.isNaN(Number(rating))) {
    return "hsl(220 9% 55%)";
  }
  const r = Math.max(0, Math.min(1, Number(rating)));
  const hue = r < 0.5 ? 4 + (40 - 4) * (r / 0.5) : 40 + (135 - 40) * ((r - 0.5) / 0.5);
  return `hsl(${hue.toFixed(0)} 72% 40%)`;
}

/** A word for a rating, so colour is never the only signal. */
export function ratingWord(rating) {
  if (rating === null || rating === undefined) return "unrated";
  if (rating >= 0.75) return "reliable";
  if (rating >= 0.5) return "mixed";
  if (rating >= 0.25) return "doubtful";
  return "unreliable";
}

const LABEL_CLASS = {
  "well sourced": "label-good",
  mixed: "label-mixed",
  "weakly sourced": "label-weak",
  unsupported: "label-bad",
};

/**
 * Who a hop is: the outlet's name; a named person made readable ("sergei-markovin" →
 * "Sergei Markovin"); else the words the article used ("an Iranian source", "reports").
 */
export function entityName(hop) {
  if (hop.outlet && hop.outlet.name) return hop.outlet.name;
  const entity = String(hop.entity ?? "");
  if (hop.role === "publisher") return "The publisher (not in the ratings table)";
  if (String(hop.kind ?? "").startsWith("named") && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(entity)) {
    return entity.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  }
  return hop.source_text || entity || "unknown";
}

export function renderScoreCard(result) {
  const score = result.score;
  const label = score.label;
  return el("div", { class: "score-card" },
    el("p", { class: `score-label ${LABEL_CLASS[label] ?? ""}`, "data-testid": "score-label" }, label),
    el("dl", { class: "score-figures" },
      el("div", {}, el("dt", {}, "Support"), el("dd", { "data-testid": "score-support" }, percent(score.support))),
      el("div", {}, el("dt", {}, "Uncertainty"), el("dd", {}, percent(score.uncertainty))),
      result.publisher
        ? el("div", {}, el("dt", {}, "Publisher"), el("dd", {}, `${result.publisher.name} (${result.publisher.domain})`))
        : null,
    ),
  );
}

export function renderChain(chain) {
  const hops = chain.hops.map((hop, index) => {
    const rated = hop.rating !== null && hop.rating !== undefined;
    const name = entityName(hop);
    const quoted = hop.source_text && hop.source_text !== name && hop.source_text !== hop.entity
      ? el("span", { class: "hop-source" }, `as “${hop.source_text}”`) : null;
    return el("li", {
      class: `hop hop-${hop.role} ${rated ? "rated" : "unrated"}`,
      style: { "--hop-colour": ratingColour(rated ? hop.rating : null) },
      "data-role": hop.role,
    },
      el("span", { class: "hop-dot", "aria-hidden": "true" }, String(index + 1)),
      el("div", { class: "hop-body" },
        el("p", { class: "hop-head" },
          el("span", { class: "hop-role" }, words(hop.role)),
          el("strong", { class: "hop-entity" }, name),
          quoted,
        ),
        el("p", { class: "hop-meta" },
          el("span", { class: "hop-rating" },
            rated ? `rated ${Number(hop.rating).toFixed(2)} (${ratingWord(hop.rating)})` : "unrated"),
          ` · ${words(hop.kind)} · p ${Number(hop.p).toFixed(2)}`,
        ),
        el("p", { class: "hop-why" }, hop.why),
      ),
    );
  });
  return el("div", { class: "chain-wrap" },
    el("ol", { class: "chain", "aria-label": `Chain from the publisher to the origin, strength ${Number(chain.strength).toFixed(2)}` }, hops),
    el("p", { class: "chain-strength" }, `Chain strength ${Number(chain.strength).toFixed(2)}`),
  );
}

/**
 * The claims as a list: one focusable button each (it selects the claim), then its chains.
 * onSelect(claim, button) is called on click (and so on Enter and Space).
 */
/**
 * The text in curly quotes, once: a claim that is itself a quotation keeps its own marks
 * rather than being wrapped twice, and the comma it ends with before its attribution goes.
 */
export function quoted(text) {
  const inner = String(text).trim().replace(/^[“”"„«»‘’']+|[“”"„«»‘’']+$/g, "").replace(/,\s*$/, "").trim();
  return `“${inner}”`;
}

export function renderClaims(claims, onSelect) {
  return el("ol", { class: "claims" }, claims.map((claim) => {
    const button = el("button", {
      type: "button",
      class: "claim-button",
      "aria-pressed": "false",
      "data-claim": claim.id,
    },
      el("span", { class: "claim-position" }, claim.position),
      el("span", { class: "claim-text" }, quoted(claim.text)),
      el("span", {
        class: "claim-support",
        style: { "--hop-colour": ratingColour(claim.support) },
      }, `support ${percent(claim.support)}`),
    );
    button.addEventListener("click", () => onSelect(claim, button));
    return el("li", { class: "claim", id: `claim-${claim.id}` },
      button,
      claim.chains.length
        ? claim.chains.map(renderChain)
        : el("p", { class: "chain-none" }, "No chain: the publisher states this on its own authority."),
    );
  }));
}

export function renderFlags(flags, onClaim) {
  if (!flags.length) return el("p", { class: "flags-none" }, "No flags.");
  return el("ul", { class: "flags" }, flags.map((flag) => el("li", { class: `flag flag-${flag.code}` },
    el("span", { class: "flag-message" }, flag.message),
    " ",
    (flag.claims ?? []).map((id) => el("button", {
      type: "button", class: "link-button", onclick: () => onClaim(id),
    }, `show claim ${id.replace(/^c/, "")}`)),
  )));
}

/** Code-point offsets (the API's) → UTF-16 indexes (JavaScript's). */
export function codePointIndex(text) {
  const units = [0];
  let at = 0;
  for (const ch of text) {
    at += ch.length;
    units.push(at);
  }
  return (offset) => units[Math.max(0, Math.min(offset, units.length - 1))];
}

/** The spans to highlight for a claim: its content, and the cue, source and venue that carry it. */
export function claimSpans(claim, attributions) {
  const spans = [{ field: claim.field, start: claim.start, end: claim.end, kind: "claim" }];
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const seen = new Set();
  let queue = attributions.filter((a) => a.field === claim.field
    && a.content && a.content.start === claim.start && a.content.end === claim.end);
  while (queue.length) {
    const next = [];
    for (const a of queue) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      if (a.source) spans.push({ field: a.field, start: a.source.start, end: a.source.end, kind: "source" });
      if (a.cue) spans.push({ field: a.field, start: a.cue.start, end: a.cue.end, kind: "cue" });
      if (a.venue) spans.push({ field: a.field, start: a.venue.start, end: a.venue.end, kind: "venue" });
      if (a.parent && byId.has(a.parent)) next.push(byId.get(a.parent));
    }
    queue = next;
  }
  return spans;
}

/**
 * Fill `container` with `text`, wrapping each span (code-point offsets) in <mark class="hl-KIND">.
 * Overlapping spans split into segments; a segment takes the first kind in KIND_ORDER it has.
 */
const KIND_ORDER = ["claim", "source", "venue", "cue"];
export function renderHighlighted(container, text, spans) {
  container.replaceChildren();
  const toUnit = codePointIndex(text);
  const cuts = new Set([0, text.length]);
  const ranges = spans.map((s) => ({ start: toUnit(s.start), end: toUnit(s.end), kind: s.kind }))
    .filter((r) => r.end > r.start);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i += 1) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const kinds = ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.kind);
    if (!kinds.length) { container.append(piece); continue; }
    const kind = KIND_ORDER.find((k) => kinds.includes(k));
    container.append(el("mark", { class: `hl hl-${kind}`, title: kind }, piece));
  }
}
