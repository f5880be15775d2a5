#!/usr/bin/env bash
# Times git's clean filter on a fresh repository: `git add` of N generated notebooks with outputs,
# then `git status`, with
#   process   nbexport's long-running filter process (filter.<driver>.process, one JVM per git command)
#   one-shot  nbexport's one-shot clean command     (filter.<driver>.clean, one JVM per file)
#   nbconvert jupyter nbconvert --clear-output      (one Python per file; only if jupyter is installed)
# and prints the median of each and its ratio to the process filter. Uses hyperfine when present.
#
#   bench/git-filter.sh                          500 notebooks; build first: ./mvnw -q -DskipTests package
#   N=100 RUNS=3 SLOW_RUNS=1 bench/git-filter.sh
#
# Everything is generated under bench/work/git-filter (ignored by git), with a private HOME and
# git configuration: nothing of the machine's is read or changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-500}
RUNS=${RUNS:-5}
SLOW_RUNS=${SLOW_RUNS:-2}
launcher=${NBEXPORT:-$root/cli/target/nbexport}
work=$root/bench/work/git-filter
[ -x "$launcher" ] || { echo "no launcher at $launcher: run ./mvnw -q -DskipTests package first" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work/home" "$work/notebooks"
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/gitconfig"
printf '[user]\n\tname = Bench\n\temail = bench@example.org\n' > "$GIT_CONFIG_GLOBAL"

# N notebooks of a dozen cells each, with stream, rich and image outputs, counts and metadata.
python3 - "$work/notebooks" "$N" <<'PY'
import base64, json, os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
png = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(3000))).decode()
for i in range(n):
    cells = [{"cell_type": "markdown", "id": "m0", "metadata": {}, "source": [f"# Notebook {i}\n", "Some text."]}]
    for c in range(12):
        cells.append({
            "cell_type": "code", "execution_count": c + 1, "id": f"c{c}",
            "metadata": {"scrolled": True, "ExecuteTime": {"start": "2024-01-01T00:00:00"}},
            "outputs": [
                {"name": "stdout", "output_type": "stream", "text": [f"row {r}: {rng.random()}\n" for r in range(20)]},
                {"data": {"text/plain": [f"{rng.random()}"], "image/png": png if c % 4 == 0 else ""},
                 "execution_count": c + 1, "metadata": {}, "output_type": "execute_result"},
            ],
            "source": [f"x_{c} = compute({i}, {c})\n", f"x_{c}"],
        })
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    with open(os.path.join(out, f"nb{i:04d}.ipynb"), "w") as f:
        json.dump(nb, f, indent=1)
PY
echo "$N notebooks, $(du -sh "$work/notebooks" | cut -f1) in all"

# prepare.sh VARIANT: a fresh repository with the notebooks and that variant's filter.
cat > "$work/prepare.sh" <<PREP
#!/usr/bin/env bash
set -euo pipefail
rm -rf "$work/repo" && git init -q "$work/repo" && cd "$work/repo"
cp "$work"/notebooks/*.ipynb .
echo '*.ipynb filter=bench' > .git/info/attributes
git config filter.bench.required true
case "\$1" in
  process) git config filter.bench.process "$launcher git filter-process" ;;
  one-shot) git config filter.bench.clean "$launcher strip" ;;
  nbconvert) git config filter.bench.clean "jupyter nbconvert --clear-output --stdout --to notebook --stdin --log-level=ERROR" ;;
esac
PREP
chmod +x "$work/prepare.sh"
command="cd '$work/repo' && git add -A && git status --porcelain > /dev/null"

variants=(process one-shot)
if command -v jupyter > /dev/null && jupyter nbconvert --version > /dev/null 2>&1; then
  variants+=(nbconvert)
else
  echo "jupyter nbconvert not installed: skipped (apt-get install -y jupyter-nbconvert)"
fi

# Sanity, on one notebook: each variant strips, and process and one-shot give the same blob.
for variant in "${variants[@]}"; do
  "$work/prepare.sh" "$variant"
  (cd "$work/repo" && git add nb0000.ipynb && git show :nb0000.ipynb > "$work/$variant.blob")
  grep -q '"outputs": \[\]' "$work/$variant.blob" || { echo "$variant did not strip" >&2; exit 1; }
done
cmp -s "$work/process.blob" "$work/one-shot.blob" || { echo "process and one-shot filters differ" >&2; exit 1; }

declare -A median
for variant in "${variants[@]}"; do
  runs=$RUNS
  [ "$variant" = process ] || runs=$SLOW_RUNS
  if command -v hyperfine > /dev/null; then
    hyperfine --style basic --runs "$runs" --prepare "'$work/prepare.sh' $variant" \
      --export-json "$work/$variant.json" -n "$variant" "$command" >&2
    median[$variant]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/$variant.json")
  else
    times=()
    for _ in $(seq "$runs"); do
      "$work/prepare.sh" "$variant"
      start=$(date +%s.%N); bash -c "$command"; end=$(date +%s.%N)
      times+=("$(python3 -c "print($end - $start)")")
    done
    median[$variant]=$(python3 -c 'import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))' "${times[@]}")
  fi
done

echo
echo "git add + git status of $N notebooks (median; $(nproc) cores, $(git --version))"
for variant in "${variants[@]}"; do
  python3 -c 'import sys; m, base, n = float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]);
print(f"  {sys.argv[1]:<10} {m:8.2f} s  {1000 * m / n:7.1f} ms/notebook  {m / base:6.1f}x the process filter")' \
    "$variant" "${median[$variant]}" "${median[process]}" "$N"
done
