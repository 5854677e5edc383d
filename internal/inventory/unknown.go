package inventory

import (
	"cmp"
	"slices"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/flow"
)

// Call is personal data passed, at one call of a package, to a function
// of another module that hrvet knows neither as a sink nor as harmless
// (flow.UnknownCall). Records keep every call; the Inventory groups them
// by callee.
type Call struct {
	Pos     Position `json:"pos"`
	Package string   `json:"package"` // the package of the call
	Func    string   `json:"func"`    // the function holding the call, as for flows
	Callee  string   `json:"callee"`  // as types.Func.FullName prints it
	Data    []Datum  `json:"data"`    // sorted by field name
}

// Unknown is one function of another module that personal data are
// passed to and that hrvet does not know: a row of the section "Personal
// data passed to calls hrvet does not know".
type Unknown struct {
	Callee     string                 `json:"callee"`     // as types.Func.FullName prints it
	Data       []Datum                `json:"data"`       // every field passed at any of its calls, sorted
	Categories []annotations.Category `json:"categories"` // the categories of Data, sorted
	Calls      int                    `json:"calls"`      // how many calls pass personal data to it
	At         []Position             `json:"at"`         // the first maxUnknownSites of those calls, by position
}

// maxUnknownSites is how many call sites an Unknown row shows: enough to
// find the calls, few enough to keep the row short.
const maxUnknownSites = 3

// unknownCalls records the flow engine's calls hrvet does not know.
func (b *builder) unknownCalls(res *flow.Result) {
	for _, uc := range res.Unknown {
		c := Call{
			Pos:     b.position(uc.Pos),
			Package: b.rec.Package,
			Func:    b.enclosingFunc(uc.Pos),
			Callee:  uc.Callee,
		}
		for _, d := range uc.Data {
			c.Data = append(c.Data, Datum{Field: d.Name, Category: d.Category})
		}
		c.Data = sortData(c.Data)
		b.rec.Calls = append(b.rec.Calls, c)
	}
}

func compareCalls(a, b Call) int {
	return cmp.Or(
		a.Pos.compare(b.Pos),
		cmp.Compare(a.Callee, b.Callee),
		cmp.Compare(dataString(a.Data), dataString(b.Data)),
		cmp.Compare(a.Package, b.Package),
		cmp.Compare(a.Func, b.Func),
	)
}

// unknowns groups calls, sorted by position, into one row per callee,
// sorted by how much personal data each takes: the most distinct fields
// first, then the most categories, then by name.
func unknowns(calls []Call) []Unknown {
	index := make(map[string]int)
	var out []Unknown
	for _, c := range calls {
		i, ok := index[c.Callee]
		if !ok {
			i = len(out)
			index[c.Callee] = i
			out = append(out, Unknown{Callee: c.Callee})
		}
		u := &out[i]
		u.Calls++
		if len(u.At) < maxUnknownSites {
			u.At = append(u.At, c.Pos)
		}
		u.Data = append(u.Data, c.Data...)
	}
	for i := range out {
		u := &out[i]
		u.Data = sortData(u.Data)
		u.Categories = []annotations.Category{}
		for _, d := range u.Data {
			u.Categories = append(u.Categories, d.Category)
		}
		slices.Sort(u.Categories)
		u.Categories = slices.Compact(u.Categories)
	}
	slices.SortFunc(out, func(a, b Unknown) int {
		return cmp.Or(
			cmp.Compare(distinctFields(b.Data), distinctFields(a.Data)),
			cmp.Compare(len(b.Categories), len(a.Categories)),
			cmp.Compare(a.Callee, b.Callee),
		)
	})
	if out == nil {
		out = []Unknown{}
	}
	return out
}

// distinctFields counts the fields of sorted data.
func distinctFields(data []Datum) int {
	n := 0
	for i, d := range data {
		if i == 0 || d.Field != data[i-1].Field {
			n++
		}
	}
	return n
}
