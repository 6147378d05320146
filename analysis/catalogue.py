"""The bilingual catalogue: every word shown to readers, in Arabic and English.

The catalogue is one folder, `data/catalogue/`, holding one Project Fluent file per
language (`en.ftl`, `ar.ftl`) with the same message ids. Callers keep the dotted
keys they always used: a key maps to a Fluent id by `.` -> `-` (`attacks.intro` ->
`attacks-intro`; keys never hold `-`, so the mapping reverses). Values fill Fluent
variables (`{ $name }`); a number passed as `int`/`float` selects the message's
CLDR plural variant (Babel's rules) and is written with Western digits, grouped.

A key that is missing, or has no text in the asked language, raises
`MissingTranslationError` naming the file (and the line, where there is one), so a
report cannot build half-translated. The parsed files are cached by their
modification times: an edited catalogue shows at the next call, without a restart.
"""

from __future__ import annotations

import numbers
from pathlib import Path

from fluent.syntax import FluentParser, ast

from .exceptions import MissingTranslationError
from .paths import data_dir
from .textfile import read_text

from .i18n import LANGS, other as _other
FOLDER_NAME = "catalogue"


def key_to_id(key: str) -> str:
    """`attacks.intro` -> `attacks-intro` (the Fluent message id)."""
    return key.replace(".", "-")


def id_to_key(message_id: str) -> str:
    """`attacks-intro` -> `attacks.intro` (the key callers use)."""
    return message_id.replace("-", ".")


class _Language:
    """One parsed `<lang>.ftl`: its bundle, the source text and line of each message."""

    def __init__(self, path: Path, lang: str) -> None:
        self.path = path
        if not path.is_file():
            raise MissingTranslationError(f"{path}: the catalogue has no file for language {lang!r}")
        text = read_text(path)  # UTF-8 (a byte-order mark accepted), other encodings named
        resource = FluentParser(with_spans=True).parse(text)
        line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

        def line_of(offset: int) -> int:
            lo, hi = 0, len(line_starts)
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if line_starts[mid] <= offset:
                    lo = mid
                else:
                    hi = mid
            return lo + 1

        self.lines: dict[str, int] = {}
        self.sources: dict[str, str] = {}
        self.entries: dict[str, str] = {}  # key (or `-term`) -> its whole entry's source, attributes included
        self.refs: dict[str, set[str]] = {}  # key (or `-term`) -> the messages and terms it refers to
        self.plain: dict[str, str] = {}  # messages without variables or selectors: their text
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                note = entry.annotations[0].message if entry.annotations else "cannot parse"
                raise MissingTranslationError(f"{path.name}, line {line_of(entry.span.start)}: {note}")
            if isinstance(entry, ast.Term):
                self.entries["-" + entry.id.name] = text[entry.span.start:entry.span.end]
                self.refs["-" + entry.id.name] = _references(entry)
            if not isinstance(entry, ast.Message):
                continue
            self.entries[id_to_key(entry.id.name)] = text[entry.span.start:entry.span.end]
            self.refs[id_to_key(entry.id.name)] = _references(entry)
            key, line = id_to_key(entry.id.name), line_of(entry.span.start)
            if key in self.lines:
                raise MissingTranslationError(
                    f"{path.name}, line {line}: duplicate message {entry.id.name!r} (first at line {self.lines[key]})")
            self.lines[key] = line
            self.sources[key] = text[entry.value.span.start:entry.value.span.end].strip() if entry.value else ""
            if entry.value and all(isinstance(e, ast.TextElement) for e in entry.value.elements):
                self.plain[key] = "".join(e.value for e in entry.value.elements)
        self.lang, self.resource, self._bundle = lang, resource, None

    @property
    def bundle(self):
        """The fluent.runtime bundle, built on first need: a build that only reads plain
        messages (the index of a no-change build) never imports fluent.runtime and Babel."""
        if self._bundle is None:
            from .fmt import words

            lang = self.lang
            self._bundle = _bundle_class()([lang], use_isolating=False,
                                        functions={"WORDS": lambda n, gender="m", unit="", capital=0, **_: _capital(words(n, lang, str(gender), str(unit)), capital)})
            self._bundle.add_resource(self.resource)
        return self._bundle


def _references(entry) -> set[str]:
    """The messages (as keys) and terms (`-name`) an entry's pattern refers to."""
    found: set[str] = set()

    from fluent.syntax.visitor import Visitor as Base

    class Visitor(Base):
        def visit_MessageReference(self, node):  # noqa: N802 - fluent.syntax's names
            found.add(id_to_key(node.id.name))
            self.generic_visit(node)

        def visit_TermReference(self, node):  # noqa: N802
            found.add("-" + node.id.name)
            self.generic_visit(node)

    Visitor().visit(entry)
    return found


def _capital(text: str, capital) -> str:
    """`WORDS($n, capital: "yes")`: a count that opens a sentence or a title ("Three counts …")."""
    return text[:1].upper() + text[1:] if str(capital) == "yes" else text


def _bundle_class():
    """fluent.runtime's bundle, except that a `fmt.Count` argument reaches the message as it is
    (the stock bundle re-wraps every int, which would drop the count's qualified text)."""
    from fluent.runtime import FluentBundle
    from fluent.runtime.resolver import CurrentEnvironment, ResolverEnvironment
    from fluent.runtime.utils import native_to_fluent

    from .fmt import Count

    class Bundle(FluentBundle):
        def format_pattern(self, pattern, args=None):
            fluent_args = {k: v if isinstance(v, Count) else native_to_fluent(v) for k, v in (args or {}).items()}
            errors: list[Exception] = []
            env = ResolverEnvironment(context=self, current=CurrentEnvironment(args=fluent_args), errors=errors)
            try:
                result = pattern(env)
            except ValueError as exc:
                errors.append(exc)
                result = "{???}"
            return result, errors

    return Bundle


