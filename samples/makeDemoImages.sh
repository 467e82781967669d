#!/usr/bin/env bash
# Regenerates the demo's image items from samples/demo.mp4:
#   samples/street-frames/frame-<n>.jpg  an image set: four frames of the demo video, 640x360 JPEG
#   samples/street-still.png             a single image: one frame of the demo video, 640x360 PNG
# The frames keep the video's burned-in frame counter, so a test can tell which image is shown.
# Needs ffmpeg. Rerun only when the images must change, and commit them together.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VIDEO="$ROOT/samples/demo.mp4"
SET_DIR="$ROOT/samples/street-frames"
STILL="$ROOT/samples/street-still.png"
SET_FRAMES=(0 150 300 450)
STILL_FRAME=90

command -v ffmpeg >/dev/null || { echo "makeDemoImages: ffmpeg is not on PATH; install it and rerun" >&2; exit 1; }
[ -f "$VIDEO" ] || { echo "makeDemoImages: $VIDEO is missing; run samples/makeDemoMedia.sh first" >&2; exit 1; }

extract() {
  local frame="$1" output="$2"
  shift 2
  ffmpeg -hide_banner -loglevel error -y -i "$VIDEO" \
    -vf "select=eq(n\,$frame)" -frames:v 1 -fflags +bitexact -flags:v +bitexact -map_metadata -1 \
    "$@" "$output"
}

rm -rf "$SET_DIR"
mkdir -p "$SET_DIR"
for frame in "${SET_FRAMES[@]}"; do
  extract "$frame" "$SET_DIR/frame-$(printf '%03d' "$frame").jpg" -q:v 4
done
extract "$STILL_FRAME" "$STILL" -pix_fmt rgb24

echo "wrote $SET_DIR ($(du -sb "$SET_DIR" | cut -f1) bytes) and $STILL ($(stat -c %s "$STILL") bytes)"
