#!/usr/bin/env bash
# Build the bot and stage exactly what App Service runs into <dir> (default .deploy):
# dist/src + dist/cards (the compiled bot and its card templates), package.json,
# package-lock.json, .webappignore and the production dependencies only. Your own node_modules
# is not touched. App Service starts it with infra/azure.bicep's appCommandLine, the command
# `npm start` runs after its build.
#   bash scripts/stage-webapp.sh [dir]
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-.deploy}
case "$dir" in
  "" | "/" | "." | "..") echo "error: refusing to stage into '$dir'" >&2; exit 2 ;;
esac

npm ci --no-audit --no-fund
npm run build

rm -rf "$dir"
mkdir -p "$dir/dist"
cp -R dist/src dist/cards "$dir/dist/"
cp package.json package-lock.json .webappignore "$dir/"
# Production dependencies only, exactly as locked; no install scripts run.
(cd "$dir" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund)
echo "Staged the bot in $dir ($(du -sh "$dir" | cut -f1))"
