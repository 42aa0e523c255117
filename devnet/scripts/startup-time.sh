#!/usr/bin/env bash
# Measures how long `java -jar rollup-lab.jar` takes until the L1 JSON-RPC server answers
# eth_chainId: starts the jar, polls every 20 ms, prints the time, stops the jar.
# Usage: devnet/scripts/startup-time.sh [path/to/rollup-lab.jar] [rpc-port, default 28545]
set -euo pipefail
jar="${1:-web-ui/target/rollup-lab.jar}"
port="${2:-28545}"
body='{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}'
start=$(date +%s%N)
java -jar "$jar" --port 0 --rpc-port "$port" > /dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
until curl -s -m 1 -X POST -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$port" \
    | grep -q '"result":"0x7a69"'; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the jar exited before answering; run it by hand to see why" >&2
    exit 1
  fi
  sleep 0.02
done
end=$(date +%s%N)
echo "eth_chainId answered $(( (end - start) / 1000000 )) ms after java -jar"
