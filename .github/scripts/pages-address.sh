#!/usr/bin/env bash
# Writes the site's GitHub Pages address to $GITHUB_OUTPUT, for the builds' SITE_URL:
#   base_url=https://owner.github.io/repo/      (a custom domain, if one is set in the Pages settings)
#   host=owner.github.io/repo                   (the same without scheme: pr-preview-action's pages-base-url)
# and, with a pull request number as $1, its preview's address:
#   preview_url=https://owner.github.io/repo/pr-preview/pr-N/
# Needs GH_TOKEN with `pages: read`. Before Pages is set up (the first deploy creates the
# gh-pages branch it is set up from), GitHub's default address for the repository is used.
set -euo pipefail

url="$(gh api "repos/${GITHUB_REPOSITORY}/pages" --jq .html_url 2>/dev/null || true)"
if [ -z "$url" ]; then
  owner="${GITHUB_REPOSITORY_OWNER,,}"
  name="${GITHUB_REPOSITORY#*/}"
  if [ "${name,,}" = "${owner}.github.io" ]; then
    url="https://${owner}.github.io/"
  else
    url="https://${owner}.github.io/${name}/"
  fi
fi
url="${url%/}/"
host="${url#*://}"
{
  echo "base_url=${url}"
  echo "host=${host%/}"
  if [ -n "${1:-}" ]; then
    echo "preview_url=${url}${UMBRELLA:-pr-preview}/pr-${1}/"
  fi
} >> "$GITHUB_OUTPUT"
