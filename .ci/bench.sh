#!/usr/bin/env bash
# `make bench`: runs Pacer's benchmarks and their floors in one `go test`
# run, keeps the raw output in dist/bench.txt and prints one table of each
# figure beside its floor. The window rows start the real binary and a bare
# Fyne window under their own Xvfb (BenchmarkWindow, bench_window_test.go).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p dist
raw=dist/bench.txt
runs=${PACER_BENCH_RUNS:-7}

load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
pattern='^Benchmark(Window|Dashboard200Goals5YearsWeekly|Dashboard2000Goals10YearsWeekly|Review200Goals5YearsWeekly|ReviewYear200Goals5YearsWeekly|Review2000Goals10YearsWeekly|ReviewYear2000Goals10YearsWeekly|GoalDetail10YearsWeekly|PutCheckInVsRawInsert|FoldAfterSave|ChartVsGoChartDefault|Import100kRowsVsCSVRead|Import1MRows3Dimensions|BreakdownYear1MRows|Deck20Goals|TeamCheckInVisible|TeamCatchUp10000|TeamDurableSave|BulkCheckIn2000Goals|GoalDetailScreen10YearsWeekly|ActionEditor2000Goals|GoalList2000Goals|CheckInsDue2000Goals)$'
status=0
PACER_BENCH_WINDOW=1 PACER_BENCH_RUNS=$runs \
  "${GO:-go}" test -run '^$' -bench "$pattern" -benchmem -count=1 -timeout 30m . ./app ./app/chart ./app/importer ./data ./app/export/deck ./data/team ./views >"$raw" 2>&1 || status=$?

load_after=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")

LC_ALL=C awk -v runs="$runs" -v raw="$raw" -v load="$load_before → $load_after on $cpus CPUs" '
# Result lines: name-GOMAXPROCS, iterations, then value-unit pairs. Output
# printed while a benchmark runs splits its line after the name.
function parse(name, from,   i) {
  sub(/-[0-9]+$/, "", name)
  for (i = from; i < NF; i += 2) m[name, $(i + 1)] = $i
}
/^Benchmark/ { if (NF >= 4) parse($1, 3); else pending = $1; next }
pending != "" && $1 ~ /^[0-9]+$/ && NF >= 3 { parse(pending, 2); pending = "" }

# width is the length of s on screen: µ and × are two bytes each, which a
# byte-counting awk (mawk) counts twice.
function width(s,   t, n) {
  t = s; n = gsub(/µ|×/, "", t)
  return length(s) - n * (length("×") - 1)
}
function pad(s, w) { while (width(s) < w) s = s " "; return s }
function sig(x) { return x >= 100 ? sprintf("%.0f", x) : x >= 10 ? sprintf("%.1f", x) : sprintf("%.2f", x) }
function dur(ns) {
  if (ns >= 1e9) return sig(ns / 1e9) " s"
  if (ns >= 1e6) return sig(ns / 1e6) " ms"
  if (ns >= 1e3) return sig(ns / 1e3) " µs"
  return sig(ns) " ns"
}
function get(name, unit) {
  if ((name, unit) in m) return m[name, unit] + 0
  missing = missing " " name "(" unit ")"
  return -1
}
# goal is the most ratio issue 17 (or a budget of the row) allows, and
# row prints whether the figure meets it; 0 for a row without one.
function row(what, ours, floorName, floor, goal, fmt,   a, f, r, v) {
  a = ours < 0 ? "n/a" : fmt == "MB" ? sig(ours) " MB" : dur(ours)
  f = floor < 0 ? "n/a" : fmt == "MB" ? sig(floor) " MB" : dur(floor)
  r = (ours > 0 && floor > 0) ? ours / floor : -1
  v = goal <= 0 ? "–" : r < 0 ? "n/a" : (r <= goal ? "meets" : "misses") sprintf(" ≤ %.2f×", goal)
  printf "%s%s%s%s%s\n", pad(what, 41), pad(a, 11), pad(floorName " " f, 36),
    pad(r < 0 ? "n/a" : sprintf("%.2f×", r), 8), v
}

