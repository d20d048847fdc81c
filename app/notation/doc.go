// Package notation reads and writes numbers, targets and dates as people
// type them and as spreadsheets store them: a thousands separator or a
// decimal comma, currencies and 万/亿, per cent, "Mar 2024", "2024年3月",
// "Q1-24", ISO weeks, Excel's serial days; and it guards texts that a
// spreadsheet would read as a value.
package notation
