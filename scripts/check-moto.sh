#!/bin/sh
# Holds moto's Secrets Manager server against the model, reproducibly: starts
# `python3 -m moto.server` on 127.0.0.1:$MOTO_PORT, runs `secrets-manager-semantics
# check` with a fixed seed, and stops moto. The findings are discussed in
# docs/check-against-moto.md.
#
#   npm run check:moto                 # text report
#   npm run check:moto -- --json       # further options go to the check
#
# Environment: MOTO_PORT (default 4660), CHECK_SEED (default 20261205), CHECK_RUNS (default 1000).
set -eu
port="${MOTO_PORT:-4660}"
seed="${CHECK_SEED:-20261205}"
runs="${CHECK_RUNS:-1000}"
cd "$(dirname "$0")/.."

npm run --silent build
python3 -m moto.server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
moto=$!
trap 'kill "$moto" 2>/dev/null || true; wait "$moto" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM

# Wait until moto accepts connections (at most 30 s).
i=0
until python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1).close()" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge 150 ] || ! kill -0 "$moto" 2>/dev/null; then
    echo "moto did not start on 127.0.0.1:$port (is it installed? pip install 'moto[server]')" >&2
    exit 2
  fi
  sleep 0.2
done

status=0
AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}" \
  node dist/cli.js check --endpoint "http://127.0.0.1:$port" --seed "$seed" --runs "$runs" "$@" || status=$?
exit "$status"
