#!/usr/bin/env bash
# npm run smoke: installs the packed package into a fresh project, as a user would, and
# uses it from ESM, CommonJS, TypeScript (type-checked against the shipped .d.ts/.d.cts)
# and the `zone-policy` command. Needs a build first (npm run build); installing the
# package's dependencies needs the npm registry (or its cache).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
tsc="$repo/node_modules/.bin/tsc"

if [ ! -f dist/index.js ] || [ ! -f dist/cli/bin.js ]; then
  echo "smoke: dist/ is missing or incomplete; run npm run build first" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm pack --pack-destination "$tmp" --silent >/dev/null
tgz="$(ls "$tmp"/zone-policy-*.tgz)"
app="$tmp/app"
mkdir "$app"
cp scripts/smoke/* "$app/"
cd "$app"
printf '{ "name": "zone-policy-smoke", "version": "0.0.0", "private": true }\n' >package.json
npm install --no-audit --no-fund --loglevel=error "$tgz" >/dev/null
echo "smoke: installed $(basename "$tgz") into a fresh project"

node esm.mjs
node cjs.cjs
"$tsc" -p tsconfig.node.json
"$tsc" -p tsconfig.bundler.json
# zone-policy/cli's types speak of Node streams: its users have @types/node (the repo's).
mkdir -p node_modules/@types
ln -s "$repo/node_modules/@types/node" node_modules/@types/node
"$tsc" -p tsconfig.cli.json
echo "smoke: TypeScript type-checks against the installed types (nodenext .mts + .cts, bundler, zone-policy/cli)"

out="$(npx --no-install zone-policy list)"
echo "$out" | grep -q 'cn.gov-guarantee-fee.2019' || {
  echo "smoke: zone-policy list does not list cn.gov-guarantee-fee.2019:" >&2
  echo "$out" >&2
  exit 1
}
echo "smoke: npx zone-policy list lists $(echo "$out" | grep -cE '^[a-z]+\.[a-z0-9.-]+ ') policies"

set +e
npx --no-install zone-policy show no.such-policy >/dev/null 2>"$tmp/err"
code=$?
set -e
if [ "$code" -ne 2 ]; then
  echo "smoke: zone-policy show <unknown policy> exited $code, expected 2 (usage error)" >&2
  cat "$tmp/err" >&2
  exit 1
fi
echo "smoke: ok"
