"""Everything the command line prints goes through here, so text from imported files (a mood name,
a vCard field, a file name) can't move the cursor, rewrite a line, change the terminal's colours or
turn text around: control characters and bidirectional overrides are shown as escapes."""

from __future__ import annotations

import re
import sys
from typing import TextIO

# C0 controls and DEL, C1 controls, the bidirectional embeddings, overrides and isolates, the
# directional marks, and the Unicode line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# What json.dumps leaves raw (it escapes C0 controls itself, and the rest is layout whitespace).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: object) -> str:
    """`text` as one line that is safe to show on a terminal."""
    return _UNSAFE.sub(_escape, str(text))


def say(*lines: object, file: TextIO | None = None) -> None:
    """Print each of `lines` as its own line, cleaned."""
    out = file if file is not None else sys.stdout
    for line in lines:
        print(clean(line), file=out)


def warn(line: object) -> None:
    say(line, file=sys.stderr)


def clean_json(text: str) -> str:
    """JSON text with the characters `clean` escapes written as \\uXXXX (json.dumps leaves C1
    controls and bidirectional overrides raw when ensure_ascii is off); the same JSON value."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
