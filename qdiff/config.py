"""config.yaml: read with PyYAML's safe loader, validated once into a typed Config."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from qdiff import safe_yaml
from qdiff.errors import ConfigError
from qdiff.model import Concern, GateKind, Unit, Verdict

DEFAULT_CONFIG_NAME = "config.yaml"
DEFAULT_CORPUS = ("seeds/*.txt",)
DEFAULT_MIN_WORDS = 6
DEFAULT_ARTICLE_MB = 20
MIN_ARTICLE_MB = 0.000001
MAX_ARTICLE_MB = 1_000_000
"""A terabyte: no article is larger, and no read can be asked for more."""


@dataclass(frozen=True, slots=True)
class Normalise:
    """Which differences count as none at all. True: ignored; false: reported (as cosmetic)."""

    quotes: bool = True
    """Quote-mark and apostrophe glyphs: straight or curly, single or double."""
    dashes: bool = True
    """Dash glyphs: hyphen-minus, en and em dashes."""
    whitespace: bool = True
    """Runs of spaces and line breaks."""
    case: bool = False
    punctuation: bool = False
    hyphenation: bool = False
    spelling: bool = False
    """British and American spellings, accents."""


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """Which key of a JSON Lines record holds each of an article's fields. A dotted key
    (`source.name`) reads into nested objects when the record has no key spelled so."""

    id: str = "id"
    text: str = "text"
    outlet: str = "outlet"
    url: str = "url"
    published: str = "published"
    title: str = "title"

    def with_keys(self, keys: Mapping[str, str]) -> JsonlFields:
        """These fields with some keys renamed; a field qdiff does not know raises ValueError."""
        known = {f.name for f in fields(JsonlFields)}
        for name, key in keys.items():
            if name not in known:
                raise ValueError(f"unknown field {name!r} (known: {', '.join(sorted(known))})")
            if not key:
                raise ValueError(f"field {name!r} needs a key")
        return replace(self, **keys)


def parse_field_option(value: str) -> tuple[str, str]:
    """`text=body` -> ("text", "body"), as --jsonl-field takes it."""
    name, sep, key = value.partition("=")
    if not sep or not name.strip() or not key.strip():
        raise ValueError(f"expected FIELD=KEY, e.g. text=body, not {value!r}")
    return name.strip(), key.strip()


@dataclass(frozen=True, slots=True)
class Limits:
    """What qdiff refuses to read, so that no input can exhaust its memory or time."""

    article_mb: float = DEFAULT_ARTICLE_MB
    """An article file, HTML page or JSON Lines record larger than this (1 MB = 1,000,000
    bytes) is skipped with a warning, judged by its size before it is read."""

    @property
    def article_bytes(self) -> int:
        return int(self.article_mb * 1_000_000)


@dataclass(frozen=True, slots=True)
class ReferenceConfig:
    path: Path
    after: str | None = None
    before: str | None = None


@dataclass(frozen=True, slots=True)
class CheckPolicy:
    fail_on: frozenset[GateKind] = frozenset({Verdict.ALTERED})
    warn_on: frozenset[GateKind] = frozenset({Verdict.TRIMMED})


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a run needs, resolved: paths are absolute or relative to base_dir."""

    corpus: tuple[str, ...] = DEFAULT_CORPUS
    labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    jsonl: JsonlFields = JsonlFields()
    reference: ReferenceConfig | None = None
    unit: Unit = Unit.SENTENCE
    min_words: int = DEFAULT_MIN_WORDS
    normalise: Normalise = Normalise()
    check: CheckPolicy = CheckPolicy()
    limits: Limits = Limits()
    base_dir: Path = Path(".")
    source: Path | None = None
    """The file this config was read from, if any."""
    warnings: tuple[str, ...] = ()
    """What the file holds that qdiff ignores (unknown keys), each with its line."""

    def with_overrides(
        self,
        *,
        paths: Sequence[str] | None = None,
        reference: Path | None = None,
        reference_after: str | None = None,
        reference_before: str | None = None,
        no_reference: bool = False,
        unit: Unit | None = None,
        min_words: int | None = None,
        jsonl_fields: Mapping[str, str] | None = None,
    ) -> Config:
        """This config with the command line's choices on top: a flag beats the file.

        Paths replace the corpus, relative to the working directory. A reference replaces the
        configured one, with the markers given; markers alone move the configured reference's;
        no_reference drops any reference. None (or no paths) keeps the file's value.
        JSON Lines keys rename the configured ones field by field.
        """
        chosen = self.reference
        if reference is not None:
            chosen = ReferenceConfig(reference.resolve(), reference_after, reference_before)
        elif chosen is not None and (reference_after or reference_before):
            chosen = replace(
                chosen,
                after=reference_after or chosen.after,
                before=reference_before or chosen.before,
            )
        return replace(
            self,
            corpus=tuple(paths) if paths else self.corpus,
            base_dir=Path.cwd() if paths else self.base_dir,
            reference=None if no_reference else chosen,
            unit=self.unit if unit is None else unit,
            min_words=self.min_words if min_words is None else min_words,
            jsonl=self.jsonl.with_keys(jsonl_fields) if jsonl_fields else self.jsonl,
        )


