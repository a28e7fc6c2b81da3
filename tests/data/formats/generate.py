"""Write the HTML pages and the JSON Lines dump that carry the four seeds (run from anywhere).

Each page is a news site's article page: navigation, a share bar, a byline, related links, a
newsletter box and a footer around the article's paragraphs, which are the seed's lines with
their characters written as HTML entities where sites commonly do (quotes, pound signs,
ampersands). tests/test_formats.py checks that these files are what this script writes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent.parent / "seeds"

SITES = {
    "000": ("The Northern Courier", "northern-courier.example", "2016-03-18T23:05:00+00:00"),
    "001": ("Daily Ledger", "dailyledger.example", "2016-03-18T21:40:00+00:00"),
    "002": ("Metro Evening Post", "eveningpost.example", "2016-03-19T07:15:00+00:00"),
    "003": ("The Scottish Record", "scottishrecord.example", "2016-03-19T06:00:00+00:00"),
}
HEADLINES = {
    "000": "Iain Duncan Smith resigns over disability benefit cuts",
    "001": "IDS quits cabinet in protest at Budget cuts",
    "002": "Duncan Smith walks out of government",
    "003": "Duncan Smith resignation rocks Tory government",
}
ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "“": "&ldquo;",
    "”": "&rdquo;",
    "‘": "&lsquo;",
    "’": "&rsquo;",
    "£": "&pound;",
    "–": "&ndash;",
    "—": "&mdash;",
}

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{headline} | {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="{site}">
  <meta property="og:title" content="{headline}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{published}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "politics"}});</script>
  <style>.share-bar a {{ margin-right: 1em; }}</style>
</head>
<body class="article-page">
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <nav class="primary-nav" aria-label="Sections">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/politics">Politics</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/opinion">Opinion</a></li>
        <li><a href="/weather">Weather</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; <a href="/politics">Politics</a></nav>
  <main id="main">
    <article class="story">
      <header class="story-header">
        <h1 class="headline">{headline}</h1>
        <p class="byline">By <a href="/authors/political-staff" rel="author">Political Staff</a> &middot; <time datetime="{published}">{date}</time></p>
        <div class="share-bar" aria-label="Share this article">
          <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a>
          <a href="https://twitter.com/intent/tweet?url={url}">Share on Twitter</a>
          <a href="mailto:?subject={headline}">Email</a>
          <button type="button" class="copy-link">Copy link</button>
        </div>
      </header>
      <div class="story-body">
{paragraphs}
      </div>
    </article>
    <aside class="related" aria-label="Related stories">
      <h2>More from Politics</h2>
      <ul>
        <li><a href="/politics/budget-at-a-glance">Budget 2016 at a glance: what it means for you</a></li>
        <li><a href="/politics/who-is-stephen-crabb">Who could replace him at the Department for Work and Pensions?</a></li>
        <li><a href="/politics/pip-explained">Personal Independence Payments explained</a></li>
      </ul>
    </aside>
    <section class="newsletter">
      <h2>Get the politics briefing</h2>
      <p>Sign up for our free daily email and never miss a story.</p>
      <form action="/newsletter"><input type="email" name="email" placeholder="Your email"><button>Sign up</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/about">About us</a></li>
      <li><a href="/contact">Contact</a></li>
      <li><a href="/privacy">Privacy &amp; cookies</a></li>
      <li><a href="/terms">Terms &amp; conditions</a></li>
    </ul>
    <p>&copy; 2016 {site}. All rights reserved.</p>
  </footer>
  <script src="/static/js/analytics.js" async></script>
  <noscript><img src="/pixel.gif" alt=""></noscript>
</body>
</html>
"""


def escape(text: str) -> str:
    return "".join(ENTITIES.get(char, char) for char in text)


def seeds() -> list[tuple[str, Path]]:
    """(short number, path) of each seed, in order."""
    return [(path.name[:3], path) for path in sorted(SEEDS.glob("*.txt"))]


def page(number: str, text: str) -> str:
    site, domain, published = SITES[number]
    paragraphs = "\n".join(
        f"        <p>{escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    return PAGE.format(
        site=site,
        headline=escape(HEADLINES[number]),
        published=published,
        date=published[:10],
        url=f"https://{domain}/politics/2016/03/duncan-smith-resigns",
        paragraphs=paragraphs,
    )


def record(number: str, stem: str, text: str) -> dict[str, str]:
    site, domain, published = SITES[number]
    return {
        "id": stem,
        "text": text,
        "outlet": site,
        "url": f"https://{domain}/politics/2016/03/duncan-smith-resigns",
        "published": published,
        "title": HEADLINES[number],
    }


def outputs() -> dict[Path, bytes]:
    """Every file this script writes, with its bytes."""
    files: dict[Path, bytes] = {}
    lines = []
    for number, path in seeds():
        text = path.read_text(encoding="utf-8")
        files[HERE / "html" / f"{path.stem}.html"] = page(number, text).encode("utf-8")
        lines.append(json.dumps(record(number, path.stem, text), ensure_ascii=False))
    dump = "".join(line + "\n" for line in lines).encode("utf-8")
    files[HERE / "jsonl" / "seeds.jsonl"] = dump
    files[HERE / "jsonl" / "seeds.jsonl.gz"] = gzip.compress(dump, mtime=0)
    return files


def main() -> None:
    for path, data in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


if __name__ == "__main__":
    main()
