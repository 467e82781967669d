#!/usr/bin/env bash
# Regenerates the demo media item and its reference data:
#   samples/demo.mp4              H.264 + AAC, 640x360, 30000/1001 fps, burned-in frame counter, two speakers
#   samples/demo.json             manifest the server seeds the demo item from (also the counter strip layout)
#   test/fixtures/demoFrames.json per-frame presentation timestamps as ffprobe reads them
# Needs ffmpeg, ffprobe (with libx264, libfreetype) and espeak-ng. Output is deterministic for one
# ffmpeg/espeak-ng build; rerun only when the media must change, and commit all three files together.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_VIDEO="$ROOT/samples/demo.mp4"
OUT_MANIFEST="$ROOT/samples/demo.json"
OUT_FRAMES="$ROOT/test/fixtures/demoFrames.json"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf

WIDTH=640
HEIGHT=360
RATE_NUM=30000
RATE_DEN=1001
FRAME_COUNT=600
GOP_FRAMES=30
# The counter strip: 16 blocks of 40x24 px from the top-left corner, least significant bit on the left.
BLOCK_W=40
BLOCK_H=24
BLOCK_COUNT=16
SQUARE_PX=80

for tool in ffmpeg ffprobe espeak-ng awk; do
  command -v "$tool" >/dev/null || { echo "makeDemoMedia: $tool is not on PATH; install it and rerun" >&2; exit 1; }
