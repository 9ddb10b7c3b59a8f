"""Fingerprints of what a page is made from. Pure: no Pelican import.

A page is rendered from a template and a context. Its fingerprint is a hash of

- the build's environment: the theme's files, the plugins' code and reference data,
  the library versions and the settings (``environment_fingerprint``);
- the template's name;
- the value of every variable its templates read (``template_variables``: the names
  Jinja finds undeclared in the template and in every template it extends, includes
  or imports).

Values are hashed by ``Digester``: plain data by value, Pelican's content objects by
their text and metadata, anything it cannot see into as "opaque", which makes the
page's fingerprint ``None``: such a page is always rendered.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import importlib.metadata
import types
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, meta, nodes

# Settings that change how a build runs, never what it writes.
RUN_ONLY_SETTINGS = frozenset(
    {
        "LOAD_CONTENT_CACHE",
        "CACHE_CONTENT",
        "CACHE_PATH",
        "GZIP_CACHE",
        "CHECK_MODIFIED_METHOD",
        "CONTENT_CACHING_LAYER",
        "DELETE_OUTPUT_DIRECTORY",
        "OUTPUT_RETENTION",
        "WRITE_SELECTED",
        "BIND",
        "PORT",
        "ARSIP_SEARCH_TIMEOUT",
        "ARSIP_SEARCH_PROCESSES",
        "ARSIP_READER_PROCESSES",
        "ARSIP_WRITER_PROCESSES",
        "ARSIP_INCREMENTAL",
    }
)
LIBRARIES = ("pelican", "jinja2", "markupsafe", "markdown-it-py", "pagefind", "folium")
# Attributes of content objects that are caches or back-references, not content.
_CONTENT_SKIP = frozenset({"settings", "_context"})
_CONTENT_PRIVATE = frozenset({"_content", "_summary"})
# The one module whose dataclasses are trees of plain values (records), hashed by
# their repr; every other dataclass is hashed field by field.
PLAIN_MODULE = "arsip_core.model"
_CODE_SUFFIXES = frozenset({".py", ".csv", ".yaml", ".yml", ".json", ".txt", ".md"})


class Opaque(Exception):
    """A value whose content the digester cannot see: the page is always rendered."""


_BLAKE = hashlib.blake2b(digest_size=16)
# Length prefixes of the commonest sizes (a digest is 16 bytes), made once.
_LENGTHS = [n.to_bytes(8, "little") for n in range(256)]


def _h(*parts: bytes) -> bytes:
    """blake2b of the parts, each after its length (8 bytes, little-endian): fed in
    one ``update``, the same digest as one ``update`` per piece, at half the cost."""
    pieces = []
    for part in parts:
        size = len(part)
        pieces.append(_LENGTHS[size] if size < 256 else size.to_bytes(8, "little"))
        pieces.append(part)
    digest = _BLAKE.copy()
    digest.update(b"".join(pieces))
    return digest.digest()


def files_fingerprint(folders: Iterable[Path], suffixes=None) -> str:
    """A hash of every file's path and bytes under ``folders`` (in name order)."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            if suffixes is not None and path.suffix not in suffixes:
                continue
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _plain(value: Any) -> bool:
    if value is None or isinstance(value, (str, bytes, bool, int, float)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


_NOT_PLAIN = object()


def _plain_part(value: Any) -> Any:
    """``value`` if plain; of a dict, its plain items (``JINJA_ENVIRONMENT`` holds
    arsip_i18n's bytecode cache beside ``trim_blocks``); else ``_NOT_PLAIN``."""
    if _plain(value):
        return value
    if isinstance(value, dict):
        parts = {k: _plain_part(v) for k, v in value.items() if isinstance(k, str)}
        return {k: v for k, v in parts.items() if v is not _NOT_PLAIN}
    return _NOT_PLAIN


def settings_fingerprint(settings: Mapping[str, Any]) -> str:
    """A hash of the settings that can change the output (plain values only: objects
    the plugins keep in the settings are per-build state, not settings)."""
    items = sorted(
        (key, repr(part))
        for key, value in settings.items()
        if key.isupper()
        and not key.startswith("_")
        and key not in RUN_ONLY_SETTINGS
        and (part := _plain_part(value)) is not _NOT_PLAIN
    )
    return hashlib.blake2b(repr(items).encode(), digest_size=16).hexdigest()


def environment_fingerprint(
    settings: Mapping[str, Any], theme: Path, code: Iterable[Path]
) -> str:
    """The build's environment: the theme's templates, code and data, libraries,
    settings."""
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    # The theme's static files are copied, never read by a template: not an input.
    folders = [
        p for p in sorted(Path(theme).iterdir()) if p.is_dir() and p.name != "static"
    ]
    parts = (
        files_fingerprint(folders),
        files_fingerprint(code, _CODE_SUFFIXES),
        ",".join(versions),
        settings_fingerprint(settings),
    )
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


# A path step: an attribute or key name, a tuple index, or one of these.
EVERY = "*"  # every element (a loop over it, or a subscript computed at render time)
DEFINED = "?"  # only whether it is defined (``is defined``)
LENGTH = "#"  # only its length (``|length``)
TRUTH = "!"  # only whether it is true (``{% if x %}``, ``x and y``)
KEYS = "keys"  # only which keys or items it has (``x in y``)
# Filters that take an object but read only some of its attributes.
FILTER_READS: dict[str, tuple[tuple, ...]] = {
    "term_feed_url": (("taxonomy",), ("slug",)),  # arsip_feeds
}
# Properties of Pelican's content whose value is not made from the object's own
# attributes and the settings: the text with its links to other pages resolved
# through the generators' context. A whole object's digest does not cover them.
_COVERED_NOT = frozenset({"content", "summary", "get_content", "get_summary"})
Path_ = tuple
Reads = dict[str, frozenset[tuple]]


def template_reads(env: Environment, name: str, parsed=None) -> Reads | None:
    """What the template ``name`` and the templates it pulls in read from their
    context: for each undeclared variable, the attribute paths read from it (``()``
    for the whole value). None when a template is chosen at render time.
    ``parsed`` (a dict) keeps each template's own reads between calls."""
    parsed = {} if parsed is None else parsed
    seen: set[str] = set()
    reads: dict[str, set[tuple]] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if current not in parsed:
            parsed[current] = _own_reads(env, current)
        own = parsed[current]
        if own is None:
            return None
        children, mine = own
        todo += children
        for variable, paths in mine.items():
            reads.setdefault(variable, set()).update(paths)
    return {k: frozenset(v) for k, v in reads.items()}


def _own_reads(env: Environment, name: str):
    """One template's included templates and reads, or None if it picks a template
    at render time."""
    source, _, _ = env.loader.get_source(env, name)
    tree = env.parse(source)
    children = list(meta.find_referenced_templates(tree))
    if None in children:
        return None
    mine: dict[str, set[tuple]] = {}
    _Reader(meta.find_undeclared_variables(tree), mine).visit(tree, {})
    return children, mine


def _chain(node) -> tuple[nodes.Node | None, list, list]:
    """``a.b[c].d`` -> (Name a, ["b", EVERY, "d"], [c]): the root, the steps and the
    subscripts computed at render time (to be read themselves)."""
    steps: list = []
    dynamic: list = []
    while isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Getattr):
            steps.append(node.attr)
        elif isinstance(node.arg, nodes.Const) and isinstance(
            node.arg.value, (str, int)
        ):
            steps.append(node.arg.value)
        else:
            key_root, key_steps, key_dynamic = _chain(node.arg)
            if isinstance(key_root, nodes.Name) and not key_dynamic:
                # A key read from the page's context: found when hashing.
                steps.append(("key", key_root.name, tuple(key_steps)))
            else:
                steps.append(EVERY)
            dynamic.append(node.arg)
        node = node.node
    steps.reverse()
    return node, steps, dynamic


