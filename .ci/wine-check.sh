#!/usr/bin/env bash
# Checks that the Windows build starts: runs dist/Pacer.exe under Wine on an
# Xvfb display, once in English and once in Chinese, and saves screenshots
# to OUTDIR (default dist/): wine-en.png, wine-zh.png, and wine-icon.png (the
# icon the window hands to X). Exits non-zero if no window appears.
# Usage: bash .ci/wine-check.sh [OUTDIR]
#
# Go >= 1.22 needs ProcessPrng from bcryptprimitives.dll, which Wine 8 (Debian
# 12) lacks. A small stand-in is built here and put only in the throwaway
# Wine prefix under /tmp. It is never shipped.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-dist}")
exe=$PWD/dist/Pacer.exe
start=$SECONDS

# Rebuild the .exe if it is missing or older than any non-test Go file or asset.
if [ ! -f "$exe" ] || [ -n "$(find . \( -path ./dist -o -name testdata \) -prune -o -newer "$exe" \
     \( -name '*.go' ! -name '*_test.go' -o -name 'go.*' -o -path './assets/*' \) -print -quit)" ]; then
  make package
fi
bash .ci/deps.sh wine wine64 xvfb xdotool x11-utils imagemagick \
  libgl1-mesa-dri gcc-mingw-w64-x86-64
echo "== $(wine --version 2>/dev/null), $(du -h "$exe" | cut -f1) exe"

mkdir -p "$out"
tmp=$(mktemp -d /tmp/pacer-wine.XXXXXX)
export WINEPREFIX=$tmp/prefix WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono/Gecko install prompts
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null &
xvfb=$!
trap 'wineserver -k 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
until [ -s "$tmp/display" ]; do sleep 0.1; done
export DISPLAY=:$(cat "$tmp/display")

t0=$SECONDS
wineboot -i >/dev/null 2>&1
echo "== prefix created in $((SECONDS - t0)) s"
sys32=$WINEPREFIX/drive_c/windows/system32
if [ ! -e "$sys32/bcryptprimitives.dll" ]; then
  cat >"$tmp/bcryptprimitives.c" <<'EOF'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buf, ULONG len); /* RtlGenRandom */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  for (ULONG n; len > 0; data += n, len -= n) {
    n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
    if (!SystemFunction036(data, n)) return FALSE;
  }
  return TRUE;
}
EOF
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/bcryptprimitives.dll" \
    "$tmp/bcryptprimitives.c" -ladvapi32
  echo "== bcryptprimitives.dll stand-in put in the prefix"
fi

# run LANG: starts Pacer, waits for its window, screenshots the screen.
run() {
  local t0=$SECONDS wid="" pid
  wine "$exe" --db "$tmp/w.db" --lang "$1" >"$tmp/wine-$1.log" 2>&1 &
  pid=$!
  while [ $((SECONDS - t0)) -lt 90 ] && kill -0 $pid 2>/dev/null; do
    wid=$(xdotool search --name '^Pacer$' 2>/dev/null | head -1) && [ -n "$wid" ] && break
    sleep 1
  done
  if [ -z "$wid" ]; then
    echo "FAIL: no Pacer window after $((SECONDS - t0)) s ($1). Wine's output:" >&2
    cat "$tmp/wine-$1.log" >&2
    exit 1
  fi
  echo "== $1: window after $((SECONDS - t0)) s"
  sleep 5   # let it lay out and draw
  import -window root "$out/wine-$1.png"
  echo "== $1: screenshot, $(identify -format '%k colours' "$out/wine-$1.png") -> $out/wine-$1.png"
  sed 's/^/   /' "$tmp/wine-$1.log"
  if [ "$1" = en ]; then
    # _NET_WM_ICON is: width, height, then width*height ARGB pixels.
    xprop -len 99999999 -id "$wid" -notype 32c _NET_WM_ICON | sed 's/^[^=]*= //' | tr ',' '\n' |
      awk 'NR==1{w=$1} NR==2{h=$1; print "# ImageMagick pixel enumeration: " w "," h ",255,srgba"}
           NR>2 && NR<=2+w*h {p=NR-3; v=$1; printf "%d,%d: (%d,%d,%d,%d)\n", p%w, int(p/w),
             int(v/65536)%256, int(v/256)%256, v%256, int(v/16777216)%256}' |
      convert txt:- "$out/wine-icon.png" &&
      echo "== icon: $(identify -format '%wx%h' "$out/wine-icon.png") -> $out/wine-icon.png" ||
      echo "== icon: none set on the window"
  fi
  wineserver -k || true
  wineserver -w
}
run en
run zh
echo "== done in $((SECONDS - start)) s"
