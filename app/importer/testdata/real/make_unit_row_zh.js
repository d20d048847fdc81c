// make_unit_row_zh.js writes exceljs_unit_row_zh.xlsx with ExcelJS 4.4.0
// (npm exceljs; run it with node where that package is installed), and
// LibreOffice 7.4.7.2 saves it as shown in libreoffice_unit_row_zh.csv
// (soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1'):
// sheet 月报 with the header 月份/销售额/成本/客户数 and under it a row of
// units, 单位/万元/万元/人, as Chinese reports write one; then the twelve
// months of 2023 as date cells shown yyyy"年"m"月".
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("月报");
  ws.addRow(["月份", "销售额", "成本", "客户数"]);
  ws.addRow(["单位", "万元", "万元", "人"]);
  for (let m = 0; m < 12; m++) {
    const row = ws.addRow([new Date(Date.UTC(2023, m, 1)), 12.5 + m, 8.2345, 100 + m]);
    row.getCell(1).numFmt = 'yyyy"年"m"月"';
  }
  await wb.xlsx.writeFile("exceljs_unit_row_zh.xlsx");
})();
