package export

import (
	"os"
	"sync"
	"testing"

	"pacer/app/chart"
)

// loadChartFont parses the bundled CJK font once.
var loadChartFont = sync.OnceValues(func() (*chart.Font, error) {
	ttf, err := os.ReadFile("../../assets/fonts/wqy-microhei.ttf")
	if err != nil {
		return nil, err
	}
	return chart.ParseFont(ttf)
})

// chartFont is the bundled CJK font, which the app passes to every chart.
func chartFont(tb testing.TB) *chart.Font {
	tb.Helper()
	f, err := loadChartFont()
	if err != nil {
		tb.Fatalf("chart font: %v", err)
	}
	return f
}
