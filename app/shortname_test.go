package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestShortName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"In 2023, raise North-America sales by 20%, every quarter at least +5% year on year", "Raise North-America sales by 20%"},
		{"In 2023, win 200 new active customers in North America, at least 50 every quarter", "Win 200 new active customers in North"},
		{"In 2023, raise North-America market share to 15%", "Raise North-America market share to 15%"},
		{"For FY2024: cut the cost of returns", "Cut the cost of returns"},
		{"2023: Online revenue", "Online revenue"},
		{"Online channel revenue", "Online channel revenue"},
		{"  Staff   training hours ", "Staff training hours"},
		{"Supercalifragilisticexpialidocious-and-more-words-without-any-space-at-all", "Supercalifragilisticexpialidocious-and"},
		{"2023", "2023"},
		{"2023年北美地区销售额提升20%，每季度同比增长不低于5%", "北美地区销售额提升20%"},
		{"2023年北美地区新增活跃客户200家，每季度不少于50家", "北美地区新增活跃客户200家"},
		{"2023年度，北美地区市场占有率提升至15%", "北美地区市场占有率提升至15%"},
		{"在2023年把上海仓库退货成本在节假日之前降低五分之一以上", "把上海仓库退货成本在节假日之前降"},
		{"北美地区市场占有率提升至15000000家", "北美地区市场占有率提升至"},
		// A thousands separator is no clause's end: "to 12" read as the target.
		{"In 2026 raise East China store sales to 12,000,000, every month at least 95% of plan", "Raise East China store sales to"},
		{"2026年华东区门店销售额提升至1,200万元，每月不低于计划的95%", "华东区门店销售额提升至"}, // not "…提升至1"
		{"2026年华东区销售额提升至1,200万元", "华东区销售额提升至1,200万元"},
		{"2026年华东区门店销售额提升至1,200万", "华东区门店销售额提升至"}, // not "…1,200", 1,200万 less 万
	}
	for _, tt := range tests {
		if got := ShortName(tt.title); got != tt.want {
			t.Errorf("ShortName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestShortNameNeverCutsAWord: whatever the title, the short name is the
// start of the title's words (after the year), whole words only.
func TestShortNameNeverCutsAWord(t *testing.T) {
	title := "Raise the yearly recurring revenue of the enterprise segment across all regions"
	got := ShortName(title)
	if utf8.RuneCountInString(got) > shortNameLatin || !strings.HasPrefix(title, got) {
		t.Fatalf("ShortName = %q", got)
	}
	if rest := strings.TrimPrefix(title, got); rest != "" && rest[0] != ' ' {
		t.Errorf("%q cuts a word of %q", got, title)
	}
}
