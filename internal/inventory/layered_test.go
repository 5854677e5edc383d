package inventory_test

import (
	"fmt"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/inventory"
	"github.com/hrvet/hrvet/internal/vettest"
	"golang.org/x/tools/go/analysis"
)

func TestMain(m *testing.M) { vettest.Main(m, recordProbe) }

// recordProbe reports what the inventory records of a package, so that
// want comments can state it and vettest can compare the record under
// analysistest with the record under go vet: each flow at its call, and
// each field of another package read here at the package clause.
var recordProbe = &analysis.Analyzer{
	Name:       "recordprobe",
	Doc:        "reports the inventory's record of a package, for tests",
	Requires:   []*analysis.Analyzer{inventory.Analyzer},
	ResultType: reflect.TypeFor[*inventory.Record](),
	Run: func(pass *analysis.Pass) (any, error) {
		rec := pass.ResultOf[inventory.Analyzer].(*inventory.Record)
		for _, f := range rec.Flows {
			var data []string
			for _, d := range f.Data {
				data = append(data, d.Field)
			}
			via := ""
			if len(f.Sink.Via) > 0 {
				via = " via " + strings.Join(f.Sink.Via, ", ")
			}
			pass.Reportf(posIn(pass, f.Pos), "flow %s -> %s%s guard=%s status=%s", strings.Join(data, ", "), f.Sink.Name, via, f.Guard.Kind, f.Status)
		}
		for _, f := range rec.Fields {
			if f.Package != pass.Pkg.Path() && len(pass.Files) > 0 {
				pass.Reportf(pass.Files[0].Package, "field %s %s %s", f.Package, f.Name, f.Category)
			}
		}
		return rec, nil
	},
}

// posIn finds a recorded position in the pass's files.
func posIn(pass *analysis.Pass, p inventory.Position) token.Pos {
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf.Name() == p.File && p.Line >= 1 && p.Line <= tf.LineCount() {
			return tf.LineStart(p.Line) + token.Pos(max(p.Column-1, 0))
		}
	}
	panic(fmt.Sprintf("recordprobe: %s is in no file of %s", p, pass.Pkg.Path()))
}

// TestLayered checks the record of data, consent checks, redactors, sinks
// and wrappers declared two and three imports below their use
// (testdata/layered), under analysistest and again under go vet.
func TestLayered(t *testing.T) {
	vettest.Run(t, filepath.Join("..", "..", "testdata", "layered"), recordProbe, "layered/inventory/...")
}
