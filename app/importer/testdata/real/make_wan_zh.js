// make_wan_zh.js writes wan_zh.xlsx with SheetJS 0.18.5 (npm xlsx; run it
// with node where that package is installed), which generate_thousands.sh
// has LibreOffice save again as .xlsx, .xls and .ods: sheet 月报 with 日期 as
// text; 销售额(万元) holding whole yuan shown 0\.0000 (123450 as
// "12.3450": Chinese Excel's way to show 万, typed 0!.0000, which Excel
// stores so), 收入(万元) shown 0\.0, (123456 as "12.3"), and 利润(万元)
// typed in 万 and shown 0.00.
const XLSX = require("xlsx");
const rows = [
  ["日期", "销售额(万元)", "收入(万元)", "利润(万元)"],
  ["2026-01-15", 123450, 123456, 1.5],
  ["2026-02-16", 2000000, 98765432, 12.34],
  ["2026-03-16", -56789, 5000, 0],
];
const ws = XLSX.utils.aoa_to_sheet(rows);
for (let r = 2; r <= rows.length; r++) {
  ws["B" + r].z = "0\\.0000";
  ws["C" + r].z = "0\\.0,";
  ws["D" + r].z = "0.00";
}
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, "月报");
XLSX.writeFile(wb, "wan_zh.xlsx");
