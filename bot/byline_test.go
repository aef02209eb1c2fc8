package bot

import (
	"testing"
	"time"

	"github.com/dealbot/dealbot/index"
)

func TestByline(t *testing.T) {
	nov8 := time.Date(2023, 11, 8, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		src  index.Source
		want string
	}{
		{index.Source{Publication: "Reuters", Published: nov8}, "Reuters · Nov 8, 2023"},
		{index.Source{Publication: "Reuters"}, "Reuters"},
		{index.Source{Published: nov8}, "Nov 8, 2023"},
		{index.Source{Title: "Only a title"}, ""},
	}
	for _, tt := range tests {
		if got := Byline(tt.src); got != tt.want {
			t.Errorf("Byline(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
