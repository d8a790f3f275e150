#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/icons/srtdesk.svg into the hicolor PNG sizes that the package installs
# (resources/icons/hicolor/<N>x<N>/apps/srtdesk.png). Run it after changing the SVG and commit
# the PNGs: building the package then needs no SVG renderer. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/srtdesk.svg
for n in 16 22 24 32 48 64 128 256; do
  out=resources/icons/hicolor/${n}x${n}/apps/srtdesk.png
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$n" --height "$n" --format png --output "$out" "$svg"
  echo "$out"
done
