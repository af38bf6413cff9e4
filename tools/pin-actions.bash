#!/usr/bin/env bash
# Re-pins every action the workflows use to the commit its tag names now:
#   tools/pin-actions.bash                 # each action at the tag in its comment
#   tools/pin-actions.bash actions/checkout v5.2.0   # one action at a new tag
# Actions are pinned by commit because a tag can be moved: the jobs that use them hold cloud tokens or
# write access (docs/workflows.md). Review the diff (and the actions' changes) before committing.
set -euo pipefail
cd "$(dirname "$0")/.."

files=(.github/workflows/*.yaml .github/actions/*/action.yml)

commit_of() { # owner/repo tag -> the commit the tag names (an annotated tag peeled)
  local refs
  refs="$(git ls-remote "${PIN_ACTIONS_BASE:-https://github.com}/$1" "refs/tags/$2" "refs/tags/$2^{}")"
  { grep '\^{}$' <<<"$refs" || head -1 <<<"$refs"; } | head -1 | cut -f1
}

pin() { # owner/repo tag
  local sha
  sha="$(commit_of "$1" "$2")"
  [[ "$sha" =~ ^[0-9a-f]{40}$ ]] || { echo "no tag $2 in $1" >&2; exit 1; }
  sed -i -E "s|uses: $1@[0-9a-f]{40} # .*|uses: $1@$sha # $2|" "${files[@]}"
  echo "$1 $2 -> $sha"
}

if [ $# -eq 2 ]; then
  pin "$1" "$2"
  exit 0
fi
grep -hoE 'uses: [A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+@[0-9a-f]{40} # v[0-9.]+' "${files[@]}" | sort -u |
  while read -r _ action _ tag; do pin "${action%@*}" "$tag"; done