class _Reader:
    """Walks a template's syntax tree and notes the paths it reads."""

    def __init__(self, free: set[str], reads: dict[str, set[tuple]]):
        self.free = free
        self.reads = reads

    def note(self, root: str, steps, aliases) -> None:
        if root in aliases:
            alias = aliases[root]
            if alias is None:
                return  # a loop variable over something already read whole
            base, prefix = alias
            self.reads.setdefault(base, set()).add((*prefix, *steps))
        elif root in self.free:
            self.reads.setdefault(root, set()).add(tuple(steps))

    def path(self, node, aliases, extra=()) -> bool:
        """Note ``node`` as a path if it is one; False if it is not."""
        root, steps, dynamic = _chain(node)
        if not isinstance(root, nodes.Name):
            return False
        for expression in dynamic:
            self.visit(expression, aliases)
        # A key read from a loop variable or a local is not in the context.
        steps = [
            EVERY
            if isinstance(step, tuple)
            and (step[1] in aliases or step[1] not in self.free)
            else step
            for step in steps
        ]
        self.note(root.name, [*steps, *extra], aliases)
        return True

    def truth(self, node, aliases) -> None:
        """``node`` is only tested for truth."""
        if isinstance(node, (nodes.And, nodes.Or)):
            self.truth(node.left, aliases)
            self.truth(node.right, aliases)
        elif isinstance(node, nodes.Not):
            self.truth(node.node, aliases)
        elif not (
            isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem))
            and self.path(node, aliases, (TRUTH,))
        ):
            self.visit(node, aliases)

    def visit(self, node, aliases) -> None:
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            if not self.path(node, aliases):
                root, _, dynamic = _chain(node)
                self.visit(root, aliases)
                for expression in dynamic:
                    self.visit(expression, aliases)
            return
        if isinstance(node, nodes.Name):
            if node.ctx == "load":
                self.note(node.name, [], aliases)
            return
        if isinstance(node, nodes.Test) and node.name in ("defined", "undefined"):
            if self.path(node.node, aliases, (DEFINED,)):
                return
        if isinstance(node, nodes.Filter) and node.name in ("length", "count"):
            if node.node is not None and not node.args and not node.kwargs:
                if self.path(node.node, aliases, (LENGTH,)):
                    return
        if isinstance(node, nodes.For):
            self._for(node, aliases)
            return
        if isinstance(node, (nodes.If, nodes.CondExpr)):
            self.truth(node.test, aliases)
            for field in ("body", "elif_", "else_", "expr1", "expr2"):
                value = getattr(node, field, None)
                for child in value if isinstance(value, list) else [value]:
                    if child is not None:
                        self.visit(child, aliases)
            return
        if isinstance(node, (nodes.And, nodes.Or, nodes.Not)):
            self.truth(node, aliases)
            return
        if (
            isinstance(node, nodes.Compare)
            and len(node.ops) == 1
            and node.ops[0].op in ("in", "notin")
            and isinstance(node.ops[0].expr, (nodes.Name, nodes.Getattr))
            and self.path(node.ops[0].expr, aliases, (KEYS,))
        ):
            self.visit(node.expr, aliases)
            return
        if isinstance(node, nodes.Filter) and node.name in FILTER_READS:
            if node.node is not None and not node.args and not node.kwargs:
                reads = FILTER_READS[node.name]
                if all(self.path(node.node, aliases, read) for read in reads):
                    return
        if isinstance(node, nodes.Include) and aliases:
            # An included template sees the loop variables: they are read whole.
            for alias in aliases.values():
                if alias is not None:
                    self.reads.setdefault(alias[0], set()).add(tuple(alias[1]))
        for child in node.iter_child_nodes():
            self.visit(child, aliases)

    def _for(self, node: nodes.For, aliases) -> None:
        inner = dict(aliases)
        root, steps, dynamic = _chain(node.iter)
        names = _targets(node.target)
        if isinstance(root, nodes.Name) and (
            root.name in self.free or aliases.get(root.name)
        ):
            for expression in dynamic:
                self.visit(expression, aliases)
            if root.name in aliases:
                base, prefix = aliases[root.name]
                steps = [*prefix, *steps]
            else:
                base = root.name
            # The loop's length (loop.last, else) and each element as it is used.
            self.reads.setdefault(base, set()).add((*steps, LENGTH))
            for name, index in names:
                inner[name] = (base, [*steps, EVERY, *index])
        else:
            self.visit(node.iter, aliases)
            for name, _index in names:
                inner[name] = None
        for child in (*node.body, *node.else_):
            self.visit(child, inner)
        if node.test is not None:
            self.visit(node.test, inner)


