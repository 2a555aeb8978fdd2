"""Decoding by evidence: BOMs, UTF-16 without one, UTF-8 with a few bad bytes, cp1252."""

import codecs

import pytest

from quotes.io.decode import decode

TEXT = "« Nous verrons », a déclaré Jérôme Dupré. L’État paiera 5 €."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        # the UTF-32-LE BOM starts with the UTF-16-LE one: never read as UTF-16
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs at every other byte
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_a_bom_or_the_nul_pattern_names_the_encoding(data, encoding):
    read = decode(data)
    assert (read.text, read.encoding, read.warning, read.error) == (TEXT, encoding, None, None)


def test_utf8_with_a_few_bad_bytes_keeps_its_accents_and_says_where():
    good = TEXT.encode("utf-8")
    data = good[:10] + b"\xe9" + good[10:] + b" fin\xff."
    read = decode(data)
    assert read.encoding == "utf-8"
    assert read.text == TEXT[:9] + "\ufffd" + TEXT[9:] + " fin\ufffd."  # one for one
    assert read.warning == "2 byte(s) not UTF-8 (at byte 10, 77) replaced with U+FFFD"
    assert data[10] == 0xE9 and data[77] == 0xFF


def test_offsets_past_the_first_five_are_counted():
    data = ("é" * 20).encode() + b"\xff" * 7
    assert decode(data).warning == (
        "7 byte(s) not UTF-8 (at byte 40, 41, 42, 43, 44 and 2 more) replaced with U+FFFD")


def test_a_file_mostly_not_utf8_is_cp1252_with_a_warning():
    read = decode(TEXT.encode("cp1252"))
    assert (read.text, read.encoding) == (TEXT, "cp1252")
    assert read.warning == "not UTF-8: read as cp1252 (Windows Western European)"


def test_one_latin1_byte_in_ascii_text_is_latin1_not_a_replacement():
    read = decode(b"Le caf\xe9 est servi.")
    assert (read.text, read.encoding) == ("Le café est servi.", "cp1252")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (NUL bytes), not text"),
        (codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff", "invalid UTF-32: "),
        (b"\x81\x8d\x8f\x90", "not UTF-8, UTF-16 or cp1252 text"),
    ],
)
def test_what_cannot_be_text_is_an_error_never_an_exception(data, error):
    read = decode(data)
    assert read.text is None and read.error.startswith(error)
