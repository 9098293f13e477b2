#!/bin/sh
# Seeds both fuzz corpora with the fixture letters and the bad inputs.
# Usage: fuzz/seed.sh   (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
for target in analyze_text analyze_markdown; do
    mkdir -p "$here/corpus/$target"
    find "$root/fixtures/letters" "$root/fixtures/bad" -type f ! -name '*.json' 2>/dev/null |
        while read -r f; do cp "$f" "$here/corpus/$target/"; done
    echo "$target: $(ls "$here/corpus/$target" | wc -l) seeds"
done
