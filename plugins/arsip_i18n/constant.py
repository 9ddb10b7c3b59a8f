"""``{{ _("text") }}`` translated once, when the template is compiled.

Jinja's i18n extension looks each ``_()`` up when the page is rendered: three
context calls, a ``Markup`` and a ``%`` format per call, about 60 calls an article
page, some 15 times the cost of printing a variable. A call with one literal and
nothing else always gives the same text in an edition, so ``ConstantGettext`` puts
that text in the template instead. Calls with variables, filters or any other
expression are left to the i18n extension.

The text is exactly what the call printed: the edition's translation formatted with
no variables (``Markup(text) % {}``, printed as it is under autoescape, and
``text % {}`` without). Compiled code then depends on the language, so the shared
bytecode cache keys it by the language too (``bytecode_key``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from jinja2 import Environment
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream

# The Environment attribute (set with ``Environment.extend``) holding the edition's
# ``(language, gettext)``; without it templates are left alone.
GETTEXT_ATTRIBUTE = "arsip_constant_gettext"
# ``{{ _("...") }}``: the token types (and the name) that make a constant call.
_PATTERN = (
    ("variable_begin", None),
    ("name", "_"),
    ("lparen", None),
    ("string", None),
    ("rparen", None),
    ("variable_end", None),
)


def install(env: Environment, lang: str, gettext: Callable[[str], str]) -> None:
    """Translate ``env``'s constant ``_()`` calls with ``gettext`` (``lang``'s)."""
    if ConstantGettext.identifier not in env.extensions:
        env.add_extension(ConstantGettext)
    env.extend(**{GETTEXT_ATTRIBUTE: (lang, gettext)})


def bytecode_key(env: Environment) -> str:
    """What compiled code depends on beside the source: the folded language."""
    found = getattr(env, GETTEXT_ATTRIBUTE, None)
    return found[0] if found else ""


def constant_text(gettext: Callable[[str], str], text: str) -> str | None:
    """What ``{{ _(text) }}`` prints, or None when it needs the i18n extension (a
    ``%(name)s`` placeholder with no variable fails when rendered: leave it so)."""
    try:
        return gettext(text) % {}
    except (KeyError, TypeError, ValueError):
        return None


def _matches(token: Token, step: int) -> bool:
    kind, value = _PATTERN[step]
    return token.type == kind and (value is None or token.value == value)


class ConstantGettext(Extension):
    """Replaces ``{{ _("literal") }}`` by the translated literal (template data)."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        found = getattr(self.environment, GETTEXT_ATTRIBUTE, None)
        if found is None:
            yield from stream
            return
        gettext = found[1]
        held: list[Token] = []
        for token in stream:
            if _matches(token, len(held)):
                held.append(token)
                if len(held) < len(_PATTERN):
                    continue
                text = constant_text(gettext, held[3].value)
                if text is None:
                    yield from held
                else:
                    yield Token(held[0].lineno, "data", text)
                held = []
                continue
            yield from held
            held = []
            if _matches(token, 0):
                held.append(token)
            else:
                yield token
        yield from held
