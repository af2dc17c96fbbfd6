#!/bin/sh
# Compiles the core bench of another commit (default: main) so `npm run bench -- core` can run its
# engine beside this one's on the same grids, in the same run:
#   BENCH_BASELINE=$(scripts/bench-baseline.sh main) BENCH_BASELINE_NAME=main npm run bench -- core
# Prints the directory to pass as BENCH_BASELINE. Only the core worker and what it imports are built.
set -eu
ref=${1:-main}
repo=$(cd "$(dirname "$0")/.." && pwd)
# Outside node_modules: tsc emits nothing of the sources it finds under a node_modules folder.
out="${TMPDIR:-/tmp}/baobiao-bench-baseline/$(printf %s "$ref" | tr -c 'A-Za-z0-9._-' _)"
rm -rf "$out"
mkdir -p "$out/tree"
git -C "$repo" archive "$ref" src tests/fakes bench scripts/samples assets tsconfig.json | tar -x -C "$out/tree"
ln -s "$repo/node_modules" "$out/tree/node_modules"
# And beside the tsconfig, where tsc looks for the @types the bench config names.
ln -s "$repo/node_modules" "$out/node_modules"
cat >"$out/tsconfig.json" <<JSON
{ "extends": "./tree/bench/tsconfig.json", "compilerOptions": { "outDir": "./js" }, "include": ["./tree/bench/core-worker.ts"] }
JSON
"$repo/node_modules/.bin/tsc" -p "$out/tsconfig.json" >&2
echo "$out/js"
