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

du -ch ./*.png ./*.jpg ./*.webp ./*.webm ./*.txt | tail -1
