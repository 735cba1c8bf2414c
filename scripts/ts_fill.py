"""Fill the unfinished translations of a Qt .ts file from other .ts files.

After merging two branches that both added UI strings, resolve resources/i18n/mibu_en.ts
by taking one side, regenerating it from the merged code and filling the rest from the other:

    git show main:resources/i18n/mibu_en.ts > resources/i18n/mibu_en.ts
    .venv/bin/pyside6-lupdate -no-obsolete $(find app/ui -name '*.py') \
        -ts resources/i18n/mibu_en.ts
    git show BRANCH:resources/i18n/mibu_en.ts > /tmp/branch_en.ts
    .venv/bin/python scripts/ts_fill.py resources/i18n/mibu_en.ts /tmp/branch_en.ts

A message is matched by its context and source text (and plural form). Only
``type="unfinished"`` translations are filled; the file is edited in place, its layout kept.
Prints how many were filled and how many are still unfinished.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>[^<]*)</name>(?P<body>.*?)</context>", re.S)
SOURCE = re.compile(r"<source>(?P<text>[^<]*)</source>")
UNFINISHED = re.compile(r'<translation type="unfinished">(?:[^<]|<numerusform>[^<]*'
                        r"</numerusform>|\s)*</translation>|<translation type=\"unfinished\"/>")


def finished(path: Path) -> dict[tuple[str, str, bool], str]:
    """(context, escaped source, plural) -> the <translation> element, as written."""
    out: dict[tuple[str, str, bool], str] = {}
    text = path.read_text(encoding="utf-8")
    ET.fromstring(text)  # noqa: S314 - refuse a file that is not well-formed
    for ctx in CONTEXT.finditer(text):
        for m in MESSAGE.finditer(ctx["body"]):
            source = SOURCE.search(m["body"])
            translation = re.search(r"<translation(?: [^>]*)?>.*?</translation>", m["body"],
                                    re.S)
            if source is None or translation is None or "unfinished" in translation[0] or (
                    "obsolete" in translation[0] or "vanished" in translation[0]):
                continue
            out[(ctx["name"], source["text"], "numerus" in m["attrs"])] = translation[0]
    return out


def fill(target: Path, sources: list[Path]) -> tuple[int, int]:
    known: dict[tuple[str, str, bool], str] = {}
    for path in sources:
        for key, value in finished(path).items():
            known.setdefault(key, value)
    filled = 0

    def message(ctx_name: str, m: re.Match[str]) -> str:
        nonlocal filled
        source = SOURCE.search(m["body"])
        if source is None or not UNFINISHED.search(m["body"]):
            return m[0]
        value = known.get((ctx_name, source["text"], "numerus" in m["attrs"]))
        if value is None:
            return m[0]
        filled += 1
        return m[0].replace(UNFINISHED.search(m["body"])[0], value, 1)  # type: ignore[index]

    def context(c: re.Match[str]) -> str:
        body = MESSAGE.sub(lambda m: message(c["name"], m), c["body"])
        return c[0].replace(c["body"], body, 1)

    text = CONTEXT.sub(context, target.read_text(encoding="utf-8"))
    ET.fromstring(text)  # noqa: S314 - still well-formed
    target.write_text(text, encoding="utf-8")
    return filled, len(UNFINISHED.findall(text))


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__)
        return 2
    filled, left = fill(Path(argv[1]), [Path(a) for a in argv[2:]])
    print(f"filled {filled}, still unfinished {left}")
    return 0 if left == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
