"""JSON in and out: a preconfigured cattrs converter and two functions.

Dates and times travel as ISO strings, enums as their values, tuples as lists; a meeting's
``items`` carry a ``"type"`` tag (``"intervention"`` or ``"note"``) so they come back as the
right class.

>>> from csto_un import Speaker, Role
>>> text = to_json(Speaker(label="The President:", title="The President", role=Role.PRESIDENT))
>>> from_json(text, Speaker).role
<Role.PRESIDENT: 'president'>
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter

from .errors import CstoUnError, LimitError, expect
from .model import Intervention, ProceduralNote
from .symbols import DocumentSymbol

__all__ = ["MAX_JSON_DEPTH", "converter", "from_json", "to_json"]

T = TypeVar("T")

_TAGS: dict[type[Any], str] = {Intervention: "intervention", ProceduralNote: "note"}
_CLASSES = {tag: cls for cls, tag in _TAGS.items()}


def _make_converter() -> cattrs.Converter:
    conv = make_converter(omit_if_default=False, forbid_extra_keys=True)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(dt.time, lambda t: t.isoformat())
    conv.register_structure_hook(dt.time, lambda v, _: dt.time.fromisoformat(v))
    conv.register_unstructure_hook(DocumentSymbol, str)
    conv.register_structure_hook(DocumentSymbol, lambda v, _: DocumentSymbol.parse(v))

    def unstructure_item(item: Intervention | ProceduralNote) -> dict[str, Any]:
        data: dict[str, Any] = {"type": _TAGS[type(item)]}
        data.update(conv.unstructure(item, type(item)))
        return data

    def structure_item(value: Any, _: Any) -> Intervention | ProceduralNote:
        if not isinstance(value, dict) or value.get("type") not in _CLASSES:
            raise ValueError(f"a meeting item needs a 'type' of {sorted(_CLASSES)}")
        fields = {k: v for k, v in value.items() if k != "type"}
        result: Intervention | ProceduralNote = conv.structure(fields, _CLASSES[value["type"]])
        return result

    conv.register_unstructure_hook(Intervention | ProceduralNote, unstructure_item)
    conv.register_structure_hook(Intervention | ProceduralNote, structure_item)
    return conv


converter: cattrs.Converter = _make_converter()
"""The converter that turns model objects into plain data and back (cattrs)."""


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialise a model object (or a tuple/list of them) to a JSON string.

    >>> from csto_un import Footnote
    >>> to_json(Footnote(marker="1", text="A/79/302-S/2024/600.", part="preamble", paragraph=0))
    '{"marker": "1", "text": "A/79/302-S/2024/600.", "part": "preamble", "paragraph": 0}'
    """
    return json.dumps(converter.unstructure(obj), ensure_ascii=False, indent=indent)


MAX_JSON_DEPTH = 64
"""The deepest nesting of lists and objects :func:`from_json` reads (a model object nests
about ten levels deep); deeper JSON is refused with a :class:`~csto_un.LimitError`
(``code="too-deep"``), as reading it would exhaust Python's recursion."""


def _too_deep() -> LimitError:
    return LimitError(
        f"the JSON nests lists and objects more than {MAX_JSON_DEPTH} levels deep",
        code="too-deep",
        source="<json>",
    )


def _depth(data: Any) -> int:
    """How deep lists and objects nest in ``data`` (without recursion: in linear time)."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, (list, dict)):
            deepest = max(deepest, level)
            if level > MAX_JSON_DEPTH:
                return level
            stack.extend(
                (item, level + 1) for item in (value.values() if isinstance(value, dict) else value)
            )
    return deepest


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read a model object of class ``cls`` back from :func:`to_json`'s output.

    Bad JSON or data of the wrong shape raise :class:`~csto_un.CstoUnError`.

    >>> from csto_un import Footnote
    >>> from_json('{"marker": "1", "text": "Resolution 60/288."}', Footnote)
    Footnote(marker='1', text='Resolution 60/288.', part=None, paragraph=None)
    """
    expect(text, (str, bytes, bytearray), "the JSON text")
    try:
        data = json.loads(text)
    except RecursionError:  # deeper than Python's own recursion allows
        raise _too_deep() from None
    except ValueError as exc:
        raise CstoUnError(f"not valid JSON: {exc}", source="<json>") from exc
    if _depth(data) > MAX_JSON_DEPTH:
        raise _too_deep()
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
        detail = (
            "; ".join(cattrs.transform_error(exc))
            if isinstance(exc, cattrs.BaseValidationError)
            else str(exc)
        )
        raise CstoUnError(
            f"JSON does not describe a {cls.__name__}: {detail}", source="<json>"
        ) from exc
