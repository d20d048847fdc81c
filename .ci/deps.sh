#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages named on the command line when any is
# missing; elsewhere says what to install. Used by `make run` and `make test`.
set -euo pipefail

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
else
  case "$(uname -s)" in
    Linux) echo "Pacer needs a C compiler, pkg-config and the GL, X11 and GTK3 development files." \
                "On this distribution, install the equivalents of: $*" >&2 ;;
    Darwin) command -v clang >/dev/null 2>&1 || echo "Install the Xcode command line tools: xcode-select --install" >&2 ;;
    *) command -v gcc >/dev/null 2>&1 || echo "Install a C compiler (MinGW-w64 gcc) so Fyne can build." >&2 ;;
  esac
  exit 0
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo, or install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