_TOP_KEYS = {
    "corpus",
    "labels",
    "jsonl",
    "reference",
    "passages",
    "min_words",
    "normalise",
    "check",
    "limits",
}


def load_config(path: Path | None) -> Config:
    """Read `path` (or ./config.yaml when it exists, else the defaults) into a Config."""
    if path is None:
        default = Path.cwd() / DEFAULT_CONFIG_NAME
        if not default.is_file():
            return Config(base_dir=Path.cwd())
        path = default
    try:
        text = safe_yaml.read_text(path)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except safe_yaml.YamlError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    """Validate a config's text; every error names the file, the key and its line."""
    try:
        document = safe_yaml.parse(text)
    except safe_yaml.YamlError as exc:
        where = f":{exc.line}" if exc.line else ""
        raise ConfigError(f"{path}{where}: {exc}") from None
    data = {} if document.data is None else document.data
    v = _Validator(path, document.root)
    if not isinstance(data, dict):
        raise v.error((), "the config must be a mapping of keys to values")
    data = v.known((), data, _TOP_KEYS)
    base_dir = path.resolve().parent
    return Config(
        corpus=v.corpus(data.get("corpus", list(DEFAULT_CORPUS))),
        labels=MappingProxyType(v.labels(data.get("labels") or {})),
        jsonl=v.jsonl(data.get("jsonl") or {}),
        reference=v.reference(data.get("reference"), base_dir),
        unit=v.unit(data.get("passages") or {}),
        min_words=v.positive_int(("min_words",), data.get("min_words", DEFAULT_MIN_WORDS)),
        normalise=v.normalise(data.get("normalise") or {}),
        check=v.check(data.get("check") or {}),
        limits=v.limits(data.get("limits") or {}),
        base_dir=base_dir,
        source=path,
        warnings=tuple(v.warnings),
    )


