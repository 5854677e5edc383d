package flow

import (
	"go/token"
	"go/types"
	"slices"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/annotations"
	"golang.org/x/tools/go/ssa"
)

// A source is where data enter the function: one of its parameters (the
// data come from the callers) or an origin (personal data that start
// here: a field read, a call result, a decoded value).
type source struct {
	param int           // >= 0: index of a parameter of fn; -1: an origin
	fn    *ssa.Function // parameters: the unit's function or one of its literals

	// Origins only.
	pos       token.Pos
	data      []carried
	root      ssa.Value // the value the data belong to, for consent subjects
	typeBased bool      // the data were inferred from a whole value's type, not read
}

// carried is one personal field an origin carries, at path within the
// origin's value.
type carried struct {
	name string
	cat  annotations.Category
	path string
	note string // why the field is personal, where its name cannot say (see copiedFields)
}

// srcKey identifies the origin an instruction creates, so that every round
// of the fixpoint finds the same source.
type srcKey struct {
	at   any // the instruction or value
	kind byte
	n    int
}

const (
	keyRead       byte = iota // a read of personal data
	keyType                   // a whole person-bearing value
	keyReturn                 // data a callee's summary says originate inside it
	keyWrite                  // data a callee's summary says it writes into an argument
	keyPointee                // a person-bearing value a call is given a pointer to
	keyStore                  // a value of unknown origin stored into a personal field
	keySourceFunc             // the result of a source function (see sourceFuncs)
	keyDerived                // data a callee's summary says its result is computed from (Summary.Derives)
)

// origin returns the index of the origin created by key, creating it with
// make the first time.
func (u *unit) origin(key srcKey, build func() source) (int32, bool) {
	if i, ok := u.srcMemo[key]; ok {
		return i, i >= 0
	}
	s := build()
	if len(s.data) == 0 {
		u.srcMemo[key] = -1
		return -1, false
	}
	s.param = -1
	i := int32(len(u.sources))
	u.sources = append(u.sources, s)
	u.srcMemo[key] = i
	return i, true
}

// dataOf returns the personal data a label stands for, with paths
// relative to the selection.
func (u *unit) dataOf(l label) []carried {
	s := &u.sources[l.src]
	if l.sel == "" {
		return s.data
	}
	var out []carried
	for _, c := range s.data {
		if rest, ok := underPath(c.path, l.sel); ok {
			c.path = rest
			out = append(out, c)
		} else if _, ok := underPath(l.sel, c.path); ok {
			c.path = "" // the selection lies inside one personal field
			out = append(out, c)
		}
	}
	return out
}

// fieldInfo is what the catalogue says about a struct field.
type fieldInfo struct {
	personal bool
	bearing  bool // the field's type carries personal fields
}

func (p *pkgCtx) field(v *types.Var) fieldInfo {
	if fi, ok := p.fields[v]; ok {
		return fi
	}
	var fi fieldInfo
	if _, ok := p.cat.Field(v); ok {
		fi.personal = true
	} else if _, ok := p.copiedFields()[v]; ok {
		fi.personal = true
	}
	fi.bearing = len(p.cat.PersonalFields(v.Type())) > 0
	p.fields[v] = fi
	return fi
}

// bearing reports whether values of type t carry personal fields.
func (p *pkgCtx) bearing(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := p.bearings[t]; ok {
		return b
	}
	b := len(p.cat.PersonalFields(t)) > 0
	p.bearings[t] = b
	return b
}

// typeData lists the personal fields a value of type t carries, with
// paths relative to the value.
func (p *pkgCtx) typeData(t types.Type) []carried {
	return append(relative(p.cat.PersonalFields(t), ""), p.copiedData(t)...)
}

// fieldData lists the personal data a read of field f of a struct of type
// st yields: the field itself if it is personal, or the personal fields
// within it.
func (p *pkgCtx) fieldData(st types.Type, f *types.Var) []carried {
	if ff, ok := p.cat.Field(f); ok {
		return []carried{{name: structName(st) + "." + f.Name(), cat: ff.Category}}
	}
	if c, ok := p.copiedFields()[f]; ok {
		return []carried{{name: structName(st) + "." + f.Name(), cat: c.cat, note: c.note}}
	}
	return relative(p.cat.PersonalFields(f.Type()), "")
}

// relative turns the catalogue's paths ("Employee.Contact.Phone") into
// paths below the value ("Contact.Phone") and keeps those under prefix.
func relative(pfs []pdfields.PersonalField, prefix string) []carried {
	var out []carried
	for _, pf := range pfs {
		_, rel := firstField(pf.Path)
		rest, ok := underPath(rel, prefix)
		if !ok {
			continue
		}
		out = append(out, carried{name: pf.Path, cat: pf.Fact.Category, path: truncPath(rest)})
	}
	return out
}

// structName names a struct type as messages do: its type name, or
// "struct" for a literal struct type.
func structName(t types.Type) string {
	for {
		switch tt := types.Unalias(t).(type) {
		case *types.Pointer:
			t = tt.Elem()
			continue
		case *types.Named:
			return tt.Obj().Name()
		}
		return "struct"
	}
}

// withoutWritten drops the data whose path (below base) the function
// itself writes: a read of them yields what was written, not unknown data.
func withoutWritten(data []carried, written []string, base string) []carried {
	if len(written) == 0 {
		return data
	}
	return slices.DeleteFunc(slices.Clone(data), func(c carried) bool {
		abs := joinPath(base, c.path)
		for _, w := range written {
			if _, ok := underPath(abs, w); ok {
				return true
			}
		}
		return false
	})
}