def _targets(target, index=()) -> list[tuple[str, list]]:
    """Loop targets with their place in each element: ``a, b`` -> a: [0], b: [1]."""
    if isinstance(target, nodes.Name):
        return [(target.name, list(index))]
    found = []
    for i, item in enumerate(getattr(target, "items", ())):
        found += _targets(item, (*index, i))
    return found


def _shallow(value: Any) -> list[bytes]:
    """An object met again inside itself: its own plain attributes (a term's name,
    slug and URL), not what it refers to, so a back-reference costs a few bytes."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in dataclasses.fields(value)]
    else:
        names = sorted(k for k in getattr(value, "__dict__", {}) if k[:1] != "_")
    parts = []
    for name in names:
        item = getattr(value, name, None)
        if item is None or isinstance(item, (bool, int, float, str)):
            parts += [name.encode(), repr(item).encode()]
    return parts


def _get(value: Any, name: Any) -> Any:
    """Jinja's ``value.name``: the attribute, else the item, else None."""
    missing = object()
    found = getattr(value, name, missing) if isinstance(name, str) else missing
    if found is missing:
        try:
            return value[name]
        except (KeyError, TypeError, IndexError):
            return None
    return found


# Kept by value in ``Digester._plain`` (exact types: a subclass may print otherwise).
_PLAIN_KINDS = frozenset({bool, int, bytes})
_DEFINED = _h(b"defined")
_TRUE = _h(b"true")
_FALSE = _h(b"false")


