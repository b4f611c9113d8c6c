#!/usr/bin/env bash
# The worked amendment of examples/drafting/README.md: raise Pasal 494 UU 7/2017 to kurungan of
# at most 24 months and a fine of at most Rp24,000,000 in a rule folder exported with
# `netral rules export DIR`. Usage: examples/drafting/amend-pasal-494.sh DIR
set -euo pipefail
file="$1/provisions/uu-7-2017.yaml"
python3 - "$file" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
start = text.index("  - id: uu-7-2017/pasal-494\n")
end = text.find("\n  - id: ", start + 1)
end = len(text) if end < 0 else end
entry = text[start:end]
amended = entry.replace("maxCustodyMonths: 12", "maxCustodyMonths: 24").replace("maxFine: 12000000", "maxFine: 24000000")
if amended == entry:
    sys.exit("Pasal 494 entry not found or already amended in " + path)
open(path, "w", encoding="utf-8").write(text[:start] + amended + text[end:])
PY
echo "amended Pasal 494 in $file"
