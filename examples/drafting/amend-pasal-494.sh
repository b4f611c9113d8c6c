#!/usr/bin/env bash
# The worked amendment of examples/drafting/README.md, made in a rule folder exported with
# `netral rules export DIR`: a hypothetical law raises the fine of Pasal 494 UU 7/2017 to at most
# kategori IV for acts from 1 July 2027. The change is one new dated row in consequences.yaml; the
# 2026 row now ends the day before. Usage: examples/drafting/amend-pasal-494.sh DIR
set -euo pipefail
file="$1/consequences.yaml"
python3 - "$file" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
start = text.index("  - id: pidana/uu-7-2017/pasal-494\n")
end = text.find("\n  - id: ", start + 1)
end = len(text) if end < 0 else end
entry = text[start:end]
old = """      - from: 2026-01-02
        sanction: {kind: CRIMINAL_PENALTY, fineCategory: III}
        basis: uu-1-2026/lampiran-1/angka-124
        laterFor: uu-1-2023/pasal-3/ayat-1
"""
new = old.replace("      - from: 2026-01-02\n", "      - from: 2026-01-02\n        to: 2027-06-30\n") + """      - from: 2027-07-01
        sanction: {kind: CRIMINAL_PENALTY, fineCategory: IV}
        basis: uu-1-2026/lampiran-1/angka-124
        laterFor: uu-1-2023/pasal-3/ayat-1
"""
if old not in entry:
    sys.exit("the 2026 row of Pasal 494 was not found, or is already amended, in " + path)
open(path, "w", encoding="utf-8").write(text[:start] + entry.replace(old, new) + text[end:])
PY
echo "amended Pasal 494 in $file"
