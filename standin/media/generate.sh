#!/usr/bin/env bash
# Regenerates the stand-in's sample media. The outputs are committed so CI needs no ffmpeg;
# run this only when a sample has to change (ffmpeg with libvpx, libopus, libwebp, freetype).
set -euo pipefail
cd "$(dirname "$0")"

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
FF=(ffmpeg -hide_banner -loglevel error -y)

# Labels make each object recognisable in screenshots; without the font fall back to bare patterns
# (testsrc2 still carries a frame counter, so the video stays visibly running).
label() {
	if [[ -f "$FONT" ]]; then
		printf "drawtext=fontfile=%s:text='%s':fontsize=%s:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=8:x=(w-tw)/2:y=%s" \
			"$FONT" "$1" "${2:-40}" "${3:-(h-th)/2}"
	else
		echo null
	fi
}

# The timeline samples: a 2:30 test pattern whose picture names its 10 s block and shows the
# time to a fifth of a second (so a seek or a stop is visible), one frame per block for the
# segment previews, and a 30 s tone sequence for the transcribed audio asset. Low frame rate and
# bitrate keep them small; `./generate.sh timeline` makes only these.
timeline() {
	local clock=null block=null
	if [[ -f "$FONT" ]]; then
		clock="drawtext=fontfile=$FONT:text='%{eif\\:floor(t/60)\\:d}\\:%{eif\\:mod(floor(t),60)\\:d\\:2}.%{eif\\:mod(floor(t*5),5)*2\\:d}':fontsize=30:fontcolor=white:box=1:boxcolor=black@0.7:boxborderw=5:x=(w-tw)/2:y=(h-th)/2+20"
		block="drawtext=fontfile=$FONT:text='Long video · block %{eif\\:floor(t/10)+1\\:d}':fontsize=16:fontcolor=white:box=1:boxcolor=black@0.7:boxborderw=4:x=(w-tw)/2:y=8"
	fi
	"${FF[@]}" -f lavfi -i "smptehdbars=s=320x180:r=5:d=150" \
		-f lavfi -i "aevalsrc='0.3*sin(2*PI*(330+110*mod(floor(t/10),4))*t)':s=48000:d=150" \
		-vf "$clock,$block" -c:v libvpx-vp9 -b:v 6k -crf 50 -deadline good -cpu-used 4 -row-mt 1 -g 50 \
		-c:a libopus -ac 1 -b:a 6k -frame_duration 60 -shortest video-long.webm
	for i in $(seq 0 14); do
		"${FF[@]}" -ss "$((i * 10 + 5))" -i video-long.webm -frames:v 1 -vf scale=240:-2 -q:v 8 "video-long-$i.jpg"
	done
	"${FF[@]}" -f lavfi -i "aevalsrc='0.3*sin(2*PI*(262*pow(2\,mod(floor(t/5)\,6)/6))*t)*lt(mod(t\,5)\,4.5)':s=48000:d=30" \
		-c:a libopus -ac 1 -b:a 6k -frame_duration 60 audio-tones.webm
	du -ch video-long.webm video-long-*.jpg audio-tones.webm | tail -1
}
if [[ "${1:-}" == timeline ]]; then
	timeline
	exit
fi

image() { # source, label, output
	"${FF[@]}" -f lavfi -i "$1" -frames:v 1 -vf "$(label "$2")" "$3"
}

image "testsrc2=s=640x360" 'PNG 1 · testsrc2' image-testsrc.png
image "smptebars=s=640x360" 'PNG 2 · SMPTE bars' image-smpte.png
image "mandelbrot=s=640x360" 'JPEG 1 · mandelbrot' image-mandelbrot.jpg
image "gradients=s=640x360:c0=0x1e3a8a:c1=0xf97316:seed=7" 'JPEG 2 · gradient' image-gradient.jpg
image "gradients=s=640x360:c0=0x14532d:c1=0xfacc15:seed=3:type=radial" 'WEBP 1 · radial' image-radial.webp
image "testsrc2=s=640x360,hue=h=120" 'WEBP 2 · hue shifted' image-hue.webp

# 12 s VP9 + Opus with a burnt-in running clock, so a seek is visible in the picture.
if [[ -f "$FONT" ]]; then
	CLOCK="drawtext=fontfile=$FONT:text='%{pts\\:hms}':fontsize=36:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=6:x=(w-tw)/2:y=h-th-16"
else
	CLOCK=null
fi
"${FF[@]}" -f lavfi -i "testsrc2=s=480x270:r=24:d=12" -f lavfi -i "sine=frequency=440:duration=12" \
	-vf "$CLOCK,$(label 'Video tour' 28 16)" -c:v libvpx-vp9 -b:v 250k -deadline good -cpu-used 4 -row-mt 1 \
	-g 48 -c:a libopus -b:a 32k -shortest video-tour.webm

# One preview frame per 4 s segment, taken from its middle.
for i in 0 1 2; do
	"${FF[@]}" -ss "$((i * 4 + 2))" -i video-tour.webm -frames:v 1 -q:v 5 "video-seg$i.jpg"
done
"${FF[@]}" -ss 0.5 -i video-tour.webm -frames:v 1 -vf scale=320:-2 -q:v 5 video-thumb.jpg

# A 6 s rising sine sweep, 200 Hz to 2 kHz.
"${FF[@]}" -f lavfi -i "aevalsrc='0.4*sin(2*PI*(200*t+150*t*t))':s=48000:d=6" -c:a libopus -b:a 48k audio-sweep.webm
"${FF[@]}" -ss 1 -i video-tour.webm -frames:v 1 -q:v 5 -vf "$(label 'audio' 28)" audio-cover.jpg

cat > notes.txt <<'TXT'
Asset Inspector stand-in notes.

These notes are served as the text object of the ast_text_notes sample asset.
They exist so the text tab has a real object to open.
TXT

timeline
du -ch ./*.png ./*.jpg ./*.webp ./*.webm ./*.txt | tail -1