# How ``Digester._compute`` hashes a value, by its type (``_how``).
_SEQUENCE, _SET, _MAPPING, _ARRAY, _BUFFER = "seq", "set", "map", "array", "buffer"
_FUNCTION, _BUILTIN, _RECORD, _DATACLASS = "function", "builtin", "record", "dataclass"
_PELICAN, _OPAQUE = "pelican", "opaque"
_WRAPPER, _PAGINATOR = "wrapper", "paginator"
# A URL wrapper's attributes left out of its key: its settings (by identity) and
# the copies of its ``name`` and ``slug`` properties that ``as_dict`` leaves.
_WRAPPER_DERIVED = frozenset({"settings", "name", "slug"})


def _how(value: Any) -> str:
    """How a value of ``value``'s type is hashed: decided from its type, the first
    time one is met (the tests ``_compute`` made for each value, in their order)."""
    if isinstance(value, (list, tuple)):
        return _SEQUENCE
    if isinstance(value, (set, frozenset)):
        return _SET
    if isinstance(value, Mapping):
        return _MAPPING
    if hasattr(value, "dtype") and hasattr(value, "tobytes"):
        return _ARRAY
    if isinstance(value, (bytearray, memoryview)):
        return _BUFFER
    if isinstance(value, types.FunctionType):
        return _FUNCTION  # with a closure: opaque (``_compute``)
    if isinstance(value, types.BuiltinFunctionType):
        return _BUILTIN
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _RECORD if type(value).__module__ == PLAIN_MODULE else _DATACLASS
    module = type(value).__module__ or ""
    if module.startswith("pelican.") and hasattr(value, "__dict__"):
        return _PELICAN
    return _OPAQUE


_L16 = _LENGTHS[16]


def _frame(part: bytes) -> bytes:
    """``part`` after its length, as ``_h`` feeds it."""
    size = len(part)
    return (_LENGTHS[size] if size < 256 else size.to_bytes(8, "little")) + part


def _hash_digests(head: bytes, digests: list[bytes]) -> bytes:
    """``_h(head, *digests)`` for 16-byte digests: the same bytes, framed at once."""
    size = len(head)
    start = _LENGTHS[size] if size < 256 else size.to_bytes(8, "little")
    digest = _BLAKE.copy()
    if digests:
        digest.update(b"".join((start, head, _L16, _L16.join(digests))))
    else:
        digest.update(start + head)
    return digest.digest()


