package flow

import (
	"fmt"
	"testing"
)

// TestCompactKeepsWholeParameters checks that a summary over its row
// bound keeps the flows of whole parameters: a configuration record's
// many fields reaching the sink first (casdoor's e-mail provider, whose
// receiver's twenty fields go to the HTTP call) must not crowd out the
// recipient given whole.
func TestCompactKeepsWholeParameters(t *testing.T) {
	var pfs []ParamFlow
	for i := range maxSummaryRows + 10 {
		pfs = append(pfs, ParamFlow{Param: 0, Path: []string{fmt.Sprintf("F%02d", i)}, Kind: "transfer", Sink: "(*net/http.Client).Do"})
	}
	pfs = append(pfs, ParamFlow{Param: 3, Kind: "transfer", Sink: "(*net/http.Client).Do"})
	out := compactParamFlows(pfs)
	if len(out) != maxSummaryRows {
		t.Fatalf("got %d rows, want the bound %d", len(out), maxSummaryRows)
	}
	if out[0].Param != 3 || len(out[0].Path) != 0 {
		t.Errorf("first row is %v, want the whole parameter 3", out[0])
	}
}

// TestCompactSubsumes checks that a flow of a whole parameter subsumes
// the flows of its fields to the same sink.
func TestCompactSubsumes(t *testing.T) {
	out := compactParamFlows([]ParamFlow{
		{Param: 1, Path: []string{"Phone"}, Kind: "log", Sink: "log.Printf"},
		{Param: 1, Kind: "log", Sink: "log.Printf"},
		{Param: 1, Path: []string{"Phone"}, Kind: "transfer", Sink: "net/http.Post"},
	})
	if len(out) != 2 {
		t.Fatalf("got %v, want the whole parameter to log.Printf and its Phone to net/http.Post", out)
	}
}
