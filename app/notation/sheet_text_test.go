package notation

import "testing"

// valueTexts are texts a spreadsheet opening a CSV file turns into a
// value: LibreOffice Calc in en-US or zh-CN did for most (export's
// TestReviewCSVReadsBackInLibreOffice), Excel does for the others.
var valueTexts = []string{
	"Mar 2026", "March 4", "Mar-26", "2026年3月", "3月4日", "2026-03", "2026/3/4", "2026-03-04 10:00",
	"2026", "0012", "1.50", "1E5", "1e-3", "12%", "12 %", "1,000", "$100", "¥100", "(100)", ".5",
	"1/2", "2/3", "1 1/2", "3-4", "1:30", "12:30 pm", "上午 10:00", "10时30分", "TRUE", "false",
	"２０２６／３", " 0012 ", "Monday, March 4, 2026",
}

// textTexts are texts both programs keep as text: one word that is not
// part of a number or a date does it.
var textTexts = []string{
	"", "Sales", "3-4 stores", "1/2 of the market", "1E5 target", "5 stores", "10 kg", "Q1 2026", "2026-Q1",
	"2026-W02", "2026-H1", "2023年第1季度", "第1季度", "1st", "Jan", "星期一", "Marketing 2026", "+20% online sales",
	"12\n13", "ＭＡＲ 2026",
}

func TestReadsAsValue(t *testing.T) {
	for _, s := range valueTexts {
		if !ReadsAsValue(s) {
			t.Errorf("ReadsAsValue(%q) = false, want true", s)
		}
	}
	for _, s := range textTexts {
		if ReadsAsValue(s) {
			t.Errorf("ReadsAsValue(%q) = true, want false", s)
		}
	}
}

func TestSheetTextGuardsOnlyValues(t *testing.T) {
	for _, s := range valueTexts {
		if got := SheetText(s); got != WordJoiner+s {
			t.Errorf("SheetText(%q) = %q, want it after a word joiner", s, got)
		}
	}
	for _, s := range textTexts {
		if got := SheetText(s); got != s {
			t.Errorf("SheetText(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestPlainSheetTextUndoesSheetText(t *testing.T) {
	for _, s := range append(append([]string{}, valueTexts...), textTexts...) {
		if got := PlainSheetText(SheetText(s)); got != s {
			t.Errorf("PlainSheetText(SheetText(%q)) = %q", s, got)
		}
	}
	// A word joiner SheetText would not have put there is the text's own.
	for _, s := range []string{WordJoiner + "Sales", WordJoiner, "20" + WordJoiner + "26"} {
		if got := PlainSheetText(s); got != s {
			t.Errorf("PlainSheetText(%q) = %q, want it unchanged", s, got)
		}
	}
}

// FuzzPlainSheetTextUndoesSheetText checks that any text, one that
// starts with word joiners of its own included, reads back as itself.
func FuzzPlainSheetTextUndoesSheetText(f *testing.F) {
	for _, s := range append(append([]string{WordJoiner + "0012", WordJoiner + WordJoiner + "2026"}, valueTexts...), textTexts...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := PlainSheetText(SheetText(s)); got != s {
			t.Errorf("PlainSheetText(SheetText(%q)) = %q", s, got)
		}
	})
}