class Digester:
    """Hashes template values; each object once per build (kept by ``id``)."""

    def __init__(self, providers: Mapping[str, Callable[[Any, Mapping], Any]] = ()):
        # name -> f(value, context): what a callable template global contributes to
        # a page (its result for this page), for globals that read build state.
        self.providers = dict(providers)
        self._memo: dict[int, tuple[Any, bytes]] = {}
        self._paths: dict[tuple[int, tuple], tuple[Any, bytes]] = {}
        self._busy: set[int] = set()
        self._plans: dict[int, tuple[Any, list]] = {}
        self._strings: dict[str, bytes] = {}
        # Plain values by (type, value): the same None, flag, count or length is
        # met on most pages (floats excluded: 0.0 == -0.0 but their reprs differ).
        self._plain: dict[tuple, bytes] = {}
        # URL wrappers (category, author) by type, settings and attributes.
        self._wrappers: dict[tuple, tuple[Any, bytes]] = {}
        # How ``_compute`` hashes a value of each type (``_how``), found once.
        self._how: dict[type, object] = {}
        self._how_pelican: dict[type, object] = {}
        # Whether a path reads a key from the page (``path``), by path.
        self._per_page: dict[tuple, bool] = {}
        # Attribute names framed as ``_h`` frames a part (``_pelican``).
        self._framed: dict[str, bytes] = {}

    def remember(self, value: Any, digest: bytes) -> None:
        """Keep ``digest`` as ``value``'s (made by a forked copy of this digester,
        from the same object)."""
        self._memo[id(value)] = (value, digest)

    def known(self, value: Any) -> bool:
        """Whether ``value``'s digest is already kept."""
        cached = self._memo.get(id(value))
        return cached is not None and cached[0] is value

    def plan(self, reads: Reads) -> list:
        """``_plan(reads)``, made once per template's reads."""
        cached = self._plans.get(id(reads))
        if cached is None or cached[0] is not reads:
            cached = (reads, _plan(reads))
            self._plans[id(reads)] = cached
        return cached[1]

    def variable(self, name: str, value: Any, context: Mapping[str, Any]) -> bytes:
        """The digest of the template variable ``name`` on one page."""
        provider = self.providers.get(name)
        if provider is not None and callable(value):
            return _h(b"provided", name.encode(), self.value(provider(value, context)))
        if callable(value) and getattr(value, "__module__", "").startswith("jinja2"):
            return _h(b"jinja", name.encode())
        return self.value(value)

    def path(self, name: str, value: Any, path: tuple, context) -> bytes:
        """The digest of what a page reads at ``path`` inside variable ``name``."""
        if not path:
            return self.variable(name, value, context)
        key = (id(value), path)
        cached = self._paths.get(key)
        if cached is not None and cached[0] is value:
            return cached[1]
        per_page = self._per_page.get(path)
        if per_page is None:
            per_page = self._per_page[path] = any(isinstance(s, tuple) for s in path)
        if per_page:
            return self._walk(value, path, context)  # depends on the page: not kept
        digest = self._walk(value, path, context)
        self._paths[key] = (value, digest)
        return digest

    def _walk(self, value: Any, path: tuple, context=None) -> bytes:
        if not path:
            return self.value(value)
        step, rest = path[0], path[1:]
        if isinstance(step, tuple):  # ("key", variable, path): a key from the page
            _, root, steps = step
            key = context.get(root) if context is not None else None
            for attribute in steps:
                key = _get(key, attribute)
            try:
                found = value[key]
            except (KeyError, TypeError, IndexError):
                return _h(b"undefined key", repr(key).encode())
            return _h(b"key", repr(key).encode(), self._walk(found, rest, context))
        if step == DEFINED:
            return _DEFINED
        if step == TRUTH:
            return _TRUE if value else _FALSE
        if step == KEYS:
            if isinstance(value, Mapping):
                return _h(b"keys", *sorted(self.value(k) for k in value))
            return self.value(value)
        if step == LENGTH:
            try:
                size = len(value)
            except TypeError:
                return self.value(value)
            key = (LENGTH, size)
            digest = self._plain.get(key)
            if digest is None:
                digest = self._plain[key] = _h(b"len", str(size).encode())
            return digest
        if step == EVERY:
            if isinstance(value, Mapping):
                items = list(value.values())
            elif isinstance(value, (list, tuple, set, frozenset)):
                items = list(value)
            else:
                return self.value(value)
            if rest:
                walk = self._walk
                digests = [walk(v, rest, context) for v in items]
            else:  # each item whole, the commonest (``articles.*``)
                known, deep = self._known, self._deep
                digests = []
                for v in items:
                    digest = known(v)
                    digests.append(digest if digest is not None else deep(v))
            if isinstance(value, (set, frozenset)):
                digests.sort()
            return _hash_digests(b"every", digests)
        if isinstance(step, int):
            try:
                return self._walk(value[step], rest, context)
            except (IndexError, KeyError, TypeError):
                return _h(b"undefined")
        missing = object()
        found = getattr(value, step, missing)
        if found is missing:
            try:
                found = value[step]
            except (KeyError, TypeError, IndexError):
                return _h(b"undefined", step.encode())
        if callable(found) and not isinstance(found, type):
            return self.value(value)  # a method: what it returns depends on its object
        # The step's name is in the path's label (``_plan``), hashed with the page.
        return self._walk(found, rest, context)

    def value(self, value: Any) -> bytes:
        digest = self._known(value)
        if digest is None:
            digest = self._deep(value)
        return digest

    def _known(self, value: Any) -> bytes | None:
        """``value``'s digest when it needs no walk into its parts: a plain value,
        an object already hashed, or one met again inside itself; else None."""
        kind = type(value)
        if kind is str:  # the commonest: names, URLs, labels met on many pages
            digest = self._strings.get(value)
            if digest is None:
                digest = self._strings[value] = _h(b"str", repr(value).encode())
            return digest
        # Next the objects already hashed (a page's articles): only objects made of
        # parts are kept, each kept alive with its digest, so an id found is its own.
        cached = self._memo.get(id(value))
        if cached is not None and cached[0] is value:
            return cached[1]
        if value is None or kind in _PLAIN_KINDS:
            key = (kind, value)
            digest = self._plain.get(key)
            if digest is None:
                digest = self._plain[key] = _h(
                    kind.__name__.encode(), repr(value).encode()
                )
            return digest
        if isinstance(value, (bool, int, float, str, bytes)):
            return _h(kind.__name__.encode(), repr(value).encode())
        if isinstance(value, (datetime.date, datetime.time, datetime.tzinfo)):
            return _h(b"date", repr(value).encode(), str(value).encode())
        if id(value) in self._busy:  # a cycle (related terms name each other)
            return _h(b"cycle", type(value).__qualname__.encode(), *_shallow(value))
        return None

    def _deep(self, value: Any) -> bytes:
        """The digest of an object made of parts, walked without recursion.

        ``_compute`` is a generator: it yields each part whose digest is not
        ``_known`` and is sent that digest back. Chains of objects are as deep as
        the data (a term lists related terms, which list theirs: one chain through
        every term of a small site), deeper than Python's call stack may go. The
        order of the walk, and so every digest, is the recursive walk's."""
        busy, memo = self._busy, self._memo
        stack: list[tuple[int, Any, Any]] = []
        key, current = id(value), value
        busy.add(key)
        walk = self._compute(value)
        sent = None
        try:
            while True:
                try:
                    part = walk.send(sent)
                except StopIteration as done:
                    digest = done.value
                    busy.discard(key)
                    memo[key] = (current, digest)
                    if not stack:
                        return digest
                    key, current, walk = stack.pop()
                    sent = digest
                    continue
                # A part ``_compute`` found not ``_known``: walked in turn.
                stack.append((key, current, walk))
                key, current = id(part), part
                busy.add(key)
                walk = self._compute(part)
                sent = None
        except BaseException:
            busy.discard(key)
            for key, _current, _walk in stack:
                busy.discard(key)
            raise

    def _compute(self, value: Any):
        """A generator: yields the parts to hash whose digests are not ``_known``,
        receives each digest, returns ``value``'s digest.

        Every digest is 16 bytes, so a value's parts are framed here as ``_h``
        frames them (each after its 8-byte length), in one ``join``: the same
        bytes hashed, the same digest, without a call per part. Strings, the
        commonest part, are looked up in place."""
        kind_type = type(value)
        how = self._how.get(kind_type)
        if how is None:
            how = self._how[kind_type] = _how(value)
        kind = kind_type.__qualname__.encode()
        if how is _SEQUENCE or how is _SET:
            known, strings = self._known, self._strings
            digests = []
            append = digests.append
            for v in value:
                digest = strings.get(v) if type(v) is str else None
                if digest is None:
                    digest = known(v)
                    if digest is None:
                        digest = yield v
                append(digest)
            if how is _SET:
                digests.sort()
            return _hash_digests(kind, digests)
        if how is _MAPPING:
            known, strings = self._known, self._strings
            items = []
            for k, v in value.items():
                digest_k = strings.get(k) if type(k) is str else None
                if digest_k is None:
                    digest_k = known(k)
                    if digest_k is None:
                        digest_k = yield k
                digest_v = strings.get(v) if type(v) is str else None
                if digest_v is None:
                    digest_v = known(v)
                    if digest_v is None:
                        digest_v = yield v
                items.append((digest_k, digest_v))
            items.sort()
            return _hash_digests(kind, [part for item in items for part in item])
        if how is _ARRAY:  # a numpy array
            return _h(kind, str(value.dtype).encode(), value.tobytes())
        if how is _BUFFER:
            return _h(kind, bytes(value))
        if how is _FUNCTION and value.__closure__ is None:
            # Code, whose source is in the environment's fingerprint.
            return _h(
                b"function", value.__module__.encode(), value.__qualname__.encode()
            )
        if how is _BUILTIN:
            return _h(b"builtin", value.__qualname__.encode())
        if how is _RECORD:
            # A record: a tree of plain values, its repr made in one go and as
            # long as the record.
            return _h(kind, repr(value).encode())
        if how is _DATACLASS:
            # Any other dataclass may share or cycle (a term lists related terms,
            # which list it): its fields one by one, each object hashed once. Its
            # repr would repeat every shared object on every path to it.
            known = self._known
            parts = [kind]
            for f in dataclasses.fields(value):
                item = getattr(value, f.name)
                digest = known(item)
                if digest is None:
                    digest = yield item
                parts += [f.name.encode(), digest]
            return _h(*parts)
        if how is _PELICAN:
            return (yield from self._pelican(kind, value))
        raise Opaque(kind_type.__qualname__)

    def _pelican(self, kind: bytes, value: Any):
        """Pelican's content, URL wrappers (category, tag) and paginators (a
        generator, as ``_compute``)."""
        known = self._known
        attributes = vars(value)
        how = self._how_pelican.get(type(value))
        if how is None:
            # Decided once per type: ``url`` is a property that formats the URL.
            if (
                hasattr(value, "_name")
                and hasattr(value, "slug")
                and hasattr(value, "url")
            ):
                how = _WRAPPER
            else:
                how = _PAGINATOR if kind == b"Paginator" else _PELICAN
            self._how_pelican[type(value)] = how
        if how is _WRAPPER:
            # A category, tag or author (URLWrapper): its name and where it lives.
            # Pelican makes one per article; its name, slug and URL come from its
            # own attributes and the settings, so equal ones are hashed once.
            # ``slug`` keeps what it makes in ``_slug``, part of the key below: made
            # first, so that equal wrappers have equal keys from the first one on.
            # ``url`` copies ``name`` and ``slug`` into the attributes (``as_dict``):
            # left out of the key, as they follow from ``_name`` and ``_slug``.
            getattr(value, "slug", None)
            settings = attributes.get("settings")
            try:
                key = (
                    type(value),
                    id(settings),
                    tuple(
                        sorted(
                            (k, type(v), v)
                            for k, v in attributes.items()
                            if k not in _WRAPPER_DERIVED
                        )
                    ),
                )
                cached = self._wrappers.get(key)
            except TypeError:  # an unhashable attribute: not kept
                key, cached = None, None
            if cached is not None and cached[0] is settings:
                return cached[1]
            parts = [kind]
            for k in (str(value), value.slug, value.url, getattr(value, "save_as", "")):
                digest = known(k)
                parts.append(digest if digest is not None else (yield k))
            digest = _h(*parts)
            if key is not None:
                self._wrappers[key] = (settings, digest)
            return digest
        if how is _PAGINATOR:
            # Templates read only the page count from the paginator itself; each
            # page's articles are in the Page, hashed in full.
            parts = [kind]
            for k in ("name", "url", "per_page", "orphans", "num_pages"):
                item = attributes.get(k)
                digest = known(item)
                parts.append(digest if digest is not None else (yield item))
            parts.append(known(len(attributes.get("object_list", ()))))
            return _h(*parts)
        # Each attribute as ``_h`` frames it: its name (framed once per name, with
        # the length of the digest after it) and its value's digest.
        strings, framed = self._strings, self._framed
        pieces = []
        for key in sorted(attributes):
            if key in _CONTENT_SKIP or (key[:1] == "_" and key not in _CONTENT_PRIVATE):
                continue
            item = attributes[key]
            digest = strings.get(item) if type(item) is str else None
            if digest is None:
                digest = known(item)
                if digest is None:
                    digest = yield item
            name = framed.get(key)
            if name is None:
                name = framed[key] = _frame(key.encode()) + _L16
            pieces += (name, digest)
        hashed = _BLAKE.copy()
        hashed.update(_frame(kind) + b"".join(pieces))
        return hashed.digest()