END {
  print "How to read it: pacer is Pacer'"'"'s figure; floor is the least the same job costs, measured in this run"
  print "(a bare program or the plain library), or a budget; ratio = pacer ÷ floor, under 1.00× beats the floor."
  print "verdict: whether the ratio meets issue 17'"'"'s goal for the row (or the row'"'"'s own budget); – where there is none."
  print ""
  printf "%s%s%s%s%s\n", pad("what", 41), pad("pacer", 11), pad("floor", 36), pad("ratio", 8), "verdict (goal)"
  w = "BenchmarkWindow"
  row("start-up to first frame, new file", get(w, "pacer-start-ms") * 1e6, "bare Fyne window", get(w, "bare-start-ms") * 1e6, 1.2)
  row("CPU time used by then, new file", get(w, "pacer-start-cpu-ms") * 1e6, "bare Fyne window", get(w, "bare-start-cpu-ms") * 1e6, 1.3)
  row("resident memory 1.5 s after, new file", get(w, "pacer-rss-MB"), "bare Fyne window", get(w, "bare-rss-MB"), 1.3, "MB")
  row("start-up to first frame, 200-goal file", get(w, "pacer200-start-ms") * 1e6, "bare Fyne window", get(w, "bare-start-ms") * 1e6, 1.2)
  row("CPU time used by then, 200-goal file", get(w, "pacer200-start-cpu-ms") * 1e6, "bare Fyne window", get(w, "bare-start-cpu-ms") * 1e6, 1.3)
  row("resident memory 1.5 s after, 200 goals", get(w, "pacer200-rss-MB"), "bare Fyne window", get(w, "bare-rss-MB"), 1.3, "MB")
  row("screen switch, first showing (median)", get(w, "switch-first-ms") * 1e6, "budget: two frames", 1e9 / 30, 1)
  row("screen switch, shown before (median)", get(w, "switch-ms") * 1e6, "budget: two frames", 1e9 / 30, 1)
  row("dashboard data, 200 goals × 5 y weekly", get("BenchmarkDashboard200Goals5YearsWeekly/load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("review rows of a quarter, same store", get("BenchmarkReview200Goals5YearsWeekly/load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("review rows of a year, same store", get("BenchmarkReviewYear200Goals5YearsWeekly/load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("dashboard data, 2,000 goals × 10 y", get("BenchmarkDashboard2000Goals10YearsWeekly/load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("  same, the check-in waiting to count", get("BenchmarkDashboard2000Goals10YearsWeekly/load+compute,_a_check-in_waiting", "ns/op"), "budget: one frame", 16e6, 1)
  row("review rows of a quarter, 2,000 × 10 y", get("BenchmarkReview2000Goals10YearsWeekly/load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("review rows of a year, 2,000 × 10 y", get("BenchmarkReviewYear2000Goals10YearsWeekly/load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("dashboard 2,000 × 10 y, after goal edit", get("BenchmarkDashboard2000Goals10YearsWeekly/load+compute,_after_a_goal_edit", "ns/op"), "budget: one frame", 16e6, 1)
  row("review quarter 2,000 × 10 y, goal edit", get("BenchmarkReview2000Goals10YearsWeekly/load+compute,_after_a_goal_edit", "ns/op"), "budget: one frame", 16e6, 1)
  row("dashboard, first read after opening", get("BenchmarkDashboard200Goals5YearsWeekly/cold-load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("review quarter, first read after opening", get("BenchmarkReview200Goals5YearsWeekly/cold-load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("dashboard 2,000 × 10 y, first read", get("BenchmarkDashboard2000Goals10YearsWeekly/cold-load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("  same, each goal checked in ahead", get("BenchmarkDashboard2000Goals10YearsWeekly/cold-load+compute,_checked_in_ahead", "ns/op"), "budget: one frame", 16e6, 0)
  row("review quarter 2,000 × 10 y, first read", get("BenchmarkReview2000Goals10YearsWeekly/cold-load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("  same, a quarter not read before", get("BenchmarkReview2000Goals10YearsWeekly/cold-load+compute,_not_read_before", "ns/op"), "budget: one frame", 16e6, 0)
  row("review year 2,000 × 10 y, first read", get("BenchmarkReviewYear2000Goals10YearsWeekly/cold-load+compute", "ns/op"), "budget: one frame", 16e6, 1)
  row("  same, a year not read before", get("BenchmarkReviewYear2000Goals10YearsWeekly/cold-load+compute,_not_read_before", "ns/op"), "budget: one frame", 16e6, 0)
  row("goal list after a goal saved, 2,000", get("BenchmarkGoalList2000Goals/refresh", "ns/op"), "budget: one frame", 16e6, 1)
  row("goal list, a search key typed, 2,000", get("BenchmarkGoalList2000Goals/search", "ns/op"), "budget: one frame", 16e6, 1)
  cd = "BenchmarkCheckInsDue2000Goals/"
  row("check-ins due, 2,000 × 10 y, up to date", get(cd "up_to_date", "ns/op"), "budget: one frame", 16e6, 1)
  row("  same, first read", get(cd "up_to_date", "first-read-ms") * 1e6, "budget: two frames", 1e9 / 30, 0)
  row("check-ins due, 2,000, a quarter behind", get(cd "a_quarter_behind", "ns/op"), "budget: one frame", 16e6, 1)
  row("  same, first read", get(cd "a_quarter_behind", "first-read-ms") * 1e6, "budget: two frames", 1e9 / 30, 0)
  row("goal detail screen opened, 10 y weekly", get("BenchmarkGoalDetailScreen10YearsWeekly", "ns/op"), "budget: two frames", 1e9 / 30, 1)
  row("action plan editor opened, 2,000 goals", get("BenchmarkActionEditor2000Goals", "ns/op"), "budget: two frames", 1e9 / 30, 1)
  bk = "BenchmarkBulkCheckIn2000Goals"
  row("bulk check-in opened, 2,000 goals", get(bk, "ns/op"), "budget: two frames", 1e9 / 30, 1)
  row("bulk check-in, first opening", get(bk, "first-open-ms") * 1e6, "budget: two frames", 1e9 / 30, 0)
  row("goal detail data, 10 y weekly", get("BenchmarkGoalDetail10YearsWeekly", "ns/op"), "budget: one frame", 16e6, 1)
  p = "BenchmarkPutCheckInVsRawInsert"
  row("durable check-in save", get(p, "ns/op"), "raw INSERT, same pragmas", get(p, "raw-insert-ns/op"), 1.25)
  f = "BenchmarkFoldAfterSave"
  row("  its totals counted later (the fold)", get(f, "ns/op"), "the save before it", get(f, "save-ns/op"), 0)
  c = "BenchmarkChartVsGoChartDefault/"
  row("1920×1080 plan/actual bars, PNG", get(c "bars", "ns/op"), "go-chart default", get(c "bars", "go-chart-ns/op"), 1)
  row("1920×1080 cumulative chart, PNG", get(c "cumulative", "ns/op"), "go-chart default", get(c "cumulative", "go-chart-ns/op"), 1)
  i = "BenchmarkImport100kRowsVsCSVRead"
  row("100,000-row CSV import (budget 2 s)", get(i, "ns/op"), "encoding/csv read alone", get(i, "csv-read-ns/op"), 0)
  row("1M-row import, 3 dims × 50 (mean)", get("BenchmarkImport1MRows3Dimensions", "ns/op"), "budget: 2 s", 2e9, 1)
  row("peak resident memory of that import", get("BenchmarkImport1MRows3Dimensions", "peak-rss-MB"), "size of the CSV file", get("BenchmarkImport1MRows3Dimensions", "file-MB"), 0, "MB")
  row("breakdown of a year, same 1M rows", get("BenchmarkBreakdownYear1MRows", "ns/op"), "budget: one frame", 16e6, 1)
  row("review deck .pptx, 20 goals", get("BenchmarkDeck20Goals", "ns/op"), "budget: 1 s", 1e9, 1)
  row("team: check-in seen on 2nd laptop, p95", get("BenchmarkTeamCheckInVisible", "p95-ns"), "budget: 500 ms (loopback)", 5e8, 1)
  row("team: catching up 10,000 changes", get("BenchmarkTeamCatchUp10000", "ns/op"), "budget: 5 s", 5e9, 1)
  ts = "BenchmarkTeamDurableSave"
  row("team: durable check-in save, sync on", get(ts, "sync-on-ns/op"), "same save, sync off", get(ts, "sync-off-ns/op"), 1.1)
  print ""
  printf "Window rows: medians of %d starts of each, in turns, under Xvfb; a switch is timed from the mouse\n", runs
  print "button'"'"'s release on a navigation entry to the first frame with the new screen, on the 200-goal file."
  print "Data rows: a refresh after one check-in was saved (the goals and plans the store keeps in memory stay,"
  print "checked against the setup generation of the file); \"first read\" is the first refresh of a store just opened"
  print "on a file the last store closed after showing the same screen (the file keeps its goals, plans, review"
  print "sums and latest totals, each checked against the file as read); \"not read before\" reviews a period the"
  print "file keeps no sums of."
  printf "Other rows: medians of at least 9 runs; a measured pair runs in turns in one benchmark. Load\n"
  printf "average %s. Raw: %s\n", load, raw
  if (missing != "") { print "bench: no figure for" missing > "/dev/stderr"; exit 1 }
}' "$raw" || status=1

if [ "$status" -ne 0 ]; then
  # What failed, from the raw output; the table above shows the rest.
  { grep -A 12 -e '^--- FAIL' -e '^# ' -e 'panic:' "$raw" || tail -n 40 "$raw"; } | head -n 40 >&2
  echo "bench: a benchmark failed; the whole output is in $raw" >&2
  exit 1
fi
