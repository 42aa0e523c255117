#!/usr/bin/env bash
# Recompiles Solidity sources with the solc version pinned in package.json / package-lock.json.
#
#   compile-contracts.sh                      both modules: devnet's and mini-rollup's contracts,
#                                             and mini-rollup's test-only contracts
#   compile-contracts.sh SOURCE_DIR OUT_DIR   one folder of sources into one folder of artifacts
#
# The artifacts are committed; a test (SolidityArtifactsTest in mini-rollup) fails when they differ
# from a fresh compile, so run this after every change to a .sol file and commit the result.
set -euo pipefail
scripts="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$scripts/../.." && pwd)"
(cd "$scripts" && npm ci --no-audit --no-fund --silent)
if [ "$#" -eq 2 ]; then
  node "$scripts/compile-contracts.js" "$1" "$2"
elif [ "$#" -eq 0 ]; then
  node "$scripts/compile-contracts.js" "$repo/devnet/src/main/solidity" "$repo/devnet/src/main/resources/contracts"
  node "$scripts/compile-contracts.js" "$repo/mini-rollup/contracts" "$repo/mini-rollup/src/main/resources/contracts"
  node "$scripts/compile-contracts.js" "$repo/mini-rollup/src/test/solidity" "$repo/mini-rollup/src/test/resources/contracts"
else
  echo "usage: $0 [SOURCE_DIR OUT_DIR]" >&2
  exit 2
fi
