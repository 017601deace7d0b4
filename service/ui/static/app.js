// The editors' page: read the article, ask /v1/score, draw the answer; look outlets up.

import {
  claimSpans, el, renderClaims, renderFlags, renderHighlighted, renderScoreCard,
} from "./chain.js";
import { renderNoOutlet, renderOutletCard } from "./outlet.js";

const $ = (id) => document.getElementById(id);

const state = { result: null, headline: null, text: "", selected: null };

/** The request body for the article in the form: text (first line the headline) or HTML. */
export function articleBody(raw, firstLineHeadline, where) {
  const body = {};
  const trimmed = raw.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("<")) {
    const doc = new DOMParser().parseFromString(trimmed, "text/html");
    const scope = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.body;
    const h1 = scope.querySelector("h1") ?? doc.querySelector("h1");
    const headline = (h1?.textContent ?? doc.querySelector('meta[property="og:title"]')?.content
      ?? doc.title ?? "").replace(/\s+/g, " ").trim();
    if (h1 && scope.contains(h1)) h1.remove();
    if (headline) body.headline = headline;
    body.html = scope.outerHTML;
  } else {
    let text = raw.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
    if (firstLineHeadline) {
      text = text.replace(/^\s*\n/, "");
      const cut = text.indexOf("\n");
      const headline = (cut < 0 ? text : text.slice(0, cut)).trim();
      text = cut < 0 ? "" : text.slice(cut + 1).replace(/^\s*\n/, "");
      if (headline) body.headline = headline;
    }
    body.text = text;
  }
  const place = where.trim();
  if (place) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(place) || place.includes("/")) body.url = place;
    else body.publisher = place;
  }
  return body;
}

async function postJSON(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = data?.detail ?? data?.title ?? `${response.status} ${response.statusText}`;
    const fields = fieldErrors(data?.errors);
    throw new Error(fields.length ? `${detail} ${fields.join("; ")}` : detail);
  }
  return data;
}

/** A problem's `errors` ({field: [messages]}, possibly nested) as "field: message" lines. */
export function fieldErrors(errors, prefix = "") {
  if (!errors || typeof errors !== "object") return [];
  return Object.entries(errors).flatMap(([key, value]) => {
    const name = key === "_schema" ? prefix : (prefix ? `${prefix}.${key}` : key);
    if (Array.isArray(value)) return value.map((m) => (name ? `${name}: ${m}` : String(m)));
    return fieldErrors(value, name);
  });
}