done
[ -f "$FONT" ] || { echo "makeDemoMedia: font $FONT is missing (Debian package fonts-dejavu-core)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

DURATION_MS=$((FRAME_COUNT * RATE_DEN * 1000 / RATE_NUM))
DURATION_S="$(awk -v ms="$DURATION_MS" 'BEGIN { printf "%.3f", ms / 1000 }')"

# speaker | espeak-ng voice | start (ms) | text
UTTERANCES=(
  "ada|en-us+f3|500|Welcome to the Concord demo."
  "ben|en-gb+m3|3400|The orange square moves to the right."
  "ada|en-us+f3|6800|Please draw a box around it."
  "ben|en-gb+m3|10200|Mark where each speaker starts and stops."
  "ada|en-us+f3|14000|Then compare your work with a colleague."
  "ben|en-gb+m3|17300|That is the end of the demo."
)

audio_inputs=()
audio_filters=""
audio_labels=""
utterances_json=""
index=0
for entry in "${UTTERANCES[@]}"; do
  IFS='|' read -r speaker voice start_ms text <<<"$entry"
  wav="$WORK/utterance$index.wav"
  espeak-ng -v "$voice" -s 150 -w "$wav" "$text"
  read -r rate samples < <(ffprobe -v error -select_streams a:0 \
    -show_entries stream=sample_rate,duration_ts -of csv=p=0 "$wav" | tr ',' ' ')
  length_ms=$(((samples * 1000 + rate - 1) / rate))
  end_ms=$((start_ms + length_ms))
  if [ "$end_ms" -gt "$DURATION_MS" ]; then
    echo "makeDemoMedia: utterance \"$text\" ends at $end_ms ms, after the video ($DURATION_MS ms)" >&2
    exit 1
  fi
  audio_inputs+=(-i "$wav")
  input=$((index + 2))
  audio_filters+="[$input:a]aresample=48000,adelay=delays=$start_ms:all=1[u$index];"
  audio_labels+="[u$index]"
  [ -n "$utterances_json" ] && utterances_json+=","
  utterances_json+=$'\n    '"{ \"speaker\": \"$speaker\", \"voice\": \"$voice\", \"startMs\": $start_ms, \"endMs\": $end_ms, \"text\": \"$text\" }"
  index=$((index + 1))
done

# Filter graph: background grid, moving square, large frame number, then the binary counter strip on top.
# geq writes limited-range luma (16 black, 235 white) and neutral chroma inside the strip.
cat >"$WORK/graph.txt" <<EOF
[0:v]drawgrid=w=80:h=80:t=1:c=white@0.12[grid];
[grid][1:v]overlay=x='40+0.8*n':y='140+60*sin(2*PI*n/300)':eval=frame[moving];
[moving]drawtext=fontfile=$FONT:text='%{frame_num}':fontsize=72:fontcolor=white:borderw=3:bordercolor=black:x=w-text_w-24:y=h-text_h-24[labelled];
[labelled]geq=lum='if(lt(Y,$BLOCK_H)*lt(X,$((BLOCK_W * BLOCK_COUNT))), if(mod(floor(N/pow(2,floor(X/$BLOCK_W))),2),235,16), p(X,Y))':cb='if(lt(Y,$BLOCK_H*SH), 128, p(X,Y))':cr='if(lt(Y,$BLOCK_H*SH), 128, p(X,Y))'[vout];
${audio_filters}${audio_labels}amix=inputs=$index:normalize=0,apad,atrim=duration=$DURATION_S[aout]
EOF

ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0x1d3557:s=${WIDTH}x${HEIGHT}:r=$RATE_NUM/$RATE_DEN" \
  -f lavfi -i "color=c=0xff7f0e:s=${SQUARE_PX}x${SQUARE_PX}:r=$RATE_NUM/$RATE_DEN" \
  "${audio_inputs[@]}" \
  -filter_complex_script "$WORK/graph.txt" \
  -map '[vout]' -map '[aout]' -frames:v "$FRAME_COUNT" \
  -c:v libx264 -preset slow -crf 23 -profile:v high -level:v 3.1 -pix_fmt yuv420p \
  -g "$GOP_FRAMES" -keyint_min "$GOP_FRAMES" -sc_threshold 0 \
  -c:a aac -b:a 64k -ac 1 -ar 48000 \
  -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  "$OUT_VIDEO"

probed_frames=$(ffprobe -v error -select_streams v:0 -count_frames \
  -show_entries stream=nb_read_frames -of csv=p=0 "$OUT_VIDEO")
if [ "$probed_frames" -ne "$FRAME_COUNT" ]; then
  echo "makeDemoMedia: demo.mp4 has $probed_frames frames, expected $FRAME_COUNT" >&2
  exit 1
fi

cat >"$OUT_MANIFEST" <<EOF
{
  "file": "demo.mp4",
  "mimeType": "video/mp4",
  "width": $WIDTH,
  "height": $HEIGHT,
  "frameRate": { "num": $RATE_NUM, "den": $RATE_DEN },
  "frameCount": $FRAME_COUNT,
  "durationMs": $DURATION_MS,
  "keyframeIntervalFrames": $GOP_FRAMES,
  "frameCounter": {
    "originX": 0,
    "originY": 0,
    "blockWidth": $BLOCK_W,
    "blockHeight": $BLOCK_H,
    "blockCount": $BLOCK_COUNT,
    "bitOrder": "lsb-first",
    "white": 1
  },
  "movingSquare": {
    "size": $SQUARE_PX,
    "colour": "#ff7f0e",
    "x": "40 + 0.8 * frame",
    "y": "140 + 60 * sin(2 * pi * frame / 300)"
  },
  "utterances": [$utterances_json
  ]
}
EOF

mkdir -p "$(dirname "$OUT_FRAMES")"
# A frame with side data prints an extra, empty csv line: only lines with all three fields are frames.
time_base=$(ffprobe -v error -select_streams v:0 -show_entries stream=time_base -of csv=p=0 "$OUT_VIDEO")
ffprobe -v error -select_streams v:0 -show_entries frame=pts,pts_time,key_frame -of csv=p=0 "$OUT_VIDEO" |
  awk -F, -v file="samples/demo.mp4" -v tb="$time_base" -v num="$RATE_NUM" -v den="$RATE_DEN" '
    BEGIN { printf "{\n  \"file\": \"%s\",\n  \"timeBase\": \"%s\",\n  \"frameRate\": { \"num\": %d, \"den\": %d },\n  \"frames\": [", file, tb, num, den }
    NF >= 3 {
      printf "%s\n    { \"index\": %d, \"pts\": %d, \"ptsTime\": %s, \"keyFrame\": %s }", (count > 0 ? "," : ""), count, $2, $3, ($1 == 1 ? "true" : "false")
      count++
    }
    END { printf "\n  ]\n}\n" }
  ' >"$OUT_FRAMES"

# The JSON outputs are committed and format-checked with the rest of the repository.
PRETTIER="$ROOT/node_modules/.bin/prettier"
if [ -x "$PRETTIER" ] && command -v node >/dev/null; then
  "$PRETTIER" --log-level warn --write "$OUT_MANIFEST" "$OUT_FRAMES"
else
  echo "makeDemoMedia: prettier is not installed (npm ci); format $OUT_MANIFEST and $OUT_FRAMES before committing" >&2
fi

echo "wrote $OUT_VIDEO ($(stat -c %s "$OUT_VIDEO") bytes), $OUT_MANIFEST, $OUT_FRAMES"
