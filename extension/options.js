// The service URL option: typed, checked, granted (for a host other than this machine), stored.

import { DEFAULT_SERVICE_URL, parseServiceUrl, serviceUrl } from "./ratings.js";

const input = document.getElementById("service-url");
const status = document.getElementById("options-status");

function say(message, isError = false) {
  status.textContent = message;
  status.className = isError ? "error" : "status";
}

async function save(raw) {
  let url;
  try {
    url = parseServiceUrl(raw);
  } catch (error) {
    say(error.message, true);
    input.focus();
    return;
  }
  const origin = `${new URL(url).origin}/*`;
  const granted = await chrome.permissions.contains({ origins: [origin] });
  if (!granted && !(await chrome.permissions.request({ origins: [origin] }).catch(() => false))) {
    say(`Not saved: the extension needs your permission to talk to ${new URL(url).origin}.`, true);
    return;
  }
  // A new service has its own table: drop the cached ratings of the old one.
  const keys = Object.keys(await chrome.storage.local.get(null))
    .filter((key) => key === "snapshot" || key.startsWith("lookup:"));
  await chrome.storage.local.remove(keys);
  await chrome.storage.local.set({ serviceUrl: url });
  input.value = url;
  say(`Saved: the extension now asks ${url}.`);
}

document.getElementById("options-form").addEventListener("submit", (event) => {
  event.preventDefault();
  save(input.value);
});
document.getElementById("reset-button").addEventListener("click", () => save(DEFAULT_SERVICE_URL));
serviceUrl().then((url) => {
  input.value = url;
  document.documentElement.dataset.ready = "true";
});
