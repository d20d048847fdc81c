package app

import "testing"

func TestAnalyzeTitle(t *testing.T) {
	tests := []struct {
		title                               string
		vague, number, time, scope, measure bool
	}{
		{"Raise sales", true, false, false, false, true},
		{"improve sales", true, false, false, false, true},
		{"do better", true, false, false, false, false},
		{"Grow our business", true, false, false, false, false},
		{"提高销售额", true, false, false, false, true},
		{"增加客户", true, false, false, false, true},
		{"提升业绩", true, false, false, false, true},
		{"进一步提升公司的业绩", true, false, false, false, true},
		{"In 2023 raise North-America sales by 20%, every quarter at least +5%", false, true, true, true, true},
		{"2023年北美地区销售额提升20%，每季度同比增长不低于5%", false, true, true, true, true},
		{"200 new active customers in 2023", false, true, true, true, true},
		{"2023年新增200名活跃客户，每季度不少于50名", false, true, true, true, true},
		{"Raise North-America market share to 15%", false, true, false, true, true},
		{"北美市场份额提升至15%", false, true, false, true, true},
		{"Get new customers", false, false, false, true, true},
		{"增加新客户", false, false, false, true, true},
		{"Grow market share", false, false, false, false, true},
		{"提升毛利率", false, false, false, true, true},
		{"Launch the mobile app", false, false, false, false, false},
		{"上线新官网", false, false, false, false, false},
		{"上海市门店销售额翻一番", false, true, false, true, true},
		{"提升市场占有率", false, false, false, false, true},
		{"Sales in Q3", false, true, true, false, true},
		{"FY24 revenue", false, true, true, false, true},
		{"销售额１２００万", false, true, false, false, true},
		{"百分之二十的增长", false, true, false, false, false},
	}
	for _, tt := range tests {
		f := analyzeTitle(tt.title)
		if f.vague != tt.vague || f.hasNumber != tt.number || f.hasTime != tt.time || f.hasScope != tt.scope || f.hasMeasure != tt.measure {
			t.Errorf("analyzeTitle(%q) = vague %v, number %v, time %v, scope %v, measure %v; want %v %v %v %v %v",
				tt.title, f.vague, f.hasNumber, f.hasTime, f.hasScope, f.hasMeasure,
				tt.vague, tt.number, tt.time, tt.scope, tt.measure)
		}
	}
}

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"Sales", 5},
		{"销售额", 6},
		{"销售额20%", 9},
		{"２０", 4},
		{"", 0},
	}
	for _, tt := range tests {
		if got := DisplayWidth(tt.s); got != tt.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
