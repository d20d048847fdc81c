package importer

import (
	"slices"
	"strings"
	"testing"
)

func TestReadTableStrayQuotes(t *testing.T) {
	const head = "Date,Store,Sales\n2023-01-04,Corner,50\n"
	const tail = "2023-01-06,Corner,200\n2023-02-07,Corner,300\n"
	rows := func(mid ...[]string) [][]string {
		out := [][]string{{"Date", "Store", "Sales"}, {"2023-01-04", "Corner", "50"}}
		out = append(out, mid...)
		return append(out, []string{"2023-01-06", "Corner", "200"}, []string{"2023-02-07", "Corner", "300"})
	}
	for _, tc := range []struct {
		name, text string
		want       [][]string
	}{
		{"QuoteThenText", head + "2023-01-05,\"Big\" Mart,100\n" + tail,
			rows([]string{"2023-01-05", "\"Big\" Mart", "100"})},
		{"UnclosedQuote", head + "2023-01-05,\"Big Mart,100\n" + tail,
			rows([]string{"2023-01-05", "\"Big Mart", "100"})},
		{"UnclosedQuoteCRLF", strings.ReplaceAll(head+"2023-01-05,\"Big Mart,100\n"+tail, "\n", "\r\n"),
			rows([]string{"2023-01-05", "\"Big Mart", "100"})},
		{"ClosedLinesLater", head + "2023-01-05,\"Big Mart,100\n2023-01-09,Corner,\"\n" + tail,
			rows([]string{"2023-01-05", "\"Big Mart", "100"}, []string{"2023-01-09", "Corner", "\""})},
		{"InchMark", head + "2023-01-05,12\" pipe,100\n" + tail,
			rows([]string{"2023-01-05", "12\" pipe", "100"})},
		{"WithExcelQuoting", head + "2023-01-05,\"Big\" Mart,100\n" +
			"2023-01-07,\"Main St\nSuite 5, \"\"rear\"\"\",70\n" +
			"2023-01-08,\"Corner, East\",80\n" +
			"2023-01-09,\"Big Mart,90\n" + tail,
			rows([]string{"2023-01-05", "\"Big\" Mart", "100"},
				[]string{"2023-01-07", "Main St\nSuite 5, \"rear\"", "70"},
				[]string{"2023-01-08", "Corner, East", "80"},
				[]string{"2023-01-09", "\"Big Mart", "90"})},
		{"Semicolons", "Date;Store;Sales\n2023-01-04;\"Big\" Mart;50\n2023-01-05;\"A;B\";60\n",
			[][]string{{"Date", "Store", "Sales"}, {"2023-01-04", "\"Big\" Mart", "50"}, {"2023-01-05", "A;B", "60"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(strings.NewReader(tc.text), "a.csv")
			if err != nil {
				t.Fatal(err)
			}
			if got := importTexts(tab); !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Fatalf("rows = %q\nwant %q", got, tc.want)
			}
		})
	}
}
