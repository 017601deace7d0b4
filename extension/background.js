// The badge: the rating of the current tab's outlet, looked up in the cached ratings table.

import { hostOf, outletInSnapshot, ratingsSnapshot } from "./ratings.js";

/** Red (0) through amber (0.5) to green (1), as the page and popup draw it; grey if unrated. */
function badgeColour(rating) {
  if (rating === null || rating === undefined) return "#6b7280";
  const r = Math.max(0, Math.min(1, rating));
  const hue = r < 0.5 ? 4 + 36 * (r / 0.5) : 40 + 95 * ((r - 0.5) / 0.5);
  const [s, l] = [0.72, 0.4];
  const k = (n) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return `#${[f(0), f(8), f(4)].map((x) => Math.round(x * 255).toString(16).padStart(2, "0")).join("")}`;
}

/** ".42" for 0.42, "1.0" for 1: the same figure as the card, in the badge's four characters. */
export function badgeText(rating) {
  if (rating >= 1) return "1.0";
  return `.${Math.round(rating * 100).toString().padStart(2, "0")}`;
}

async function setBadge(tabId, pageUrl) {
  const host = hostOf(pageUrl);
  let text = "";
  let title = "Source check";
  let colour = badgeColour(null);
  if (host) {
    try {
      const found = outletInSnapshot(await ratingsSnapshot(), host);
      if (found?.outlet) {
        const { outlet } = found;
        text = badgeText(outlet.reliability);
        colour = badgeColour(outlet.reliability);
        title = `${outlet.name}: rated ${outlet.reliability.toFixed(2)} of 1`;
      } else if (found?.platform) {
        title = `${host} is on ${found.platform}: the platform hosts many authors, none rated`;
      } else {
        title = `${host} is not in the ratings table`;
      }
    } catch (error) {
      text = "!";
      title = `Source check: the ratings service did not answer (${error.message})`;
    }
  }
  // The text last: once the badge shows a figure, its colour and tooltip are in place.
  await chrome.action.setTitle({ tabId, title });
  await chrome.action.setBadgeBackgroundColor({ tabId, color: colour });
  if (chrome.action.setBadgeTextColor) await chrome.action.setBadgeTextColor({ tabId, color: "#ffffff" });
  await chrome.action.setBadgeText({ tabId, text });
}

async function refreshAllTabs() {
  for (const tab of await chrome.tabs.query({})) {
    if (tab.id !== undefined && tab.url) await setBadge(tab.id, tab.url).catch(() => {});
  }
}

chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url || change.status === "complete") setBadge(tabId, tab.url).catch(() => {});
});
chrome.tabs.onActivated.addListener(async ({ tabId }) => {
  const tab = await chrome.tabs.get(tabId).catch(() => null);
  if (tab?.url) setBadge(tabId, tab.url).catch(() => {});
});
chrome.runtime.onInstalled.addListener(() => { refreshAllTabs(); });
chrome.runtime.onStartup.addListener(() => { refreshAllTabs(); });
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && changes.serviceUrl) refreshAllTabs();
});