def parse_gate_kinds(value: Any, where: str = "value") -> frozenset[GateKind]:
    """A comma-separated string or a list of verdict names (and `unjudged`), as a set."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise ValueError(f"{where} must be a list of verdicts")
    kinds: set[GateKind] = set()
    by_name: dict[str, GateKind] = {k.value: k for k in (*Verdict, *Concern)}
    for item in items:
        name = str(item).strip().lower()
        if not name:
            continue
        if name not in by_name:
            known = ", ".join(by_name)
            raise ValueError(f"unknown verdict {name!r} in {where} (known: {known})")
        kinds.add(by_name[name])
    return frozenset(kinds)


class _Validator:
    """Turns raw YAML values into typed ones, raising ConfigError with the key's line."""

    def __init__(self, path: Path, root: yaml.Node | None) -> None:
        self.path = path
        self.root = root
        self.warnings: list[str] = []

    def known(
        self, keys: tuple[str, ...], value: dict[Any, Any], names: set[str]
    ) -> dict[Any, Any]:
        """The mapping without its unknown keys, each of which is warned of, with the known key
        it most likely misspells."""
        for key in value:
            if key not in names:
                guess = process.extractOne(
                    str(key), sorted(names), scorer=fuzz.ratio, score_cutoff=60
                )
                hint = (
                    f"did you mean {guess[0]!r}?" if guess else f"known: {', '.join(sorted(names))}"
                )
                self.warnings.append(
                    str(self.error((*keys, key), f"unknown key, ignored ({hint})"))
                )
        return {key: item for key, item in value.items() if key in names}

    def error(self, keys: tuple[Any, ...], message: str) -> ConfigError:
        line = self._line(keys)
        where = f"{self.path}:{line}" if line else str(self.path)
        name = ".".join(str(k) for k in keys)
        return ConfigError(f"{where}: {name + ': ' if name else ''}{message}")

    def _line(self, keys: tuple[Any, ...]) -> int | None:
        node, line = self.root, None
        for key in keys:
            if not isinstance(node, yaml.MappingNode):
                break
            for key_node, value_node in node.value:
                if key_node.value == str(key):
                    line, node = key_node.start_mark.line + 1, value_node
                    break
            else:
                break
        return line

    def corpus(self, value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value or not all(isinstance(p, str) for p in value):
            raise self.error(("corpus",), "must be a path or glob, or a list of them")
        return tuple(value)

    def labels(self, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.error(("labels",), "must map article ids (file stems) to labels")
        labels = {}
        for key, label in self._as_written(("labels",), value):
            if not isinstance(label, str | int) or not str(label).strip():
                raise self.error(("labels", key), "a label must be a non-empty string")
            labels[str(key)] = str(label)
        return labels

    def _as_written(self, keys: tuple[str, ...], value: dict[Any, Any]) -> list[tuple[Any, Any]]:
        """A mapping's keys, and its numeric values, as the file spells them: a file stem
        written `001` or `2016_03_19` stays that string, not the int YAML reads it as."""
        node = self.root
        for key in keys:
            pairs = node.value if isinstance(node, yaml.MappingNode) else []
            node = next((v for k, v in pairs if k.value == key), None)
        if (
            not isinstance(node, yaml.MappingNode)
            or len(node.value) != len(value)
            or any(k.tag == "tag:yaml.org,2002:merge" for k, _ in node.value)
        ):
            return list(value.items())
        written = []
        for (key_node, value_node), (key, item) in zip(node.value, value.items(), strict=True):
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
            if isinstance(item, int | float) and not isinstance(item, bool):
                item = value_node.value
            written.append((key, item))
        return written

    def jsonl(self, value: Any) -> JsonlFields:
        if not isinstance(value, dict):
            raise self.error(("jsonl",), "must map article fields to the records' keys")
        value = self.known(("jsonl",), value, {f.name for f in fields(JsonlFields)})
        for name, key in value.items():
            if not isinstance(key, str) or not key.strip():
                raise self.error(("jsonl", name), "a key must be a non-empty string")
        return JsonlFields().with_keys({name: key.strip() for name, key in value.items()})

    def reference(self, value: Any, base_dir: Path) -> ReferenceConfig | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = {"path": value}
        if not isinstance(value, dict):
            raise self.error(("reference",), "must be a path or a mapping with 'path'")
        value = self.known(("reference",), value, {"path", "after", "before"})
        path = value.get("path")
        if not isinstance(path, str) or not path:
            raise self.error(("reference",), "needs a 'path'")
        markers = {}
        for key in ("after", "before"):
            marker = value.get(key)
            if marker is not None and (not isinstance(marker, str) or not marker):
                raise self.error(("reference", key), "must be a non-empty string")
            markers[key] = marker
        return ReferenceConfig(path=base_dir / path, **markers)

    def unit(self, value: Any) -> Unit:
        if not isinstance(value, dict):
            raise self.error(("passages",), "must be a mapping with 'unit'")
        value = self.known(("passages",), value, {"unit"})
        try:
            return Unit(value.get("unit", "sentence"))
        except ValueError:
            raise self.error(("passages", "unit"), "must be 'sentence' or 'paragraph'") from None

    def positive_int(self, keys: tuple[str, ...], value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.error(keys, "must be a whole number of 1 or more")
        return value

    def normalise(self, value: Any) -> Normalise:
        if not isinstance(value, dict):
            raise self.error(("normalise",), "must map switches to true or false")
        value = self.known(("normalise",), value, {f.name for f in fields(Normalise)})
        for key, switch in value.items():
            if not isinstance(switch, bool):
                raise self.error(("normalise", key), "must be true or false")
        return Normalise(**value)

    def limits(self, value: Any) -> Limits:
        if not isinstance(value, dict):
            raise self.error(("limits",), "must be a mapping with article_mb")
        value = self.known(("limits",), value, {f.name for f in fields(Limits)})
        size = value.get("article_mb", DEFAULT_ARTICLE_MB)
        if (
            isinstance(size, bool)
            or not isinstance(size, int | float)
            or not MIN_ARTICLE_MB <= size <= MAX_ARTICLE_MB
        ):
            raise self.error(
                ("limits", "article_mb"),
                f"must be a number of megabytes from {MIN_ARTICLE_MB:g} (one byte) "
                f"to {MAX_ARTICLE_MB:,}",
            )
        return Limits(article_mb=size)

    def check(self, value: Any) -> CheckPolicy:
        if not isinstance(value, dict):
            raise self.error(("check",), "must be a mapping with fail_on and warn_on")
        policy = {}
        for key, raw in self.known(("check",), value, {"fail_on", "warn_on"}).items():
            try:
                policy[key] = parse_gate_kinds(raw, f"check.{key}")
            except ValueError as exc:
                raise self.error(("check", key), str(exc)) from None
        return CheckPolicy(**policy)