_CACHE: dict[tuple, dict[str, _Language]] = {}


def _folder(path: Path | None) -> Path:
    return Path(path) if path is not None else data_dir() / FOLDER_NAME


def _load(path: Path | None = None) -> dict[str, _Language]:
    """Both languages of the catalogue in `path`, re-read whenever a file's mtime or size changes."""
    folder = _folder(path)
    stamp = [str(folder)]
    for lang in LANGS:
        try:
            st = (folder / f"{lang}.ftl").stat()
            stamp.append((st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            stamp.append(None)
    key = tuple(stamp)
    cached = _CACHE.get(key)
    if cached is None:
        cached = {lang: _Language(folder / f"{lang}.ftl", lang) for lang in LANGS}
        for old in [k for k in _CACHE if k[0] == str(folder)]:
            del _CACHE[old]
        _CACHE[key] = cached
    return cached


def catalogue(path: Path | None = None) -> dict[str, dict[str, str]]:
    """The whole catalogue as {key: {"ar": source, "en": source}} (Fluent source text; "" if absent)."""
    langs = _load(path)
    keys = list(dict.fromkeys(k for lang in LANGS for k in langs[lang].sources))
    return {k: {lang: langs[lang].sources.get(k, "") for lang in LANGS} for k in keys}


def _argument(value: object, lang: str) -> object:
    from .fmt import Count, count

    if isinstance(value, (str, Count)):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Real):  # numpy numbers too: grouped, Western digits, selects plurals
        return count(value, lang)
    return str(value)


_listener = None  # a weak reference to the one object told of every key asked for (the notebook's Edition)


def listen(callback) -> None:
    """Tell `callback(key)` of every key `t` is asked for, until another listener takes its place.
    A bound method is held weakly: a notebook's edition, once its names are cleared, is forgotten."""
    import weakref

    global _listener
    _listener = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else (lambda: callback)


# Every key this process asked for since `take_heard`, in order: `key@lang` for a text (`t`),
# the bare key for a question about both languages (`has`).
_HEARD: dict[str, None] = {}


def take_heard() -> list[str]:
    """The keys asked for in this process since the last call (the build records a report's keys)."""
    keys = list(_HEARD)
    _HEARD.clear()
    return keys


def digest(keys: list[str] | None, path: Path | None = None) -> str:
    """A hash of the text of the messages `keys` name (`key@lang`: in that language; a bare key: in
    both), and of every message and term they refer to; a missing message counts as absent.
    `None`: the whole catalogue."""
    import hashlib

    langs = _load(path)
    if keys is None:
        keys = sorted({k for lang in LANGS for k in langs[lang].entries})
    seen: set[tuple[str, str]] = set()
    todo = [(key.partition("@")[0], lang) for key in keys
            for lang in ([key.partition("@")[2]] if "@" in key else LANGS)]
    while todo:
        key, lang = todo.pop()
        if (key, lang) not in seen:
            seen.add((key, lang))
            todo += [(ref, lang) for ref in (langs[lang].refs.get(key, ()) if lang in langs else ())]
    h = hashlib.sha256()
    for key, lang in sorted(seen):
        h.update(f"{key}\0{lang}\0".encode())
        h.update(langs[lang].entries.get(key, "\0absent").encode() if lang in langs else b"\0no such language")
        h.update(b"\0")
    return h.hexdigest()


def t(key: str, lang: str, /, path: Path | None = None, **values: object) -> str:
    """The text for `key` in `lang`, with `{ $name }` variables filled from `values`."""
    _HEARD[f"{key}@{lang}"] = None
    if _listener is not None and (callback := _listener()) is not None:
        callback(key)
    if lang not in LANGS:
        raise MissingTranslationError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    language = _load(path)[lang]
    name = language.path.name
    message_id = key_to_id(key)
    if key in language.plain:
        return language.plain[key]
    if key not in language.lines:
        other = _load(path)[_other(lang)]
        where = f" ({other.path.name}, line {other.lines[key]}, has it)" if key in other.lines else ""
        raise MissingTranslationError(f"{name}: no message {message_id!r} for key {key!r}{where}")
    if not language.sources.get(key):
        raise MissingTranslationError(f"{name}, line {language.lines.get(key, '?')}: message {message_id!r} has no text")
    args = {k: _argument(v, lang) for k, v in values.items()}
    message = language.bundle.get_message(message_id)
    text, errors = language.bundle.format_pattern(message.value, args)
    if errors:
        raise MissingTranslationError(
            f"{name}, line {language.lines.get(key, '?')}: message {message_id!r}: "
            + "; ".join(str(e) for e in errors))
    if not text:
        raise MissingTranslationError(f"{name}, line {language.lines.get(key, '?')}: message {message_id!r} is empty")
    return text


def has(key: str, path: Path | None = None) -> bool:
    """Whether the catalogue holds `key` (in either language)."""
    _HEARD[key] = None  # adding the message later changes what the caller shows
    langs = _load(path)
    return any(key in langs[lang].lines for lang in LANGS)


def in_text(key: str, lang: str, path: Path | None = None) -> str:
    """A name as it reads inside a sentence: `kind_in_text.code` when the catalogue has it (English
    'the United States', 'the Saudi Ministry of Foreign Affairs'), else the label `kind.code` itself."""
    kind, _, code = key.partition(".")
    prose = f"{kind}_in_text.{code}"
    return t(prose, lang, path) if has(prose, path) else t(key, lang, path)
