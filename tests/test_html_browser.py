"""The HTML pages in a real headless browser (Chromium, no DevTools protocol): each loads from
disk with no console message and no request, screenshots at 1280 and 390 pixels wide are taken,
and at 390 nothing scrolls sideways and each rendering's two sides stack.

Chromium runs with `--dump-dom`: a probe put into a copy of the page records errors from its
start and measures the layout at its end; the page is loaded in a frame exactly as wide as the
screen (a headless window is never narrower than 500 pixels, a frame is), and the harness around
it copies the probe's findings into the DOM it dumps. The browser's own log
(`--enable-logging=stderr`) names every console message. Skips, saying why,
where no Chromium is installed (Debian: `apt-get install chromium`; or set QDIFF_CHROMIUM).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from many_outlets import copied_report

from qdiff.config import Config
from qdiff.facts.find import find_facts
from qdiff.model import Corpus, Report
from qdiff.pipeline.compare import compare
from qdiff.quotes.listing import list_quotes
from qdiff.render import COMPARE, FACTS, QUOTES, Display, TextFormat

WIDE, NARROW = 1280, 390
HEIGHT = 1600
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

HEAD_PROBE = """<script>
window.qdiffErrors = [];
window.addEventListener("error", function (e) {
  qdiffErrors.push(String(e.message || e.type));
}, true);
window.addEventListener("securitypolicyviolation", function (e) {
  qdiffErrors.push("CSP: " + e.blockedURI);
});
</script>
"""
BODY_PROBE = """<script>
(function () {
  var root = document.documentElement;
  var all = document.querySelectorAll(".pair");
  var pairs = Array.prototype.slice.call(all, 0, 20).map(function (p) {
    var a = p.children[0].getBoundingClientRect(), b = p.children[1].getBoundingClientRect();
    return {
      stacked: b.top >= a.bottom - 1,
      beside: Math.abs(a.top - b.top) < 1 && b.left > a.right - 1
    };
  });
  var change = document.querySelector("[data-note]");
  var note = null;
  if (change) {
    change.focus({preventScroll: true});
    var after = getComputedStyle(change, "::after");
    note = {
      focused: document.activeElement === change, shown: after.content,
      position: after.position, wanted: change.getAttribute("data-note")
    };
    change.blur();
  }
  var sorting = null;
  var head = document.querySelector("table.sortable th.num button");
  if (head) {
    var column = head.parentElement.cellIndex;
    var table = head.closest("table");
    var values = function () {
      return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
        return Number(row.cells[column].textContent);
      });
    };
    head.click();
    var once = values();
    head.click();
    sorting = {once: once, twice: values(), sort: head.parentElement.getAttribute("aria-sort")};
  }
  var probe = document.createElement("pre");
  probe.id = "qdiff-probe";
  probe.textContent = JSON.stringify({
    scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, errors: qdiffErrors,
    resources: performance.getEntriesByType("resource").map(function (r) { return r.name; }),
    pairs: pairs, note: note, sorting: sorting
  });
  document.body.appendChild(probe);
  window.qdiffProbe = probe.textContent;  // for the harness around the page
})();
</script>
"""
HARNESS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin: 0">
{frames}
<script>
window.addEventListener("load", function () {{
  var found = {{}};
  document.querySelectorAll("iframe").forEach(function (frame) {{
    found[frame.id] = JSON.parse(frame.contentWindow.qdiffProbe);
  }});
  var out = document.createElement("pre");
  out.id = "qdiff-probe";
  out.textContent = JSON.stringify(found);
  document.body.appendChild(out);
}});
</script>
</body></html>
"""
FRAME = '<iframe id="{name}" src="{src}" style="border: 0; display: block; width: {width}px; '
FRAME += 'height: {height}px"></iframe>'
PROBE_OUT = re.compile(r'<pre id="qdiff-probe">(\{.*?)</pre>', re.S)


def find_chromium() -> str | None:
    named = os.environ.get("QDIFF_CHROMIUM")
    if named:
        return named
    return next((found for name in CANDIDATES if (found := shutil.which(name))), None)


INSTALL_SECONDS = 420
"""How long the set-up may spend installing Debian's chromium where none is found."""


def install_chromium() -> str:
    """Install Debian's chromium where this is a Debian-like machine run as root (a fresh CI
    machine); what happened, for the skip reason. QDIFF_NO_BROWSER_INSTALL=1 turns it off."""
    if os.environ.get("QDIFF_NO_BROWSER_INSTALL"):
        return "QDIFF_NO_BROWSER_INSTALL is set"
    if shutil.which("apt-get") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "no apt-get run as root here to install it with"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def apt_get(*args: str) -> bool:
        command = ["apt-get", *args]
        return (
            subprocess.run(
                command, env=env, capture_output=True, timeout=INSTALL_SECONDS
            ).returncode
            == 0
        )

    install = ("install", "-y", "-q", "--no-install-recommends", "chromium")
    try:
        # A fresh machine may have no package lists yet: then update them and try once more.
        if apt_get(*install) or (apt_get("update", "-q") and apt_get(*install)):
            return "installed" if find_chromium() else "installed, but not on PATH"
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"apt-get install chromium failed: {exc}"
    return "apt-get install chromium failed"


@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        tried = install_chromium()
        found = find_chromium()
        if found is None:
            pytest.skip(
                "no Chromium or Chrome found, so the HTML pages were not checked in a browser "
                f"({tried}): install one (Debian: apt-get install chromium) or set "
                "QDIFF_CHROMIUM to its path"
            )
    return found


@dataclass(frozen=True)
class Loaded:
    probes: dict[str, dict[str, Any]]
    """What the probe measured in each page."""
    console: list[str]
    """Every console message the browser logged, from any page."""
    screenshot: Path
    """The screen at this width, the first page at its top."""


