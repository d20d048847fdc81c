#!/usr/bin/env bash
# Builds the packaged apps into dist/: a Linux archive and a Windows .exe
# cross-built with MinGW-w64 (with the icon, no console window).
# `fyne package` bumps the Build number in FyneApp.toml; it is put back.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p dist
cp FyneApp.toml dist/.FyneApp.toml.keep
trap 'cp dist/.FyneApp.toml.keep FyneApp.toml; rm -f dist/.FyneApp.toml.keep' EXIT

GOBIN="$PWD/dist/bin" go install fyne.io/tools/cmd/fyne@v1.7.4
fyne="$PWD/dist/bin/fyne"

"$fyne" package -os linux -release
mv -f Pacer.tar.xz dist/

bash .ci/deps.sh gcc-mingw-w64-x86-64
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc "$fyne" package -os windows -release
mv -f Pacer.exe dist/
ls -l dist/Pacer.tar.xz dist/Pacer.exe
