// make_sheetjs_formats.js writes sheetjs_formats.xlsx with SheetJS 0.18.5
// (npm xlsx; run it with node where that package is installed): sheet 门店
// with 日期 as date cells (cellDates), 完成率 shown 0.0% and 客户数 shown
// #,##0"人", strings inline (bookSST false), compressed. SheetJS numbers
// its own number formats from 56 up: 0.0% is format 60 in this file.
const XLSX = require("xlsx");
const rows = [
  ["日期", "完成率", "客户数"],
  [new Date(Date.UTC(2026, 0, 15)), 0.855, 120],
  [new Date(Date.UTC(2026, 1, 16)), 0.9, 3],
  [new Date(Date.UTC(2026, 2, 16)), 1.05, 1000],
];
const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
for (let r = 2; r <= rows.length; r++) {
  ws["B" + r].z = "0.0%";
  ws["C" + r].z = '#,##0"人"';
}
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, "门店");
XLSX.writeFile(wb, "sheetjs_formats.xlsx", { bookSST: false, compression: true });
