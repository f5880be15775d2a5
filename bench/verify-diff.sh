#!/bin/sh
# The differential check of a change to the verifier: two builds' `verify --all-files` over the
# same folders, under each preset, must write the same JSON report to the byte (the report holds
# nothing that changes from run to run), the same messages and the same exit code.
#
#   bench/verify-diff.sh OLD_LAUNCHER NEW_LAUNCHER [FOLDER...]
#
# Copy the old build's launcher folder first (cp -r cli/target /tmp/nbexport-old) and pass its
# nbexport. Without folders, the ones of record: the shared corpus of real notebooks (../shared
# beside the clone, or $NBEXPORT_CORPUS, as the tests read it), the bench
# corpus stripped and as generated (bench/run or BENCHMARKS.md make them), ordinary text files of
# this machine (Python and its packages, C headers, Perl, locales, X11, vim, /usr/share/doc, /etc)
# and this project's sources at HEAD (an archive of them, so that a build's own target/ folders
# stay out). A folder that is missing is said and passed over. Reports and messages land in
# bench/work/verify-diff/; prints the files and findings compared (counted with jq), and exits 1
# on any difference.
set -u
[ $# -ge 2 ] || { echo "usage: $0 OLD_LAUNCHER NEW_LAUNCHER [FOLDER...]" >&2; exit 2; }
old=$1 new=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/bench/work/verify-diff"
rm -rf "$work" && mkdir -p "$work"
if [ $# -eq 0 ]; then
  mkdir -p "$work/sources"
  git -C "$root" archive HEAD | tar -x -C "$work/sources"
  # The tests' policy files, some broken on purpose, would make the whole run a usage error.
  find "$work/sources" -name .nbexport.yaml -delete
  set -- "${NBEXPORT_CORPUS:-$root/../shared/corpus/notebooks}" "$root/bench/work/stripped" "$root/bench/work/corpus" \
    /usr/lib/python3/dist-packages /usr/lib/python3.11 /usr/include /usr/share/perl /usr/share/i18n \
    /usr/share/X11 /usr/share/vim /usr/share/doc /etc "$work/sources"
fi
differences=0 files=0 findings=0 n=0
for folder in "$@"; do
  [ -d "$folder" ] || { echo "missing, passed over: $folder" >&2; continue; }
  n=$((n + 1))
  for preset in nbstripout export; do
    for side in old new; do
      if [ $side = old ]; then launcher=$old; else launcher=$new; fi
      "$launcher" verify -q --all-files --preset $preset --format json -o "$work/$n-$preset-$side.json" \
        "$folder" 2> "$work/$n-$preset-$side.err"
      echo "exit $?" >> "$work/$n-$preset-$side.err"
      # The report's own name is the one thing its messages may differ in.
      sed -i "s|$work/$n-$preset-$side.json|REPORT|" "$work/$n-$preset-$side.err"
    done
    counts=$(jq -r '"\(.summary.files) \(.findings | length)"' "$work/$n-$preset-old.json" 2>/dev/null)
    checked=${counts% *} found=${counts#* }
    files=$((files + ${checked:-0})) findings=$((findings + ${found:-0}))
    verdict=same
    if { [ -f "$work/$n-$preset-old.json" ] || [ -f "$work/$n-$preset-new.json" ]; } \
        && ! cmp -s "$work/$n-$preset-old.json" "$work/$n-$preset-new.json" \
        || ! cmp -s "$work/$n-$preset-old.err" "$work/$n-$preset-new.err"; then
      verdict=DIFFERENT differences=$((differences + 1))
    fi
    printf '%-9s %-10s %7s files %7s findings  %s\n' "$verdict" "$preset" "${checked:-0}" "${found:-0}" "$folder"
  done
done
echo "compared $files files and $findings findings (reports in $work): $differences differing"
[ $differences -eq 0 ]
