#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks SRT Desk's licence files (the ctest licence_files).

  check-licence-files.py <source dir>

- LICENSE is the full text of the GNU GPL version 3 (byte for byte Debian's
  /usr/share/common-licenses/GPL-3 when that file exists);
- packaging/copyright is machine-readable (DEP-5, copyright-format 1.0): a header paragraph
  with its required fields, Files paragraphs with Copyright and License, a licence text for
  every licence they name, no unknown fields, and the project under GPL-3+ with a pointer to
  /usr/share/common-licenses/GPL-3;
- the AppStream metainfo says the same licence, GPL-3.0-or-later.
Prints every problem found and exits 1 when there is one.
"""
import pathlib
import re
import sys

FORMAT = "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
HEADER_FIELDS = {"Format", "Upstream-Name", "Upstream-Contact", "Source", "Disclaimer", "Comment", "License",
                 "Copyright", "Files-Excluded"}
FILES_FIELDS = {"Files", "Copyright", "License", "Comment"}
LICENSE_FIELDS = {"License", "Comment"}

problems = []


def problem(text):
    problems.append(text)


def paragraphs(text):
    """DEP-5 paragraphs as lists of (field, first line, continuation lines)."""
    result = []
    current = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            if current:
                result.append(current)
                current = []
            continue
        if line.startswith("#"):
            problem(f"copyright line {number}: comment lines are not allowed in DEP-5")
        elif line[0] in " \t":
            if not current:
                problem(f"copyright line {number}: continuation line without a field")
            else:
                current[-1][2].append(line)
        else:
            match = re.match(r"^([!-9;-~][!-9;-~]*):(.*)$", line)
            if not match:
                problem(f"copyright line {number}: not a 'Field: value' line: {line!r}")
                continue
            if any(field == match.group(1) for field, _, _ in current):
                problem(f"copyright line {number}: field {match.group(1)} repeated in one paragraph")
            current.append((match.group(1), match.group(2).strip(), []))
    if current:
        result.append(current)
    return result


def licence_names(expression):
    """The short names of a License: first line ("GPL-3+", "LGPL-3 or GPL-2", "X with Y exception")."""
    names = []
    for part in re.split(r"\s+(?:or|and)\s+|,\s*", expression):
        part = re.sub(r"\s+with\s+.*$", "", part.strip())
        if part:
            names.append(part)
    return names


def check_licence_file(source):
    licence = source / "LICENSE"
    if not licence.is_file():
        problem("LICENSE is missing")
        return
    text = licence.read_bytes()
    common = pathlib.Path("/usr/share/common-licenses/GPL-3")
    if common.is_file():
        if text != common.read_bytes():
            problem("LICENSE differs from /usr/share/common-licenses/GPL-3 (the GPL version 3 text)")
    for needle in (b"GNU GENERAL PUBLIC LICENSE", b"Version 3, 29 June 2007", b"END OF TERMS AND CONDITIONS"):
        if needle not in text:
            problem(f"LICENSE lacks {needle.decode()!r}: not the full GPL version 3")


def check_copyright(source):
    path = source / "packaging" / "copyright"
    if not path.is_file():
        problem("packaging/copyright is missing")
        return
    text = path.read_text(encoding="utf-8")
    if "\t" in text:
        problem("packaging/copyright contains tab characters")
    found = paragraphs(text)
    if not found:
        problem("packaging/copyright is empty")
        return
    header = {field: (value, more) for field, value, more in found[0]}
    if header.get("Format", ("", []))[0] != FORMAT:
        problem(f"the first paragraph's Format is not {FORMAT}")
    for field in ("Upstream-Name", "Upstream-Contact", "Source"):
        if not header.get(field, ("", []))[0]:
            problem(f"the header paragraph has no {field}")
    for field in header:
        if field not in HEADER_FIELDS:
            problem(f"unknown field {field} in the header paragraph")
    contact = " ".join([header.get("Upstream-Contact", ("", []))[0]] + header.get("Upstream-Contact", ("", []))[1])
    if re.search(r"\.example\b|\.invalid\b|@localhost\b", contact):
        problem(f"Upstream-Contact is a placeholder: {contact}")

    texts = {}
    used = {}
    files_paragraphs = 0
    for paragraph in found[1:]:
        fields = {field: (value, more) for field, value, more in paragraph}
        if "Files" in fields:
            files_paragraphs += 1
            for field in fields:
                if field not in FILES_FIELDS:
                    problem(f"unknown field {field} in the Files paragraph for {fields['Files'][0]}")
            for required in ("Copyright", "License"):
                if not fields.get(required, ("", []))[0]:
                    problem(f"the Files paragraph for {fields['Files'][0]} has no {required}")
            expression, body = fields.get("License", ("", []))
            if body:
                texts[expression] = body
            for name in licence_names(expression):
                used.setdefault(name, fields["Files"][0])
        elif "License" in fields:
            for field in fields:
                if field not in LICENSE_FIELDS:
                    problem(f"unknown field {field} in the stand-alone License paragraph {fields['License'][0]}")
            name, body = fields["License"]
            if not body:
                problem(f"the stand-alone License paragraph {name} has no text")
            if name in texts:
                problem(f"licence {name} has two texts")
            texts[name] = body
        else:
            problem(f"a paragraph with neither Files nor License: {[field for field, _, _ in paragraph]}")
    if files_paragraphs == 0:
        problem("packaging/copyright has no Files paragraph")
    for name, files in used.items():
        if name not in texts and not any(name in licence_names(expression) for expression in texts):
            problem(f"licence {name} (Files: {files}) has no text in packaging/copyright")
    for name in texts:
        if not any(name in licence_names(expression) or name == expression for expression in used) \
                and name not in used:
            problem(f"the stand-alone licence {name} is named by no Files paragraph")

    first = {field: (value, more) for field, value, more in found[1]} if len(found) > 1 else {}
    if first.get("Files", ("", []))[0] != "*" or first.get("License", ("", []))[0] != "GPL-3+":
        problem("the first Files paragraph is not 'Files: *' under 'License: GPL-3+'")
    gpl = " ".join(texts.get("GPL-3+", []))
    if "/usr/share/common-licenses/GPL-3" not in gpl:
        problem("the GPL-3+ text does not point to /usr/share/common-licenses/GPL-3")
    if "any later" not in gpl and "later version" not in gpl:
        problem("the GPL-3+ text does not grant 'any later version'")


def check_metainfo(source):
    metainfo = list((source / "packaging").glob("*.metainfo.xml.in"))
    if len(metainfo) != 1:
        problem(f"expected one packaging/*.metainfo.xml.in, found {len(metainfo)}")
        return
    if "<project_license>GPL-3.0-or-later</project_license>" not in metainfo[0].read_text(encoding="utf-8"):
        problem(f"{metainfo[0].name} does not say <project_license>GPL-3.0-or-later</project_license>")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source = pathlib.Path(sys.argv[1])
    check_licence_file(source)
    check_copyright(source)
    check_metainfo(source)
    for text in problems:
        print(f"FAIL: {text}")
    if problems:
        return 1
    print("licence files: LICENSE is the GPL version 3; packaging/copyright is DEP-5 with GPL-3+; metainfo agrees")
    return 0


if __name__ == "__main__":
    sys.exit(main())
