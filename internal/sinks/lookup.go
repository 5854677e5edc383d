package sinks

import (
	"cmp"
	"go/types"
	"slices"
	"strings"
	"sync"
)

// Entry is one built-in sink.
type Entry struct {
	// Func names the function as types.Func.FullName prints it. A final
	// ".*" stands for every function of the package ("log.*") or every
	// method of the receiver ("(*log.Logger).*").
	Func    string
	Kind    Kind
	Purpose string // the purpose data are used for, if the sink implies one
	Library string // import path of the module or package, for grouping
	Data    Data   // which values of the call carry the data
	Note    string // a short remark for the documentation
}

// Wildcard reports whether e stands for every function of a package or
// every method of a receiver.
func (e Entry) Wildcard() bool { return strings.HasSuffix(e.Func, ".*") }

var catalogue = sync.OnceValues(func() ([]Entry, map[string]Entry) {
	entries := table()
	kindOrder := func(k Kind) int { return slices.Index(Kinds(), k) }
	slices.SortStableFunc(entries, func(a, b Entry) int {
		return cmp.Or(
			cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)),
			cmp.Compare(a.Library, b.Library),
			cmp.Compare(a.Func, b.Func),
		)
	})
	index := make(map[string]Entry, len(entries))
	for _, e := range entries {
		index[e.Func] = e // a duplicate is caught by the package's tests
	}
	return entries, index
})

// Builtin returns a copy of the built-in catalogue, sorted by kind (in the
// order of Kinds), library and function name.
func Builtin() []Entry {
	entries, _ := catalogue()
	return slices.Clone(entries)
}

// Lookup returns the built-in sink for a function named as
// types.Func.FullName prints it: an exact entry first, then a wildcard
// entry for its package or receiver. Type arguments of a generic
// receiver are ignored.
func Lookup(fullName string) (Entry, bool) {
	if fullName == "" || strings.HasSuffix(fullName, ".*") {
		return Entry{}, false
	}
	_, index := catalogue()
	name := stripTypeArgs(fullName)
	if e, ok := index[name]; ok {
		return e, true
	}
	dot := nameDot(name)
	if dot < 0 {
		return Entry{}, false
	}
	e, ok := index[name[:dot+1]+"*"]
	return e, ok
}

// LookupFunc returns the built-in sink for fn, looking up its origin when
// fn is an instantiation of a generic function or method.
//
// Most calls in a program are of functions of packages that hold no sink;
// those are turned away by their package path before the full name, a new
// string, is built.
func LookupFunc(fn *types.Func) (Entry, bool) {
	if fn == nil || fn.Pkg() == nil || !sinkPackages()[fn.Pkg().Path()] {
		return Entry{}, false
	}
	return Lookup(fn.Origin().FullName())
}

// sinkPackages is the set of import paths that declare a built-in sink.
var sinkPackages = sync.OnceValue(func() map[string]bool {
	entries, _ := catalogue()
	paths := make(map[string]bool)
	for _, e := range entries {
		paths[PackageOf(e.Func)] = true
	}
	return paths
})

// PackageOf returns the import path of the function or method a full
// name (as types.Func.FullName prints it) denotes: "net/http" for
// "net/http.Post" and for "(*net/http.Client).Do". Tables keyed by full
// name use it to turn away calls by package path before building the
// name of the callee, a new string.
func PackageOf(name string) string {
	name = stripTypeArgs(name)
	if recv, ok := strings.CutPrefix(name, "("); ok {
		name, _, _ = strings.Cut(strings.TrimPrefix(recv, "*"), ")") // the receiver type
	}
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		return name[:dot]
	}
	return name
}

// nameDot returns the index of the dot before the function or method name
// in a FullName, or -1 if there is none.
func nameDot(s string) int {
	if strings.HasPrefix(s, "(") {
		end := strings.IndexByte(s, ')')
		if end < 0 || end+1 >= len(s) || s[end+1] != '.' {
			return -1
		}
		return end + 1
	}
	return strings.LastIndexByte(s, '.')
}

// stripTypeArgs turns "(*p.List[T]).Push" into "(*p.List).Push".
func stripTypeArgs(s string) string {
	if !strings.HasPrefix(s, "(") {
		return s
	}
	open := strings.IndexByte(s, '[')
	if open < 0 {
		return s
	}
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return s[:open] + s[i+1:]
			}
		}
	}
	return s
}
