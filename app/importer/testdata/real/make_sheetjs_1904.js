// make_sheetjs_1904.js writes sheetjs_1904_dates.xlsx with SheetJS 0.18.5
// (npm xlsx): a workbook in the 1904 date system, as Excel for Mac's
// workbooks may be, whose dates SheetJS writes as ISO 8601 date cells
// (cellDates, t="d") shown yyyy-mm-dd and yyyy-mm-dd hh:mm.
const X = require("xlsx");
const ws = X.utils.aoa_to_sheet([
  ["Date", "Sales"],
  [new Date(Date.UTC(2026, 2, 31)), 1234.5],
  [new Date(Date.UTC(2026, 3, 1, 18, 30)), 800],
], { cellDates: true, dateNF: "yyyy-mm-dd" });
ws.A3.z = "yyyy-mm-dd hh:mm";
const wb = X.utils.book_new();
X.utils.book_append_sheet(wb, ws, "Sales");
wb.Workbook = { WBProps: { date1904: true } };
X.writeFile(wb, "sheetjs_1904_dates.xlsx", { cellDates: true });
