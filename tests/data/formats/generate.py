"""Write the HTML pages and the JSON Lines dump that carry the four seeds (run from anywhere).

Each page is a news site's article page: navigation, a share bar, a byline, related links, a
newsletter box and a footer around the article's paragraphs, which are the seed's lines with
their characters written as HTML entities where sites commonly do (quotes, pound signs,
ampersands). The page is page.template.html, filled in with str.format. tests/test_formats.py
checks that these files are what this script writes.
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

PAGE = (HERE / "page.template.html").read_text(encoding="utf-8")


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
