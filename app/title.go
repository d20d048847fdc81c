package app

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleFacts is what the S of the SMART check reads from a goal's title.
type titleFacts struct {
	// vague: nothing is left once the generic verbs, measures and filler
	// words are removed ("Raise sales", "提升业绩").
	vague bool
	// hasNumber, hasTime and hasScope: the title says how much, by when,
	// or where / for whom (a region, product, channel, customer segment, or
	// a qualifier such as "new" or "gross").
	hasNumber, hasTime, hasScope bool
	// hasMeasure: the title names what is counted.
	hasMeasure bool
	// width counts East Asian characters twice, as they are shown.
	width, runes int
}

// Word lists. English words are matched as whole lowercase words, Chinese
// ones as substrings. Generic words are what a vague title is made of: a
// verb of improvement, a bare measure, filler.
var (
	enGeneric = wordSet(`improve improves improving improvement raise raising increase increasing
		boost grow grows growing growth do doing better more enhance optimise optimize maximise
		maximize expand drive get make achieve reach hit our my we us the a an of in on and to
		for with by all overall total good great best well be s it up some much lots lot
		sales sale revenue revenues customers customer clients client profit profits
		performance business results result numbers things everything company
		significantly substantially greatly steadily further continuously`)
	zhGeneric = longestFirst(`进一步 销售额 营业额 提高 提升 增加 增长 改善 优化 加强 做好 做大
		做强 扩大 推动 促进 实现 达成 更好 更多 努力 全面 大力 持续 我们 公司 销售 业绩 客户
		利润 收入 营收 业务 效益 市场 成绩 水平 数量 的 和 与 及 把 让 要
		营业 经营 大幅 显著 明显 稳步 不断 争取`)
	enTime = wordSet(`quarter quarters quarterly month months monthly year years yearly annual
		annually week weeks weekly fy q1 q2 q3 q4 h1 h2 january february march april june
		july august september october november december`)
	zhTime  = strings.Fields(`年 季度 季末 月 周`)
	enScope = wordSet(`region regions regional north south east west northern southern eastern
		western america americas europe european asia apac emea latam china domestic overseas
		international national local online offline store stores shop shops branch branches
		city cities country channel channels ecommerce retail wholesale distributor distributors
		dealer dealers reseller resellers product products line lines service services category
		categories brand brands sku skus segment segments enterprise smb sme smes b2b b2c vip
		department division team new active repeat existing returning gross net key`)
	zhScope = strings.Fields(`北美 南美 欧洲 亚洲 亚太 东南亚 中东 非洲 华东 华南 华北 华中 华西 西南
		西北 东北 国内 海外 国际 全国 地区 区域 大区 门店 分店 分公司 线上 线下 渠道 电商 零售 批发
		经销商 代理商 直营 加盟 产品 品类 品牌 新品 系列 大客户 新客户 老客户 活跃 新用户 新会员
		会员 企业客户 个人客户 城市 一线 二线 事业部 部门 团队 复购 毛利 净利`)
	enMeasure = wordSet(`sales sale revenue revenues turnover income profit profits margin margins
		share customers customer clients client users members subscribers orders deals leads
		conversion conversions retention churn cost costs expenses expense spend spending price
		prices rate ratio score nps satisfaction time days hours defects complaints returns
		units volume visits traffic downloads employees staff hires inventory stock cash budget
		output productivity yield accounts bookings arr mrr gmv`)
	zhMeasure = strings.Fields(`销售 销量 营收 收入 营业额 利润 毛利 净利 份额 客户 用户 会员 订单
		成交 线索 转化 留存 复购 流失 成本 费用 支出 价格 满意度 评分 投诉 退货 库存 现金 回款 人数
		数量 业绩 率 额 量 数 费`)
)

var (
	yearRE      = regexp.MustCompile(`(^|[^0-9])(19|20)[0-9]{2}([^0-9]|$)`)
	fiscalRE    = regexp.MustCompile(`\bfy[0-9]{2,4}\b|\b[0-9]{4}q[1-4]\b`)
	zhNumeralRE = regexp.MustCompile(`[一二三四五六七八九十两百千万亿]+(个|位|家|名|成|倍|元|万|亿|单|人|件|%)|百分之|翻(一)?番`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func longestFirst(s string) []string {
	ws := strings.Fields(s)
	sort.SliceStable(ws, func(i, j int) bool { return utf8.RuneCountInString(ws[i]) > utf8.RuneCountInString(ws[j]) })
	return ws
}

// analyzeTitle reads a title in English, Chinese or both.
func analyzeTitle(title string) titleFacts {
	s := strings.ToLower(NormalizeNumber(title))
	words := asciiWords(s)
	f := titleFacts{runes: utf8.RuneCountInString(title), width: DisplayWidth(title)}
	f.hasNumber = strings.ContainsAny(s, "0123456789%") || zhNumeralRE.MatchString(s)
	f.hasTime = yearRE.MatchString(s) || fiscalRE.MatchString(s) || anyWord(words, enTime) || containsAny(s, zhTime)
	f.hasScope = anyWord(words, enScope) || containsAny(s, zhScope) || placeName(s) ||
		strings.Contains(s, "key account")
	f.hasMeasure = anyWord(words, enMeasure) || containsAny(s, zhMeasure)

	rest := s
	for _, w := range zhGeneric {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	f.vague = true
	for _, w := range asciiWords(rest) {
		if !enGeneric[w] {
			f.vague = false
		}
	}
	for _, r := range rest {
		if unicode.Is(unicode.Han, r) {
			f.vague = false
		}
	}
	return f
}

// asciiWords splits s into runs of ASCII letters and digits; hyphens and
// apostrophes split too, so "north-america" is two words.
func asciiWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

func anyWord(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// placeName reports a Chinese province or city name: a character followed
// by 省 or 市, where 市 does not start 市场 (market).
func placeName(s string) bool {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if !unicode.Is(unicode.Han, rs[i-1]) || (rs[i] != '省' && rs[i] != '市') {
			continue
		}
		if rs[i] == '省' || i+1 == len(rs) || rs[i+1] != '场' {
			return true
		}
	}
	return false
}

// DisplayWidth counts wide East Asian characters as two columns.
func DisplayWidth(s string) int {
	w := 0
	for _, r := range s {
		w++
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
			(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xff60) {
			w++
		}
	}
	return w
}