function setStatus(message, isError = false) {
  const status = $("form-status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function scoreArticle(event) {
  event.preventDefault();
  const raw = $("article-text").value;
  if (!raw.trim()) {
    setStatus("Paste an article or drop a file first.", true);
    $("article-text").focus();
    return;
  }
  const body = articleBody(raw, $("first-line-headline").checked, $("article-url").value);
  const results = $("results-body");
  results.setAttribute("aria-busy", "true");
  $("score-button").disabled = true;
  setStatus("Scoring…");
  try {
    // For HTML, the offsets refer to the text the service extracted, so ask for it too.
    const [result, found] = await Promise.all([
      postJSON("/v1/score", body),
      body.html !== undefined ? postJSON("/v1/attributions", body) : Promise.resolve(null),
    ]);
    state.result = result;
    state.headline = body.headline ?? null;
    state.text = found ? found.text : body.text;
    state.selected = null;
    showResult(result);
    setStatus(`Scored: ${result.score.label}, ${result.claims.length} claim(s).`);
  } catch (error) {
    $("results-live").replaceChildren(el("p", { class: "error", role: "alert" }, `Could not score the article: ${error.message}`));
    results.replaceChildren();
    setStatus("Scoring failed.", true);
  } finally {
    results.setAttribute("aria-busy", "false");
    $("score-button").disabled = false;
  }
}

function showResult(result) {
  $("results-live").replaceChildren(
    renderScoreCard(result),
    el("p", { class: "summary", "data-testid": "summary" }, result.summary),
  );
  $("results-body").replaceChildren(
    el("h3", {}, "Flags"),
    renderFlags(result.flags, selectById),
    el("h3", {}, "Claims and their chains"),
    el("p", { class: "hint" }, "Each chain runs from the publisher to the origin. Select a claim to highlight it in the text."),
    result.claims.length
      ? renderClaims(result.claims, selectClaim)
      : el("p", {}, "No attributed claims were found."),
  );
  $("text-panel").hidden = false;
  $("article-headline").textContent = state.headline ?? "";
  $("article-headline").hidden = !state.headline;
  renderHighlighted($("article-body"), state.text, []);
}

function selectById(id) {
  const button = document.querySelector(`.claim-button[data-claim="${CSS.escape(id)}"]`);
  if (!button) return;
  button.focus();
  button.click();
}

function selectClaim(claim, button) {
  for (const other of document.querySelectorAll(".claim-button[aria-pressed='true']")) {
    other.setAttribute("aria-pressed", "false");
    other.closest(".claim")?.classList.remove("selected");
  }
  button.setAttribute("aria-pressed", "true");
  button.closest(".claim")?.classList.add("selected");
  state.selected = claim.id;
  const spans = claimSpans(claim, state.result.attributions ?? []);
  renderHighlighted($("article-headline"), state.headline ?? "", spans.filter((s) => s.field === "headline"));
  renderHighlighted($("article-body"), state.text, spans.filter((s) => s.field === "text"));
  const mark = document.querySelector("#article-view mark.hl-claim");
  mark?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  $("highlight-status").textContent = `Highlighted in the ${claim.field === "headline" ? "headline" : "text"}: ${claim.text}`;
}

async function readFile(file) {
  if (!file) return;
  const content = await file.text();
  $("article-text").value = content;
  const isHtml = content.trimStart().startsWith("<");
  setStatus(`Loaded ${file.name} (${isHtml ? "HTML: its headline and text are read from the page" : "text"}). Select “Score the article”.`);
  $("score-button").focus();
}

const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes("Files");

function wireDropZone() {
  // A file dropped anywhere on the page is read into the form: the browser would otherwise
  // leave the page to show the file, and the pasted work with it.
  const zone = $("drop-zone");
  document.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    zone.classList.add("dragging");
  });
  document.addEventListener("dragleave", (event) => {
    if (!event.relatedTarget) zone.classList.remove("dragging");
  });
  document.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    zone.classList.remove("dragging");
    const file = event.dataTransfer.files[0];
    if (file) readFile(file);
  });
  $("article-file").addEventListener("change", (event) => readFile(event.target.files[0]));
}

async function lookUp(event) {
  event.preventDefault();
  const input = $("lookup-input").value.trim();
  const target = $("lookup-result");
  if (!input) {
    target.replaceChildren(el("p", { class: "error" }, "Type a domain or a URL."));
    $("lookup-input").focus();
    return;
  }
  target.replaceChildren(el("p", { class: "status" }, `Looking up ${input}…`));
  try {
    const response = await fetch(`/v1/outlets/lookup?url=${encodeURIComponent(input)}`, {
      headers: { Accept: "application/json" },
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      target.replaceChildren(renderNoOutlet(input, data?.detail ?? `error ${response.status}`));
    } else if (!data.outlet) {
      target.replaceChildren(renderNoOutlet(input, data.reason ?? "not in the ratings table"));
    } else {
      target.replaceChildren(renderOutletCard(data.outlet));
    }
  } catch (error) {
    target.replaceChildren(renderNoOutlet(input, error.message));
  }
}

function clearAll() {
  $("article-text").value = "";
  $("article-file").value = "";
  $("article-url").value = "";
  state.result = null;
  $("results-live").replaceChildren(el("p", { class: "placeholder" }, "The score, the summary, the flags and each claim's chain appear here."));
  $("results-body").replaceChildren();
  $("text-panel").hidden = true;
  setStatus("");
  $("article-text").focus();
}

$("article-form").addEventListener("submit", scoreArticle);
$("lookup-form").addEventListener("submit", lookUp);
$("clear-button").addEventListener("click", clearAll);
wireDropZone();
// Ctrl/Cmd+Enter in the text box scores, as in most editors' tools.
$("article-text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("article-form").requestSubmit();
});
document.documentElement.dataset.ready = "true";
