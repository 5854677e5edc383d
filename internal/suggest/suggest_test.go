package suggest

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"consent", "consent", 0},
		{"consnet", "consent", 1}, // transposition
		{"helth", "health", 1},
		{"transfr", "transfer", 1},
		{"log", "", 3},
		{"телефон", "телфон", 1},
		{"ab", "ba", 1},
		{"kitten", "sitting", 3},
		{"ca", "abc", 3}, // optimal string alignment, not full Damerau
		{"жёлтый", "жолтый", 1},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Distance(tt.b, tt.a); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestNearest(t *testing.T) {
	kinds := []string{"transfer", "commercial", "log", "store"}
	tests := []struct{ word, want string }{
		{"transfr", "transfer"},
		{"Store", "store"},
		{"lgo", "log"},
		{"x", ""},
		{"database", ""},
	}
	for _, tt := range tests {
		if got := Nearest(tt.word, kinds); got != tt.want {
			t.Errorf("Nearest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