def load(chromium: str, pages: dict[str, str], width: int, folder: Path) -> Loaded:
    """The pages opened from disk at this width, each in a frame that wide, in one browser."""
    folder.mkdir(parents=True, exist_ok=True)
    frames = []
    for name, page in pages.items():
        probed = page.replace('<meta charset="utf-8">\n', '<meta charset="utf-8">\n' + HEAD_PROBE)
        probed = probed.replace("</body>", BODY_PROBE + "</body>", 1)
        assert HEAD_PROBE in probed and BODY_PROBE in probed, "the page changed shape"
        (folder / f"{name}.html").write_text(probed, encoding="utf-8")
        frames.append(FRAME.format(name=name, src=f"{name}.html", width=width, height=HEIGHT))
    harness = folder / f"at-{width}.html"
    harness.write_text(HARNESS.format(frames="\n".join(frames)), encoding="utf-8")
    screenshot = folder / f"screen-{width}.png"
    command = [
        chromium,
        "--headless",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--allow-file-access-from-files",  # the harness reads the probes out of its frames
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={folder / 'profile'}",
        f"--window-size={width},{HEIGHT}",
        f"--screenshot={screenshot}",
        "--dump-dom",
        harness.as_uri(),
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    found = PROBE_OUT.search(done.stdout)
    assert found, f"no probe in the dumped DOM (exit {done.returncode}): {done.stderr[-2000:]}"
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return Loaded(json.loads(html.unescape(found.group(1))), console, screenshot)


def png_width(path: Path) -> int:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is no PNG"
    return int(struct.unpack(">I", header[16:20])[0])


def text(rendered: object) -> str:
    assert isinstance(rendered, str)
    return rendered


@pytest.fixture(scope="module")
def pages(seed_config: Config, seed_corpus: Corpus, seed_report: Report) -> dict[str, str]:
    collation = compare(seed_config.with_overrides(no_reference=True), seed_corpus)
    many = copied_report(seed_report, 100)  # 404 outlets: a table of outlets, not a grid
    return {
        "compare": text(COMPARE[TextFormat.HTML](seed_report, Display())),
        "collation": text(COMPARE[TextFormat.HTML](collation, Display())),
        "facts": text(FACTS[TextFormat.HTML](find_facts(seed_corpus), Display())),
        "quotes": text(QUOTES[TextFormat.HTML](list_quotes(seed_corpus.articles, 6), Display())),
        "compare-400": text(COMPARE[TextFormat.HTML](many, Display())),
    }


NARROW_PAGES = ("compare", "collation", "facts", "quotes", "compare-400")


@pytest.fixture(scope="module")
def loaded(
    chromium: str, pages: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[int, Loaded]:
    """The seed comparison wide, and every page narrow: two browsers, side by side."""
    folder = tmp_path_factory.mktemp("browser")
    runs = {WIDE: {"compare": pages["compare"]}, NARROW: {n: pages[n] for n in NARROW_PAGES}}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {w: pool.submit(load, chromium, p, w, folder / str(w)) for w, p in runs.items()}
        return {width: future.result() for width, future in futures.items()}


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_loads_quietly_from_disk(loaded: dict[int, Loaded], width: int) -> None:
    """No console message (no error, no blocked request), nothing fetched, in any page."""
    run = loaded[width]
    assert run.console == []
    assert run.probes
    for name, probe in run.probes.items():
        assert probe["errors"] == [], name
        assert probe["resources"] == [], name


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_screenshot(loaded: dict[int, Loaded], width: int) -> None:
    shot = loaded[width].screenshot
    assert shot.stat().st_size > 20_000  # not a blank screen
    assert png_width(shot) == width


@pytest.mark.parametrize("name", NARROW_PAGES)
def test_narrow_screen_has_no_sideways_scroll(loaded: dict[int, Loaded], name: str) -> None:
    probe = loaded[NARROW].probes[name]
    assert probe["clientWidth"] == NARROW
    assert probe["scrollWidth"] <= probe["clientWidth"]


def test_side_by_side_stacks_on_a_narrow_screen(loaded: dict[int, Loaded]) -> None:
    wide = loaded[WIDE].probes["compare"]["pairs"]
    narrow = loaded[NARROW].probes["compare"]["pairs"]
    assert wide and len(wide) == len(narrow)
    assert all(p["beside"] and not p["stacked"] for p in wide)
    assert all(p["stacked"] and not p["beside"] for p in narrow)


def test_a_focused_change_names_its_kind(loaded: dict[int, Loaded]) -> None:
    """Tab reaches a change, and focus shows its note: in a collation, the outlets sharing it."""
    for name in ("compare", "collation"):
        note = loaded[NARROW].probes[name]["note"]
        assert note["focused"]
        assert note["position"] == "fixed"
        assert note["shown"] == json.dumps(note["wanted"], ensure_ascii=False)
    wanted = loaded[NARROW].probes["collation"]["note"]["wanted"]
    assert re.search(r" · (only in|in \d+ outlets:) ", wanted)


@pytest.mark.parametrize("name", ["quotes", "compare-400"])
def test_a_column_head_sorts_its_table(loaded: dict[int, Loaded], name: str) -> None:
    """A sort button orders the rows by its column, the most first, then the fewest first."""
    sorting = loaded[NARROW].probes[name]["sorting"]
    assert len(set(sorting["once"])) > 1
    assert sorting["once"] == sorted(sorting["once"], reverse=True)
    assert sorting["twice"] == sorted(sorting["once"])
    assert sorting["sort"] == "ascending"


def test_the_browser_install_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QDIFF_NO_BROWSER_INSTALL", "1")
    assert install_chromium() == "QDIFF_NO_BROWSER_INSTALL is set"
