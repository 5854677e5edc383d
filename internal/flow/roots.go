package flow

import (
	"go/token"
	"go/types"
	"sync"

	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// root returns the memory root an address or reference value points into
// and the field path within it: for &e.Contact.Phone, e and
// "Contact.Phone". Indexing, slicing, lookups, loads and conversions are
// looked through, so that req.Header.Set(k, v) writes into req, and the
// free variables of a closure resolve to the parent's values they are
// bound to.
func (u *unit) root(v ssa.Value) (ssa.Value, string) {
	var fields []string // innermost last
	for range maxRootChase {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			fields = append(fields, fieldName(x.X.Type(), x.Field))
			v = x.X
		case *ssa.Field:
			fields = append(fields, fieldName(x.X.Type(), x.Field))
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Index:
			v = x.X
		case *ssa.Lookup:
			v = x.X
		case *ssa.Slice:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return v, pathOf(fields)
			}
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.SliceToArrayPointer:
			v = x.X
		case *ssa.TypeAssert:
			v = x.X
		case *ssa.FreeVar:
			b, ok := u.bindings[x]
			if !ok {
				return v, pathOf(fields)
			}
			v = b
		case *ssa.Call:
			arg := u.aliasedArg(x)
			if arg == nil {
				return v, pathOf(fields)
			}
			v = arg
		default:
			return v, pathOf(fields)
		}
	}
	return v, pathOf(fields)
}

func pathOf(fields []string) string {
	p := ""
	for i := len(fields) - 1; i >= 0; i-- {
		p = joinPath(p, fields[i])
	}
	return p
}

// fieldName returns the name of field i of the struct type t (or of the
// struct t points to).
func fieldName(t types.Type, i int) string {
	if st := structOf(t); st != nil && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return "?"
}

// fieldVar returns field i of the struct type t (or of the struct t
// points to).
func fieldVar(t types.Type, i int) *types.Var {
	if st := structOf(t); st != nil && i < st.NumFields() {
		return st.Field(i)
	}
	return nil
}

func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		t = tp.Constraint()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// derefType returns what t points to, or t.
func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// writers are constructors whose result writes into (or reads from) the
// writer or reader they wrap, by argument index: writing into the result
// writes into the argument's memory.
var writers = map[string]int{
	"encoding/json.NewEncoder":       0,
	"encoding/xml.NewEncoder":        0,
	"encoding/gob.NewEncoder":        0,
	"encoding/csv.NewWriter":         0,
	"encoding/base64.NewEncoder":     1,
	"encoding/base32.NewEncoder":     1,
	"encoding/hex.NewEncoder":        0,
	"encoding/hex.Dumper":            0,
	"bufio.NewWriter":                0,
	"bufio.NewWriterSize":            0,
	"compress/gzip.NewWriter":        0,
	"compress/gzip.NewWriterLevel":   0,
	"compress/zlib.NewWriter":        0,
	"compress/zlib.NewWriterLevel":   0,
	"compress/flate.NewWriter":       0,
	"archive/zip.NewWriter":          0,
	"archive/tar.NewWriter":          0,
	"mime/multipart.NewWriter":       0,
	"text/tabwriter.NewWriter":       0,
	"mime/quotedprintable.NewWriter": 0,
}

// writerPackages are the import paths of the writers table: a call of
// any other package's function is turned away before its full name, a
// new string, is built (as for the sink catalogue, sinks.LookupFunc).
var writerPackages = sync.OnceValue(func() map[string]bool {
	paths := make(map[string]bool)
	for name := range writers {
		paths[sinks.PackageOf(name)] = true
	}
	return paths
})

// aliasedArg returns the argument whose memory the result of call
// shares, for the wrapping constructors of the writers table.
func (u *unit) aliasedArg(call *ssa.Call) ssa.Value {
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Object() == nil {
		return nil
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || !writerPackages()[obj.Pkg().Path()] {
		return nil
	}
	i, ok := writers[obj.FullName()]
	if !ok || i >= len(call.Call.Args) {
		return nil
	}
	return call.Call.Args[i]
}

// fresh reports whether a root is memory the function allocated for a
// literal or with make, whose parts are zero unless the function writes
// them. A named local variable is fresh only where the function returns
// its address and the address, or that of a part of it, goes to no call
// and into no other value: the generated constructor's this := T{};
// this.Name = name; return &this. Otherwise a decoder or a loader given
// &u may have filled it (and one whose summary is known does not say
// so: an ORM fills through reflection), and a variable a loop copies
// records into (for _, e := range staff, its address taken for a
// method) is the record it holds, the subject of a consent check on
// e.ID among others.
func fresh(r ssa.Value) bool {
	switch r := r.(type) {
	case *ssa.Alloc:
		switch r.Comment {
		case "complit", "slicelit", "varargs", "makeslice":
			return true
		}
		return returned(r) && addressKept(r, 0)
	case *ssa.MakeMap, *ssa.MakeSlice, *ssa.MakeChan, *ssa.MakeClosure:
		return true
	}
	return false
}

// returned reports whether the function returns v itself.
func returned(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		if _, ok := ref.(*ssa.Return); ok {
			return true
		}
	}
	return false
}

// addressKept reports whether address v (a local variable, or a part of
// one, depth selections down) is only stored through, loaded from or
// returned: never given to a call nor kept in another value.
func addressKept(v ssa.Value, depth int) bool {
	refs := v.Referrers()
	if refs == nil || depth > maxPathDepth {
		return false
	}
	for _, ref := range *refs {
		switch x := ref.(type) {
		case *ssa.Store:
			if x.Val == v {
				return false
			}
		case *ssa.UnOp, *ssa.DebugRef, *ssa.Return:
		case *ssa.FieldAddr:
			if !addressKept(x, depth+1) {
				return false
			}
		case *ssa.IndexAddr:
			if !addressKept(x, depth+1) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
