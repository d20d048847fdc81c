// make_thousands.js writes thousands.xlsx with SheetJS 0.18.5 (npm xlsx;
// run it with node where that package is installed), which
// generate_thousands.sh has LibreOffice save again as .xlsx, .xls and .ods:
// sheet Report with Date as date cells; "Revenue (in thousands)" holding
// whole amounts shown #,##0, (1234567 as "1,235"), "Sales ($m)" shown
// #,##0.0,, (2345678 as "2.3"), "Cost (in thousands)" typed in thousands
// and shown #,##0 (1235), and Visitors shown #,##0.0,"K" (12345 as
// "12.3K") under a header that states no scale.
const XLSX = require("xlsx");
const rows = [
  ["Date", "Revenue (in thousands)", "Sales ($m)", "Cost (in thousands)", "Visitors"],
  [new Date(Date.UTC(2026, 0, 15)), 1234567, 2345678, 1235, 12345],
  [new Date(Date.UTC(2026, 1, 16)), 987654321, 15000000, 50, 987],
  [new Date(Date.UTC(2026, 2, 16)), -45678, 999999, 0, 1500],
];
const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
for (let r = 2; r <= rows.length; r++) {
  ws["B" + r].z = "#,##0,";
  ws["C" + r].z = "#,##0.0,,";
  ws["D" + r].z = "#,##0";
  ws["E" + r].z = '#,##0.0,"K"';
}
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, "Report");
XLSX.writeFile(wb, "thousands.xlsx");
