#!/usr/bin/env bash
# Recompiles the devnet's Solidity sources with the solc version pinned in package.json.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent
node compile-contracts.js
