package importer

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// big5Files are business files as Excel writes them on a Traditional
// Chinese Windows (Taiwan, Hong Kong): short and long, with ASCII dates
// and numbers around few Chinese words.
var big5Files = map[string]string{
	// Every byte of these decodes as GBK too, into kana and rare characters
	// or, in the first, into as common ones ("ら戳,虫基").
	"GBKMojibake":   "日期,單價\r\n2023/1/5,\"1,200\"\r\n2023/1/6,\"1,350\"\r\n",
	"DecodesAsGBK":  "日期,門市,單價\r\n2023/1/5,高雄,\"1,200\"\r\n2023/1/6,高雄,\"1,350\"\r\n",
	"HeaderTwoRows": "日期,銷售額\r\n2023/1/5,\"1,234\"\r\n2023/1/6,\"2,500\"\r\n",
	"Stores": "日期,門市,營業額,客戶數\r\n2023/1/5,台北信義店,\"12,345\",120\r\n" +
		"2023/1/5,高雄左營店,\"8,900\",87\r\n2023/1/6,台中逢甲店,\"10,050\",95\r\n",
	"Months": "月份,營業額（萬元）,備註\r\n2023/1,125.5,\r\n2023/2,98.2,春節\r\n2023/3,143.0,\r\n",
	"HongKong": "日期,分店,產品,數量,金額\r\n5/1/2023,銅鑼灣,奶茶,35,\"1,050.00\"\r\n" +
		"5/1/2023,旺角,菠蘿包,120,\"1,440.00\"\r\n6/1/2023,尖沙咀,蛋撻,80,960.00\r\n",
	"MostlyASCII": "Date,Store,Sales,Note\r\n2023-01-05,Taipei 101,\"12,345.00\",\r\n" +
		"2023-01-06,Taipei 101,\"9,870.00\",週末\r\n2023-01-07,Kaohsiung,\"7,650.00\",\r\n",
	"Customers": "客戶名稱,聯絡人,電話,應收帳款\r\n統一企業,陳先生,02-2345-6789,\"45,000\"\r\n" +
		"台灣積體電路,林小姐,03-567-8901,\"1,230,000\"\r\n",
}

// gbkFiles are the same kind of files from a Simplified Chinese Windows.
var gbkFiles = map[string]string{
	"HeaderTwoRows": "日期,销售额\r\n2023/1/5,\"1,234\"\r\n2023/1/6,\"2,500\"\r\n",
	"Stores": "日期,门店,营业额,客户数\r\n2023/1/5,北京朝阳店,\"12,345\",120\r\n" +
		"2023/1/5,上海徐汇店,\"8,900\",87\r\n2023/1/6,广州天河店,\"10,050\",95\r\n",
	"Months": "月份,营业额（万元）,备注\r\n2023/1,125.5,\r\n2023/2,98.2,春节\r\n2023/3,143.0,\r\n",
	"Products": "日期,区域,产品,数量,金额\r\n2023-01-05,华东,奶茶,35,\"1,050.00\"\r\n" +
		"2023-01-05,华南,面包,120,\"1,440.00\"\r\n2023-01-06,西北,蛋挞,80,960.00\r\n",
	"MostlyASCII": "Date,Store,Sales,Note\r\n2023-01-05,Beijing 1,\"12,345.00\",\r\n" +
		"2023-01-06,Beijing 1,\"9,870.00\",周末\r\n2023-01-07,Shanghai,\"7,650.00\",\r\n",
	"Customers": "客户名称,联系人,电话,应收账款\r\n华为技术,陈先生,0755-2345-6789,\"45,000\"\r\n" +
		"中国石化,林小姐,010-567-8901,\"1,230,000\"\r\n",
}

// TestReadTableBig5AndGBK reads each file in its encoding: Big5 files as
// Big5, not as GBK mojibake nor Windows-1252, and GBK files still as GBK.
func TestReadTableBig5AndGBK(t *testing.T) {
	for _, tc := range []struct {
		enc   string
		e     encoding.Encoding
		files map[string]string
	}{
		{"big5", traditionalchinese.Big5, big5Files},
		{"gbk", simplifiedchinese.GBK, gbkFiles},
	} {
		for name, csv := range tc.files {
			t.Run(tc.enc+"/"+name, func(t *testing.T) {
				tab, err := ReadTable(bytes.NewReader(importEncode(t, tc.e, csv)), "x.csv")
				if err != nil {
					t.Fatal(err)
				}
				want, err := ReadTable(strings.NewReader(csv), "x.csv")
				if err != nil {
					t.Fatal(err)
				}
				if got := importTexts(tab); !slices.EqualFunc(got, importTexts(want), slices.Equal) {
					t.Errorf("rows = %q\nwant %q", got, importTexts(want))
				}
				if tab.Encoding != tc.enc {
					t.Errorf("encoding %s, want %s", tab.Encoding, tc.enc)
				}
			})
		}
	}
}

// TestReadTableWesternNotBig5: Windows-1252 text whose accented capitals
// pair with a letter as Big5 characters do ("Äpfel") stays Windows-1252.
func TestReadTableWesternNotBig5(t *testing.T) {
	for _, csv := range []string{
		"Artikel;Menge\nÄpfel;12\nBirnen;5\n",
		"Name;Ort\nÖzil;Köln\nÉmile;Orléans\nÇelik;Ümraniye\n",
		"Client,Ville,Montant\nÉtienne,Genève,\"1,200\"\nAndré,Nîmes,350\n",
	} {
		tab, err := ReadTable(bytes.NewReader(importEncode(t, charmap.Windows1252, csv)), "x.csv")
		if err != nil {
			t.Fatal(err)
		}
		if tab.Encoding != "windows-1252" {
			t.Errorf("%q: encoding %s, want windows-1252", csv, tab.Encoding)
		}
	}
}
