// The outlet card: one rated outlet as the API's /v1/outlets answers describe it.
// Shared by the page and the extension's popup (kept identical, like chain.js).

import { el, ratingColour, ratingWord } from "./chain.js";

const words = (value) => String(value ?? "").replace(/_/g, " ");
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);

export function renderOutletCard(outlet) {
  const rows = [
    ["Domain", outlet.domain],
    ["Kind", words(outlet.kind)],
    // ZZ: the rating sets name no country for the outlet
    ["Country", outlet.country === "ZZ" ? "unknown" : outlet.country],
    ["State affiliation", words(outlet.state_affiliation)],
    ["Evidence", outlet.evidence === undefined ? null : `${outlet.evidence} rating set(s)`],
    ["Siblings", (outlet.siblings ?? []).join(", ") || null],
    ["Last reviewed", outlet.last_reviewed ?? null],
  ].filter(([, value]) => value !== null && value !== undefined && value !== "");
  return el("article", {
    class: "outlet-card",
    style: { "--hop-colour": ratingColour(outlet.reliability) },
    "data-domain": outlet.domain,
  },
    el("header", { class: "outlet-head" },
      el("span", { class: "outlet-badge", "data-testid": "outlet-rating" },
        Number(outlet.reliability).toFixed(2)),
      el("div", {},
        el("h3", { class: "outlet-name" }, outlet.name),
        el("p", { class: "outlet-word" }, `${capitalised(ratingWord(outlet.reliability))} · rated ${Number(outlet.reliability).toFixed(2)} of 1`),
      ),
    ),
    el("dl", { class: "outlet-facts" }, rows.map(([k, v]) => el("div", {}, el("dt", {}, k), el("dd", {}, v)))),
    outlet.ratings && outlet.ratings.length
      ? el("div", { class: "outlet-ratings" },
        el("h4", {}, "Rated by"),
        el("ul", {}, outlet.ratings.map((r) => el("li", {},
          `${r.source}${r.as_of ? ` (${r.as_of})` : ""}: ${Number(r.value).toFixed(2)}`)))) : null,
    outlet.provenance ? el("p", { class: "outlet-provenance" }, outlet.provenance) : null,
    outlet.notes ? el("p", { class: "outlet-notes" }, outlet.notes) : null,
  );
}

/** What to say when a look-up finds no outlet (the API's `reason`, or its problem detail). */
export function renderNoOutlet(input, reason) {
  return el("p", { class: "outlet-none" }, `No rating for ${input}: ${reason}.`);
}
