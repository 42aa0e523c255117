#!/usr/bin/env bash
# Reproduces devnet/src/main/resources/kzg/trusted_setup.txt: the EIP-4844 mainnet trusted setup
# (public KZG ceremony output: 4096 G1 Lagrange points, 65 G2 points, 4096 G1 monomial points).
# It is taken from the npm package c-kzg, which ships it as deps/c-kzg/trusted_setup.txt
# (c-kzg 2.x did not ship the file; 4.1.0 does). Prints the file's sha256, which
# KzgTrustedSetupTest pins: d39b9f2d047cc9dca2de58f264b6a09448ccd34db967881a6713eacacf0f26b7
set -euo pipefail

version="${1:-4.1.0}"
target="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/kzg/trusted_setup.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "c-kzg@${version}" >/dev/null
tar -xzf "c-kzg-${version}.tgz" package/deps/c-kzg/trusted_setup.txt
mkdir -p "$(dirname "$target")"
cp package/deps/c-kzg/trusted_setup.txt "$target"
sha256sum "$target"
