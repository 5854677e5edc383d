// Command floor is the benchmark's floor: hrvet's driver running one
// analyzer that does nothing but declare a fact type. Declaring a fact
// makes the checker load and type-check every dependency from source and
// run the analyzer on each, as hrvet must, so its time and memory are the
// cost of loading and type-checking alone.
package main

import (
	"reflect"

	"github.com/hrvet/hrvet/internal/driver"
	"golang.org/x/tools/go/analysis"
)

// nothing is the fact type the floor analyzer declares and never exports.
type nothing struct{}

func (*nothing) AFact() {}

func (*nothing) String() string { return "nothing" }

var floor = &analysis.Analyzer{
	Name:       "floor",
	Doc:        "do nothing, with a fact type, to measure the cost of loading and type-checking",
	FactTypes:  []analysis.Fact{new(nothing)},
	ResultType: reflect.TypeFor[*nothing](),
	Run:        func(*analysis.Pass) (any, error) { return new(nothing), nil },
}

func main() {
	driver.Command([]*analysis.Analyzer{floor})
}
