#!/usr/bin/env bash
# Builds the JSON floor program and prints the command that runs it (for wbr-bench --floor).
# simdjson (Debian's libsimdjson-dev, installed here when run as root) is the floor; when it
# cannot be had, python's orjson is the fallback; with neither, nothing is printed.
set -u
cd "$(dirname "$0")/../.."
out=Benchmarks/.build/json-floor
if [ ! -f /usr/include/simdjson.h ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsimdjson-dev >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsimdjson-dev >/dev/null 2>&1; }
fi
if [ -f /usr/include/simdjson.h ]; then
  mkdir -p Benchmarks/.build
  if [ ! -x "$out" ] || [ Benchmarks/Floor/json-floor.cpp -nt "$out" ]; then
    g++ -O3 -std=c++17 -o "$out" Benchmarks/Floor/json-floor.cpp -lsimdjson >&2 || rm -f "$out"
  fi
  [ -x "$out" ] && { echo "$out"; exit 0; }
fi
if python3 -c "import orjson" 2>/dev/null; then
  echo "python3 Benchmarks/Floor/json-floor.py"
fi
