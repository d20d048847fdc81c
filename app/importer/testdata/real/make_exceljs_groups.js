// make_exceljs_groups.js writes exceljs_groups_zh.xlsx with ExcelJS 4.4.0
// (npm exceljs; run it with node where that package is installed): a
// hidden sheet 说明 and sheet 月报, the one the workbook opens on, with the
// title 2023年销售月报（单位：万元） merged over A1:E1, a header of two rows
// (月份 merged down A2:A3, 华东 over B2:C2 and 华南 over D2:E2, each over
// 销售额 and 成本), months as date cells shown yyyy"年"m"月", and a 合计 row
// of SUM formulas with their results. ExcelJS writes the covered cells of
// a merge empty, and excelize drops the trailing empty E2 from its row.
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明", { state: "hidden" }).addRow(["说明"]);
  const ws = wb.addWorksheet("月报");
  ws.addRow(["2023年销售月报（单位：万元）"]);
  ws.mergeCells("A1:E1");
  ws.addRow(["月份", "华东", null, "华南", null]);
  ws.addRow([null, "销售额", "成本", "销售额", "成本"]);
  ws.mergeCells("A2:A3");
  ws.mergeCells("B2:C2");
  ws.mergeCells("D2:E2");
  ws.addRow([new Date(Date.UTC(2023, 0, 1)), 12.5, 8.25, 10, 7]).getCell(1).numFmt = 'yyyy"年"m"月"';
  ws.addRow([new Date(Date.UTC(2023, 1, 1)), 13.75, 9, 11.5, 8]).getCell(1).numFmt = 'yyyy"年"m"月"';
  ws.addRow(["合计", { formula: "SUM(B4:B5)", result: 26.25 }, { formula: "SUM(C4:C5)", result: 17.25 },
    { formula: "SUM(D4:D5)", result: 21.5 }, { formula: "SUM(E4:E5)", result: 15 }]);
  wb.views = [{ activeTab: 1 }];
  await wb.xlsx.writeFile("exceljs_groups_zh.xlsx");
})();
