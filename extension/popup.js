// The popup: the outlet card of the current tab, and "Score this article" with the chain view.
//
// It acts on the active tab. For tests and for opening it as a page, `?tab=ID` names the tab and
// `?url=URL` names a page URL to look up (no tab: nothing to score).

import {
  claimSpans, el, renderClaims, renderFlags, renderHighlighted, renderScoreCard,
} from "./lib/chain.js";
import { renderNoOutlet, renderOutletCard } from "./lib/outlet.js";
import { hostOf, lookupCard, outletInSnapshot, ratingsSnapshot, serviceUrl } from "./ratings.js";

const $ = (id) => document.getElementById(id);
const state = { tab: null, pageUrl: null, result: null, headline: "", text: "" };

async function targetTab() {
  const params = new URLSearchParams(location.search);
  if (params.has("tab")) {
    const tab = await chrome.tabs.get(Number(params.get("tab")));
    return { tab, pageUrl: tab.url };
  }
  if (params.has("url")) return { tab: null, pageUrl: params.get("url") };
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return { tab: tab ?? null, pageUrl: tab?.url ?? null };
}

async function showOutlet() {
  const box = $("outlet");
  const host = hostOf(state.pageUrl);
  $("page-host").textContent = host ?? "This page has no outlet (not a web page).";
  if (!host) {
    box.replaceChildren();
    box.setAttribute("aria-busy", "false");
    return;
  }
  try {
    const found = await lookupCard(state.pageUrl);
    box.replaceChildren(found.outlet
      ? renderOutletCard(found.outlet)
      : renderNoOutlet(host, found.reason ?? "not in the ratings table"));
  } catch (error) {
    // The service is out of reach: the cached table still knows the rating.
    let offline = null;
    try {
      offline = outletInSnapshot(await ratingsSnapshot(), host)?.outlet ?? null;
    } catch {
      offline = null;
    }
    box.replaceChildren(
      ...(offline ? [renderOutletCard(offline)] : []),
      el("p", { class: "error" }, error.status
        ? `No rating for ${host}: ${error.message}`
        : `The service at ${await serviceUrl()} did not answer (${error.message}).`),
    );
  } finally {
    box.setAttribute("aria-busy", "false");
  }
}

async function articleOfTab() {
  const [injection] = await chrome.scripting.executeScript({
    target: { tabId: state.tab.id }, files: ["extract.js"],
  });
  return injection.result;
}

async function scoreArticle() {
  const out = $("score");
  if (!state.tab) {
    out.replaceChildren(el("p", { class: "error" }, "Open the popup from the article's tab to score it."));
    return;
  }
  $("score-button").disabled = true;
  out.replaceChildren(el("p", { class: "status" }, "Reading the article and scoring it…"));
  try {
    let article;
    try {
      article = await articleOfTab();
    } catch (error) {
      throw new Error(`cannot read this page (${error.message}); click the toolbar button on the article's tab`);
    }
    if (!article?.text && !article?.headline) throw new Error("this page has no article text");
    const body = { headline: article.headline || null, text: article.text || "", url: article.url };
    const response = await fetch(`${await serviceUrl()}/v1/score`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
    const result = await response.json().catch(() => null);
    if (!response.ok) throw new Error(result?.detail ?? `${response.status} ${response.statusText}`);
    Object.assign(state, { result, headline: body.headline ?? "", text: body.text });
    out.replaceChildren(
      renderScoreCard(result),
      el("p", { class: "summary" }, result.summary),
      el("h3", {}, "Flags"),
      renderFlags(result.flags, (id) => document.querySelector(`.claim-button[data-claim="${id}"]`)?.click()),
      el("h3", {}, "Claims and their chains"),
      result.claims.length ? renderClaims(result.claims, selectClaim) : el("p", {}, "No attributed claims found."),
    );
    $("text-section").hidden = false;
    $("article-headline").textContent = state.headline;
    renderHighlighted($("article-body"), state.text, []);
  } catch (error) {
    out.replaceChildren(el("p", { class: "error", role: "alert" }, `Could not score: ${error.message}`));
  } finally {
    $("score-button").disabled = false;
  }
}

function selectClaim(claim, button) {
  for (const other of document.querySelectorAll(".claim-button[aria-pressed='true']")) {
    other.setAttribute("aria-pressed", "false");
    other.closest(".claim")?.classList.remove("selected");
  }
  button.setAttribute("aria-pressed", "true");
  button.closest(".claim")?.classList.add("selected");
  const spans = claimSpans(claim, state.result.attributions ?? []);
  renderHighlighted($("article-headline"), state.headline, spans.filter((s) => s.field === "headline"));
  renderHighlighted($("article-body"), state.text, spans.filter((s) => s.field === "text"));
  document.querySelector("#article-view mark.hl-claim")?.scrollIntoView({ block: "nearest" });
}

$("score-button").addEventListener("click", scoreArticle);
targetTab()
  .then((found) => Object.assign(state, found))
  .then(showOutlet)
  .catch((error) => {
    $("outlet").replaceChildren(el("p", { class: "error" }, error.message));
  })
  .finally(() => { document.documentElement.dataset.ready = "true"; });
