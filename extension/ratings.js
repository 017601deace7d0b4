// The service's URL (an option) and the ratings, cached in chrome.storage.local and revalidated
// by ETag: the whole table (/v1/outlets/snapshot) for the badge, and one outlet's card
// (/v1/outlets/lookup) for the popup. Used by the service worker and the popup alike.

export const DEFAULT_SERVICE_URL = "http://127.0.0.1:8000";
const DEFAULT_MAX_AGE = 300; // seconds, when the service sends no Cache-Control max-age
const MAX_AGE_CAP = 3600;

/** The configured service URL, without a trailing slash. */
export async function serviceUrl() {
  const { serviceUrl: stored } = await chrome.storage.local.get("serviceUrl");
  return String(stored || DEFAULT_SERVICE_URL).replace(/\/+$/, "");
}

/** A service URL typed by a person, normalised; throws Error with a readable message. */
export function parseServiceUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error("That is not a URL: write it as http://host:port");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error("The service URL must start with http:// or https://");
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

function maxAge(response) {
  const match = /max-age=(\d+)/.exec(response.headers.get("Cache-Control") || "");
  return Math.min(match ? Number(match[1]) : DEFAULT_MAX_AGE, MAX_AGE_CAP);
}

/**
 * GET a JSON document through a cache entry kept under `key` in chrome.storage.local:
 * fresh → the stored copy; stale → If-None-Match, and a 304 keeps the stored copy.
 * Returns {data, etag, status} where status is "cached", "revalidated" or "fetched".
 */
export async function cachedJSON(key, url, { force = false } = {}) {
  const stored = (await chrome.storage.local.get(key))[key];
  const usable = stored && stored.url === url;
  if (usable && !force && Date.now() < stored.expires) {
    return { data: stored.data, etag: stored.etag, status: "cached" };
  }
  const headers = { Accept: "application/json" };
  if (usable && stored.etag) headers["If-None-Match"] = stored.etag;
  // no-store: the conditional request is ours, and so is the 304 it may bring.
  const response = await fetch(url, { headers, cache: "no-store" });
  if (response.status === 304 && usable) {
    const entry = { ...stored, expires: Date.now() + maxAge(response) * 1000 };
    await chrome.storage.local.set({ [key]: entry });
    return { data: stored.data, etag: stored.etag, status: "revalidated" };
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(data?.detail || `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.problem = data;
    throw error;
  }
  const entry = {
    url, data, etag: response.headers.get("ETag"), expires: Date.now() + maxAge(response) * 1000,
  };
  await chrome.storage.local.set({ [key]: entry });
  return { data, etag: entry.etag, status: "fetched" };
}

/** The whole ratings table, for look-ups on the device. */
export async function ratingsSnapshot(options = {}) {
  const base = await serviceUrl();
  return (await cachedJSON("snapshot", `${base}/v1/outlets/snapshot`, options)).data;
}

/** The host of a page URL, or null for pages that have no outlet (chrome://, file://...). */
export function hostOf(pageUrl) {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return null;
  }
}

/**
 * The outlet of a host in a snapshot: longest match first, so a subdomain with a rating of its
 * own (blogs.example.com) keeps it; sibling domains point to their outlet. A host under a
 * platform (someone.substack.com) has no outlet rating of its own: {platform} instead.
 */
export function outletInSnapshot(snapshot, host) {
  if (!snapshot || !host) return null;
  const labels = host.split(".");
  const platforms = new Set(snapshot.platforms || []);
  for (let i = 0; i < labels.length - 1; i += 1) {
    const candidate = labels.slice(i).join(".");
    const domain = snapshot.outlets[candidate] ? candidate : snapshot.siblings?.[candidate];
    if (domain && snapshot.outlets[domain]) {
      const row = snapshot.outlets[domain];
      const outlet = { domain };
      snapshot.fields.forEach((field, index) => { outlet[field] = row[index]; });
      return { outlet };
    }
    if (platforms.has(candidate)) return { platform: candidate };
  }
  return null;
}

/** One outlet's full card from the service (ETag-cached per host). */
export async function lookupCard(pageUrl, options = {}) {
  const base = await serviceUrl();
  const host = hostOf(pageUrl);
  const url = `${base}/v1/outlets/lookup?url=${encodeURIComponent(host || pageUrl)}`;
  return (await cachedJSON(`lookup:${host}`, url, options)).data;
}
