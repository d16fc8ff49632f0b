#!/usr/bin/env bash
# npm run check:package: packs the package as `npm publish` would and lints the tarball.
#  - the tarball holds what the package promises (ESM + CJS builds, .d.ts + .d.cts, the
#    CLI, the JSON Schemas, README) and no sources or tests;
#  - publint --strict: package.json fields, exports and files agree with the tarball;
#  - attw --profile strict: the types resolve, in the right module format, under every
#    TypeScript resolution a consumer may use (node10, node16 from CJS, node16 from ESM,
#    bundler). "strict" is the profile for a package shipping both ESM and CJS; "node16"
#    would skip node10 and "esm-only" would skip CJS consumers.
# Needs a build first (npm run build).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
bin="$repo/node_modules/.bin"

if [ ! -f dist/index.js ] || [ ! -f dist/cli/bin.js ]; then
  echo "check:package: dist/ is missing or incomplete; run npm run build first" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm pack --pack-destination "$tmp" --silent >/dev/null
tgz="$(ls "$tmp"/zone-policy-*.tgz)"
echo "check:package: packed $(basename "$tgz") ($(du -k "$tgz" | cut -f1) KiB)"

tar -tzf "$tgz" | sed 's|^package/||' | sort >"$tmp/contents"
missing=0
for f in package.json README.md \
  dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts \
  dist/cli/index.js dist/cli/index.cjs dist/cli/index.d.ts dist/cli/index.d.cts \
  dist/cli/bin.js dist/cli/worker.js \
  schemas/enterprise.schema.json schemas/loan.schema.json schemas/lease.schema.json \
  schemas/guarantee.schema.json schemas/awardApplication.schema.json schemas/project.schema.json; do
  if ! grep -qxF "$f" "$tmp/contents"; then
    echo "check:package: the tarball lacks $f" >&2
    missing=1
  fi
done
if grep -E '^(src|test|scripts|node_modules)/' "$tmp/contents" >&2; then
  echo "check:package: the tarball ships sources or tests (see above)" >&2
  missing=1
fi
[ "$missing" -eq 0 ]
if ! head -n 1 dist/cli/bin.js | grep -qx '#!/usr/bin/env node'; then
  echo "check:package: dist/cli/bin.js lacks its #!/usr/bin/env node line" >&2
  exit 1
fi

"$bin/publint" --strict "$tgz"
"$bin/attw" --profile strict --format table-flipped "$tgz"
echo "check:package: ok"
