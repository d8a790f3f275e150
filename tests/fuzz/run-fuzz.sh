#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the parser's libFuzzer target with clang (ASan + UBSan) and fuzzes it for a bounded
# time, starting from the original API's sample bodies. Usage: run-fuzz.sh BUILD_DIR SECONDS
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?build dir}
seconds=${2:-45}
CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" > "$build/build.log" 2>&1 || { tail -n 40 "$build/build.log"; exit 1; }
corpus="$build/corpus"
mkdir -p "$corpus"
cp -n "$here"/corpus/* "$corpus"/ 2>/dev/null || true
# A crash leaves a reproducer in $build and fails the test.
"$build/fuzz_service_parser" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$build/" -print_final_stats=1 "$corpus" 2>&1 | tail -n 25