def page_fingerprint(
    digester: Digester,
    environment: str,
    template: str,
    reads: Reads | None,
    context: Mapping[str, Any],
    globals_: Mapping[str, Any],
) -> str | None:
    """The fingerprint of one page, or None when it must be rendered regardless.

    Every part is a 16-byte digest: the environment and template, then for each
    variable of the plan a marker (undefined, some paths, every path) and its paths'
    digests. The plan fixes each path's place, so the parts are hashed once, joined.
    """
    if reads is None:
        return None
    parts = [_h(environment.encode(), template.encode())]
    path = digester.path
    try:
        for name, paths, markers in digester.plan(reads):
            if name in context:
                value = context[name]
            elif name in globals_:
                value = globals_[name]
            else:
                parts.append(markers[0])
                continue
            # A global's paths, each (provided values vary); else those not covered.
            chosen = 2 if callable(value) else 1
            parts.append(markers[chosen])
            for read in paths[chosen - 1]:
                parts.append(path(name, value, read, context))
    except Opaque:
        return None
    return hashlib.blake2b(b"".join(parts), digest_size=16).hexdigest()


def _plan(reads: Reads) -> list[tuple[str, tuple[list, list], tuple]]:
    """``reads`` in the order a fingerprint hashes them, with the markers of a
    variable undefined, read by some paths, read by every path (each marker a digest
    of the variable's name and of the paths it stands for).

    A variable read whole (path ``()``) covers every path inside it: its digest is
    made from the same attributes and items. Those paths are not hashed again, except
    a path through a property that reads more than its object (``_COVERED_NOT``).
    Callables (template globals, whose provided value depends on the page) keep
    every path."""
    plan = []
    for name in sorted(reads):
        every = sorted(reads[name], key=repr)
        if () in every:
            some = [
                path
                for path in every
                if path == () or any(step in _COVERED_NOT for step in path)
            ]
        else:
            some = every
        key = name.encode()
        markers = (
            _h(b"undefined", key),
            _h(b"some", key, repr(some).encode()),
            _h(b"every", key, repr(every).encode()),
        )
        plan.append((name, (some, every), markers))
    return plan


def feed_fingerprint(
    digester: Digester,
    environment: str,
    entries,
    context: Mapping[str, Any],
    arguments: list,
) -> str | None:
    """The fingerprint of a feed: its entries, where and how it is written. A feed
    without entries is dated with the archive's newest article (arsip_feeds)."""
    parts = [environment.encode(), b"feed", repr(arguments).encode()]
    try:
        parts += [digester.value(entry) for entry in entries]
        if not entries:
            dates = [a.date for a in context.get("articles") or () if a.date]
            parts.append(repr(max(dates, default=None)).encode())
    except Opaque:
        return None
    return _h(*parts).hex()
