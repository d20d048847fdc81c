package assets

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestChineseWording holds the Chinese texts to one term for a check-in
// (数据填报/填报, not 打卡), percentage points in Chinese, no line that
// opens with a comma and no ASCII colon beside Chinese.
func TestChineseWording(t *testing.T) {
	content, err := translations.ReadFile(TranslationsDir + "/zh_Hans.json")
	if err != nil {
		t.Fatal(err)
	}
	var zh map[string]string
	if err := json.Unmarshal(content, &zh); err != nil {
		t.Fatal(err)
	}
	placeholder := regexp.MustCompile(`{{[^}]*}}`)
	asciiColon := regexp.MustCompile(`\p{Han}: |: \p{Han}`)
	englishPP := regexp.MustCompile(`\d pp\b`)
	for key, value := range zh {
		text := placeholder.ReplaceAllString(value, "X")
		switch {
		case strings.Contains(text, "打卡"):
			t.Errorf("%q says 打卡 where the app says 填报: %q", key, value)
		case englishPP.MatchString(text):
			t.Errorf("%q leaves pp in English: %q", key, value)
		case strings.HasPrefix(value, "，") || strings.Contains(value, "\n，"):
			t.Errorf("%q has a line opening with a comma: %q", key, value)
		case asciiColon.MatchString(text):
			t.Errorf("%q mixes an ASCII colon into Chinese: %q", key, value)
		}
	}
}
