#!/usr/bin/env bash
# Regenerates the demo's audio-only item and its manifest:
#   samples/interview.m4a   AAC-LC mono 48 kHz at 48 kbit/s, two speakers taking turns (about 25 s)
#   samples/interview.json  manifest: duration and each utterance's speaker, voice, timing and text
# Needs ffmpeg, ffprobe and espeak-ng. Output is deterministic for one ffmpeg/espeak-ng build; rerun
# only when the audio must change, and commit both files together.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_AUDIO="$ROOT/samples/interview.m4a"
OUT_MANIFEST="$ROOT/samples/interview.json"
DURATION_MS=25000

for tool in ffmpeg ffprobe espeak-ng awk; do
  command -v "$tool" >/dev/null || { echo "makeDemoAudio: $tool is not on PATH; install it and rerun" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

DURATION_S="$(awk -v ms="$DURATION_MS" 'BEGIN { printf "%.3f", ms / 1000 }')"

# speaker | espeak-ng voice | start (ms) | text
UTTERANCES=(
  "cleo|en-us+f2|300|Thanks for joining me. How long have you been recording birds?"
  "dev|en-gb+m4|5200|About twelve years now, mostly at dawn along the river."
  "cleo|en-us+f2|9500|What changed when you started annotating the recordings?"
  "dev|en-gb+m4|13500|I hear the quiet calls I used to miss. Loud ones are easy."
  "cleo|en-us+f2|18200|Let us mark where each of us speaks, and then compare."
  "dev|en-gb+m4|22500|Good. Zoom in on the waveform."
)

inputs=()
filters=""
labels=""
utterances_json=""
index=0
for entry in "${UTTERANCES[@]}"; do
  IFS='|' read -r speaker voice start_ms text <<<"$entry"
  wav="$WORK/utterance$index.wav"
  espeak-ng -v "$voice" -s 155 -w "$wav" "$text"
  read -r rate samples < <(ffprobe -v error -select_streams a:0 \
    -show_entries stream=sample_rate,duration_ts -of csv=p=0 "$wav" | tr ',' ' ')
  length_ms=$(((samples * 1000 + rate - 1) / rate))
  end_ms=$((start_ms + length_ms))
  if [ "$end_ms" -gt "$DURATION_MS" ]; then
    echo "makeDemoAudio: utterance \"$text\" ends at $end_ms ms, after the audio ($DURATION_MS ms)" >&2
    exit 1
  fi
  inputs+=(-i "$wav")
  filters+="[$index:a]aresample=48000,adelay=delays=$start_ms:all=1[u$index];"
  labels+="[u$index]"
  [ -n "$utterances_json" ] && utterances_json+=","
  utterances_json+=$'\n    '"{ \"speaker\": \"$speaker\", \"voice\": \"$voice\", \"startMs\": $start_ms, \"endMs\": $end_ms, \"text\": \"$text\" }"
  index=$((index + 1))
done

ffmpeg -hide_banner -loglevel error -y \
  "${inputs[@]}" \
  -filter_complex "${filters}${labels}amix=inputs=$index:normalize=0,apad,atrim=duration=$DURATION_S[aout]" \
  -map '[aout]' -c:a aac -b:a 48k -ac 1 -ar 48000 \
  -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
  -f ipod "$OUT_AUDIO"

cat >"$OUT_MANIFEST" <<EOF
{
  "file": "interview.m4a",
  "mimeType": "audio/mp4",
  "durationMs": $DURATION_MS,
  "utterances": [$utterances_json
  ]
}
EOF

PRETTIER="$ROOT/node_modules/.bin/prettier"
if [ -x "$PRETTIER" ] && command -v node >/dev/null; then
  "$PRETTIER" --log-level warn --write "$OUT_MANIFEST"
else
  echo "makeDemoAudio: prettier is not installed (npm ci); format $OUT_MANIFEST before committing" >&2
fi

echo "wrote $OUT_AUDIO ($(stat -c %s "$OUT_AUDIO") bytes), $OUT_MANIFEST"
