// Package export writes what Pacer holds for other programs: the plan's
// data as an XLSX workbook or CSV files, a period's review table as CSV,
// XLSX and a printable HTML report with its charts, and the gap by
// dimension. The figures are the screens' own (app's review rows and
// paces); texts a spreadsheet would misread are guarded. The PowerPoint
// deck is in the sub-package deck.
package export
