package driver

import (
	"slices"
	"testing"
)

func TestUTF16Column(t *testing.T) {
	const line = "\tx := \"Привет\" + \"𝄞\" // ok"
	for _, tc := range []struct{ byteCol, want int }{
		{1, 1},   // the tab
		{2, 2},   // x
		{7, 7},   // the opening quote
		{8, 8},   // П: two bytes in UTF-8, one unit in UTF-16
		{20, 14}, // the closing quote, after six Cyrillic letters
		{25, 19}, // 𝄞
		{29, 21}, // the quote after 𝄞: four bytes, two units (a surrogate pair)
		{36, 28}, // just past the end
		{38, 30}, // further past it: a unit per byte
	} {
		if got := utf16Column(line, tc.byteCol); got != tc.want {
			t.Errorf("utf16Column(byte %d) = %d, want %d", tc.byteCol, got, tc.want)
		}
	}
}

func TestTokenEnd(t *testing.T) {
	for _, tc := range []struct {
		line    string
		col     int
		want    int
		comment string
	}{
		{"\tlog.Printf(\"%s\", e.Phone)", 2, 5, "an identifier"},
		{"\tlog.Printf(\"%s\", e.Phone)", 13, 17, "a string literal"},
		{"\tx += 1", 4, 6, "an operator"},
		{"\tPhone string `pd:\"phone\"`", 15, 27, "a raw string"},
		{"\tx := 1 //hrvet:ignore consent why", 9, 35, "a comment"},
		{"\ts := `starts here", 7, 19, "a raw string that goes on: the rest of the line"},
		{"\tx := 1   ", 9, 9, "past the text: nothing to cover"},
		{"", 1, 1, "an empty line"},
	} {
		if got := tokenEnd(tc.line, tc.col); got != tc.want {
			t.Errorf("%s: tokenEnd(%q, %d) = %d, want %d", tc.comment, tc.line, tc.col, got, tc.want)
		}
	}
}

func TestCitations(t *testing.T) {
	doc := `consent: report transfers

Personal data go to a third party only with consent (Labour Code
art. 88 p.1), never commercially (art. 88 p.2); see also Labour Code art. 88 p.1
and Convention 108 art. 2(a), and Labour Code arts. 85-90.`
	want := []string{"Labour Code art. 88 p.1", "Convention 108 art. 2(a)", "Labour Code arts. 85-90"}
	if got := citations(doc); !slices.Equal(got, want) {
		t.Errorf("citations = %q, want %q", got, want)
	}
	if got := citations("report malformed tags"); got != nil {
		t.Errorf("citations of a doc citing nothing = %q", got)
	}
}

func TestArtifactLocation(t *testing.T) {
	for _, tc := range []struct{ file, uri, base string }{
		{"/w/p/a.go", "p/a.go", srcRoot},
		{"/w/dir with space/a.go", "dir%20with%20space/a.go", srcRoot},
		{"/w/x:y/a.go", "./x:y/a.go", srcRoot},
		{"/elsewhere/a.go", "file:///elsewhere/a.go", ""},
	} {
		got := artifactLocation(tc.file, "/w")
		if got.URI != tc.uri || got.URIBaseID != tc.base {
			t.Errorf("artifactLocation(%q) = %+v, want %q based on %q", tc.file, got, tc.uri, tc.base)
		}
	}
	if got := dirURI("/w/hr app"); got != "file:///w/hr%20app/" {
		t.Errorf("dirURI = %q", got)
	}
}
