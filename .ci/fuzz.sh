#!/usr/bin/env bash
# Runs every fuzz target of Pacer's parsers and rules for a while, one at a
# time (go test takes one -fuzz target per run), and stops at the first
# crash. The failing input is saved by go test under
# <package>/testdata/fuzz/<FuzzName>/; keep it there as a regression seed
# once the bug is fixed.
#
#   bash .ci/fuzz.sh [seconds-per-target]   (default 30)
#
# Each new input that widens coverage is minimized for at most
# FUZZ_MINIMIZE (default 3s), and so is a crasher: some seeds are long on
# purpose, and go test's default of 60s would spend a short run shrinking
# them instead of fuzzing.
#
# `make test` runs the seeds as ordinary tests and this script briefly;
# `make fuzz` runs it longer.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: $0 [seconds-per-target]" >&2
	exit 2
fi
GO="${GO:-go}"
minimize="${FUZZ_MINIMIZE:-3s}"
mapfile -t packages < <("$GO" list ./app/... ./data/)

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# fuzz_target runs one target; it reports 2 when go test failed only with
# a bare "context deadline exceeded" at the end of -fuzztime: Go's own
# race between its deadline and a worker's last input (go.dev/issue/75804,
# fixed in Go 1.27), with no input failing and none written.
fuzz_target() {
	local pkg=$1 target=$2
	if "$GO" test -run '^$' -fuzz "^${target}\$" -fuzztime "${seconds}s" -fuzzminimizetime "$minimize" "$pkg" 2>&1 | tee "$log"; then
		return 0
	fi
	if grep -q 'context deadline exceeded' "$log" && ! grep -qE 'Failing input written|panic:|_test\.go:[0-9]+:' "$log"; then
		return 2
	fi
	return 1
}

for pkg in "${packages[@]}"; do
	# -list prints the names matching the pattern, then "ok <package>";
	# it fails, and so does this script, when the package does not build.
	list=$("$GO" test -list '^Fuzz' "$pkg")
	targets=$(grep '^Fuzz' <<<"$list" || true)
	for target in $targets; do
		echo "== $pkg $target (${seconds}s)"
		status=0
		fuzz_target "$pkg" "$target" || status=$?
		if [[ $status -eq 2 ]]; then
			echo "fuzz: $target stopped on Go's fuzztime deadline race (go.dev/issue/75804), no input failed; running it again"
			status=0
			fuzz_target "$pkg" "$target" || status=$?
			if [[ $status -eq 2 ]]; then
				echo "fuzz: WARNING: $target hit Go's fuzztime deadline race twice; no input failed or was written" >&2
				status=0
			fi
		fi
		if [[ $status -ne 0 ]]; then
			exit "$status"
		fi
	done
done
echo "fuzz: every target ran ${seconds}s without a crash"
