package lsp_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/lsp"
	"github.com/hrvet/hrvet/internal/suite"
)

func TestMainUsage(t *testing.T) {
	for _, tc := range []struct {
		args        []string
		code        int
		out, errOut string
	}{
		{[]string{"-h"}, 0, "usage: hrvet lsp", ""},
		{[]string{"-x"}, 2, "", "flag provided but not defined: -x"},
		{[]string{"./..."}, 2, "", `unexpected argument "./..."`},
	} {
		var stdout, stderr bytes.Buffer
		code := lsp.Main(tc.args, strings.NewReader(""), &stdout, &stderr, suite.Analyzers())
		if code != tc.code || !strings.Contains(stdout.String(), tc.out) || !strings.Contains(stderr.String(), tc.errOut) {
			t.Errorf("hrvet lsp %s: exit %d, stdout %q, stderr %q; want %d, %q, %q",
				strings.Join(tc.args, " "), code, stdout.String(), stderr.String(), tc.code, tc.out, tc.errOut)
		}
	}
}

// A client that goes away without shutdown and exit ends the server with
// exit status 1, not a hang.
func TestMainEndOfInput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := lsp.Main(nil, strings.NewReader(""), &stdout, &stderr, suite.Analyzers()); code != 1 {
		t.Errorf("hrvet lsp on empty input: exit %d, stderr %q; want 1", code, stderr.String())
	}
}
