// Injected into the article's tab (activeTab + scripting) when the person asks to score it:
// returns the article's headline, text and URL. Its value is the last expression below.
(() => {
  const clean = (s) => (s || "").replace(/[ \t\u00a0]+/g, " ").trim();
  const candidates = [...document.querySelectorAll("article, [itemprop='articleBody'], main, [role='main']")];
  // The biggest <article>/<main> by text length: pages often hold teaser <article>s too.
  const scope = candidates.sort((a, b) => b.innerText.length - a.innerText.length)[0] || document.body;
  const h1 = scope.querySelector("h1") || document.querySelector("h1");
  const headline = clean(h1?.innerText)
    || clean(document.querySelector("meta[property='og:title']")?.content)
    || clean(document.title);
  const blocks = [...scope.querySelectorAll("p, h2, h3, blockquote, li")]
    .filter((node) => !node.closest("nav, aside, footer, header, figure, form, [aria-hidden='true']"))
    .filter((node) => !node.parentElement.closest("p, blockquote, li"))
    .map((node) => clean(node.innerText))
    .filter((line) => line && line !== headline);
  const text = blocks.length ? blocks.join("\n\n") : clean(scope.innerText).replace(headline, "").trim();
  return { headline, text, url: location.href };
})();
