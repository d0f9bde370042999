#!/usr/bin/env bash
# Throughput of the notes' SHA-256 (Sources/WBRModel/Notes/SHA256.swift), release-optimised,
# on a file (default: 100 MB of random bytes), next to sha256sum on the same file.
# CPU time of the hashing thread, best of 5 (the machine is shared; wall time is not the cost).
# Usage: scripts/bench-sha256.sh [FILE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="${1:-$work/data.bin}"
[ -f "$file" ] || head -c 100000000 /dev/urandom >"$file"
cat >"$work/main.swift" <<'SWIFT'
import Foundation
func cpu() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
guard let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else { exit(66) }
let bytes = [UInt8](data)
var best = Double.infinity
var hex = ""
for _ in 0..<5 {
  let t0 = cpu()
  hex = SHA256.hex(of: bytes)
  best = min(best, cpu() - t0)
}
print(hex, String(format: "%.0f MB/s CPU (best of 5: %.3f s for %d bytes)",
  Double(bytes.count) / 1e6 / best, best, bytes.count))
SWIFT
swiftc -O "$root/Sources/WBRModel/Notes/SHA256.swift" "$work/main.swift" -o "$work/sha"
echo "wbr SHA256:  $("$work/sha" "$file")"
for _ in 1 2 3; do
  /usr/bin/time -f "sha256sum:   %U s user, %e s wall" sha256sum "$file" >/dev/null
done
