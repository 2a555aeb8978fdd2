"""Bytes to text by evidence: a BOM, the NUL pattern of UTF-16, then UTF-8, then cp1252.

A BOM names the encoding (UTF-32 is tested before UTF-16: its little-endian BOM starts with
UTF-16's). Without one, NUL bytes at every other position are UTF-16 with no BOM; other NULs
are a binary file. Text that is not valid UTF-8 is weighed: when most of its non-ASCII
characters are good UTF-8, the few bad bytes are replaced with U+FFFD and a warning gives
their offsets (decoding the whole of it as cp1252 would turn every accent into mojibake and
move the offsets); when most are not, it is cp1252 (which also covers latin-1), with a
warning. Nothing here raises on any input.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SHOWN_OFFSETS = 5  # bad byte offsets named in a warning; the rest are counted
_SNIFF = 4096  # bytes looked at for the NUL pattern of UTF-16 without a BOM
_ESCAPED = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Decoded:
    """The text of some bytes (``None`` when they are not text), how it was read, and a
    warning when it was not read cleanly or an error when it could not be read."""

    text: str | None
    encoding: str = "utf-8"
    warning: str | None = None
    error: str | None = None


def sniff(head: bytes) -> tuple[str | None, int]:
    """The encoding a file's first bytes show (from its BOM or its NUL pattern) and the
    length of its BOM; ``(None, 0)`` when they show none (UTF-8 or cp1252, weighed later)."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name, len(bom)
    sample = head[:_SNIFF]
    if len(sample) >= 16 and b"\x00" in sample:  # shorter: too little to tell from binary
        even, odd = sample[0::2], sample[1::2]
        # mostly ASCII text in UTF-16: one byte of each pair is NUL, the other (nearly) never
        if odd.count(0) > 0.4 * len(odd) and even.count(0) <= 0.02 * len(even):
            return "utf-16-le", 0
        if even.count(0) > 0.4 * len(even) and odd.count(0) <= 0.02 * len(odd):
            return "utf-16-be", 0
    return None, 0


def decode(data: bytes) -> Decoded:
    """The text of ``data``, read by evidence (see the module's docstring)."""
    encoding, skip = sniff(data)
    if encoding is not None and encoding != "utf-8":
        try:
            return Decoded(data[skip:].decode(encoding), encoding)
        except UnicodeDecodeError as exc:
            return Decoded(None, encoding, error=f"invalid {_label(encoding)}: {exc.reason}")
    if b"\x00" in data:
        return Decoded(None, error="binary file (NUL bytes), not text")
    return weigh(data[skip:])


def weigh(data: bytes) -> Decoded:
    """UTF-8, UTF-8 with a few bad bytes replaced, or cp1252: whichever the bytes support."""
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")  # each bad byte: one U+DC80-U+DCFF
    bad = len(_ESCAPED.findall(escaped))
    good = sum(1 for ch in escaped if ord(ch) > 127) - bad
    if good > bad:
        shown: list[str] = []
        for m in _ESCAPED.finditer(escaped):
            if len(shown) == SHOWN_OFFSETS:
                break
            shown.append(str(len(escaped[: m.start()].encode("utf-8", "surrogateescape"))))
        more = f" and {bad - SHOWN_OFFSETS} more" if bad > SHOWN_OFFSETS else ""
        return Decoded(_ESCAPED.sub("\ufffd", escaped), "utf-8",
                       f"{bad} byte(s) not UTF-8 (at byte {', '.join(shown)}{more}) "
                       "replaced with U+FFFD")
    try:
        return Decoded(data.decode("cp1252"), "cp1252",
                       "not UTF-8: read as cp1252 (Windows Western European)")
    except UnicodeDecodeError as exc:
        return Decoded(None, "cp1252", error=f"not UTF-8, UTF-16 or cp1252 text ({exc.reason} "
                       f"at byte {exc.start})")


def _label(encoding: str) -> str:
    return encoding.upper().replace("-LE", "").replace("-BE", "")
