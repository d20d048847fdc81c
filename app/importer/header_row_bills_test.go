package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// wechatBill is a bill as WeChat Pay exports it (微信支付账单明细): sixteen
// lines of account, totals and notes, each padded with commas, above the
// header, as laid out by the app's export; the transaction numbers end
// in a tab, which keeps them text in Excel.
var wechatBill = strings.Join([]string{
	"微信支付账单明细,,,,,,,,", "微信昵称：[小店],,,,,,,,",
	"起始时间：[2023-01-01 00:00:00] 终止时间：[2023-03-31 23:59:59],,,,,,,,", "导出类型：[全部],,,,,,,,",
	"导出时间：[2023-04-01 10:00:00],,,,,,,,", ",,,,,,,,", "共3笔记录,,,,,,,,", "收入：2笔 1250.50元,,,,,,,,",
	"支出：1笔 12.50元,,,,,,,,", "中性交易：0笔 0.00元,,,,,,,,", "注：,,,,,,,,",
	"1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,",
	"2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,", "3. 本明细仅供个人对账使用,,,,,,,,", ",,,,,,,,",
	"----------------------微信支付账单明细列表--------------------,,,,,,,,",
	"交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
	"2023-01-05 10:30:00,二维码收款,张三,/,收入,¥1000.00,/,已收钱,\"10001000\t\",/,/",
	"2023-02-06 11:00:00,二维码收款,李四,/,收入,¥250.50,/,已收钱,\"10001001\t\",/,/",
	"2023-02-07 12:00:00,商户消费,超市,饮料,支出,¥12.50,零钱,支付成功,\"10001002\t\",\"20001\t\",/",
}, "\r\n") + "\r\n"

// TestHeaderRowBelowBillNotes reads a WeChat Pay bill, whose header is its
// 17th row (Alipay's lies about as deep): it was looked for in the first
// ten rows only, and offered as a header row among them only, so the
// whole bill read as rows of its first line, every one refused.
func TestHeaderRowBelowBillNotes(t *testing.T) {
	tab := readCSV(t, wechatBill)
	if tab.HeaderRow != 16 || !tab.HasHeader || len(tab.Header) < 6 || tab.Header[5] != "金额(元)" {
		t.Fatalf("header row %d %q; want row 17, 交易时间 to 备注", tab.HeaderRow+1, tab.Header)
	}
	if col := GuessDateColumn(tab); col != 0 {
		t.Errorf("date column %d, want 0", col)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{5: 1}, HeaderRow: tab.HeaderRow, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2023-01 = 1000 (1) partial", "1 2023-02 = 263 (2) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}
