#!/bin/bash
# Byte-for-byte check that two phongvan binaries give the same --json (and stderr, and
# exit code) for every article: data/, tests/fixtures/, ../shared/corpus/ (.txt, .html,
# .md, recursively) and any more directories given after the binaries.
#
#   cargo build --release && cp target/release/phongvan /tmp/pv-before   # before a change
#   tools/same-output.sh /tmp/pv-before target/release/phongvan [MORE_DIRS...]
#
# Run from the repository's root: both binaries see the same relative paths (the JSON's
# "source" field names them). Exit status 1 when any output differs.
set -u
before=$1 after=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0 diffs=0
while IFS= read -r f; do
  n=$((n + 1))
  "$before" --json "$f" >"$out/b" 2>"$out/be"; rb=$?
  "$after" --json "$f" >"$out/a" 2>"$out/ae"; ra=$?
  if [ "$rb" != "$ra" ] || ! cmp -s "$out/b" "$out/a" || ! cmp -s "$out/be" "$out/ae"; then
    diffs=$((diffs + 1))
    echo "differs: $f (exit $rb, $ra)"
  fi
done < <({
  find data tests/fixtures -type f
  find ../shared/corpus "$@" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.md' \) 2>/dev/null
} | sort)
echo "compared $n files, $diffs differing"
[ "$diffs" = 0 ]
