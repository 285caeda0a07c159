#!/usr/bin/env bash
# Build the Teams app package with `npm run package` (MicrosoftAppId and APP_* from the
# environment; .env is NOT read) and copy it to a fixed path for the Agents Toolkit.
#   bash scripts/build-app-package.sh <output zip>
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:?usage: build-app-package.sh <output zip>}
: "${MicrosoftAppId:?MicrosoftAppId (the managed identity client id, BOT_ID) must be set}"

# Empty values (an optional env/.env.dev entry left blank) mean "use the default".
for v in APP_PACKAGE_ID APP_DEVELOPER_NAME APP_WEBSITE_URL APP_PRIVACY_URL APP_TERMS_URL; do
  if [ -z "${!v:-}" ]; then unset "$v"; fi
done

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
npm run --silent package -- --no-dotenv --out-dir "$staging"
shopt -s nullglob
zips=("$staging"/*.zip)
if [ "${#zips[@]}" -ne 1 ]; then
  echo "error: expected one package in $staging, found ${#zips[@]}" >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
cp "${zips[0]}" "$out"
echo "Teams app package for the toolkit: $out"
