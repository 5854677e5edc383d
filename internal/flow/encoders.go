package flow

import (
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// encoder says how a serializing function names the value it encodes
// and the struct tag that leaves a field out.
type encoder struct {
	arg     int    // index into callee.args of the value encoded
	tag     string // struct tag key: "json", "xml", "yaml"
	marshal string // the method a type implements to encode itself
}

// encoders are the functions that encode a value by its fields' tags, by
// full name. What they leave out of the encoding (a field tagged "-", an
// unexported field) or replace (a type's MarshalJSON) is not in their
// result: posting json.Marshal(m) does not send m's json:"-" fields.
var encoders = map[string]encoder{
	"encoding/json.Marshal":                {0, "json", "MarshalJSON"},
	"encoding/json.MarshalIndent":          {0, "json", "MarshalJSON"},
	"(*encoding/json.Encoder).Encode":      {1, "json", "MarshalJSON"},
	"encoding/xml.Marshal":                 {0, "xml", "MarshalXML"},
	"encoding/xml.MarshalIndent":           {0, "xml", "MarshalXML"},
	"(*encoding/xml.Encoder).Encode":       {1, "xml", "MarshalXML"},
	"gopkg.in/yaml.v2.Marshal":             {0, "yaml", "MarshalYAML"},
	"gopkg.in/yaml.v3.Marshal":             {0, "yaml", "MarshalYAML"},
	"(*gopkg.in/yaml.v3.Encoder).Encode":   {1, "yaml", "MarshalYAML"},
	"go.yaml.in/yaml/v3.Marshal":           {0, "yaml", "MarshalYAML"},
	"go.yaml.in/yaml/v4.Marshal":           {0, "yaml", "MarshalYAML"},
	"(*go.yaml.in/yaml/v3.Encoder).Encode": {1, "yaml", "MarshalYAML"},
	"sigs.k8s.io/yaml.Marshal":             {0, "json", "MarshalJSON"},
}

// maxEncodeDepth bounds how deep encoded narrows nested structs.
const maxEncodeDepth = 4

// encodedArgs narrows, for a call of an encoder, what the encoded value
// carries to what the encoding holds.
func (u *unit) encodedArgs(c *callee, data []argData) {
	if c.obj == nil {
		return
	}
	enc, ok := encoders[c.name()]
	if !ok {
		return
	}
	for k := range data {
		if data[k].arg == enc.arg && enc.arg < len(c.args) {
			data[k].labels = u.encoded(data[k].labels, concreteType(c.args[enc.arg]), enc, 0)
		}
	}
}

// encoded returns what an encoding of a value of type t carrying s
// holds: for a type with its own marshal method, what that method's
// summary says its result carries (all of s when it has none); for a
// struct, its exported fields not tagged "-", each narrowed the same way;
// for anything else, all of s.
func (u *unit) encoded(s labelSet, t types.Type, enc encoder, depth int) labelSet {
	if len(s) == 0 || t == nil || depth > maxEncodeDepth {
		return s
	}
	if m := marshalMethod(t, enc.marshal); m != nil {
		sum := u.summaryOf(m)
		if sum == nil {
			return s
		}
		var out labelSet
		for _, rf := range sum.Returns {
			if rf.Result == 0 && rf.Param == 0 {
				out = union(out, rebase(u.selectPath(s, strings.Join(rf.Path, ".")), strings.Join(rf.At, ".")))
			}
		}
		return out // origins inside the method are its own reads, reported there
	}
	st := elemStruct(t)
	if st == nil || !leavesOut(t, enc, depth) {
		return s // nothing left out: the labels as they are, not split by field
	}
	var out labelSet
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() && !f.Embedded() {
			continue
		}
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get(enc.tag), ",")
		if name == "-" && !strings.HasPrefix(reflect.StructTag(st.Tag(i)).Get(enc.tag), "-,") {
			continue
		}
		fs := u.selectField(s, f.Name(), true)
		out = union(out, rebase(u.encoded(fs, f.Type(), enc, depth+1), f.Name()))
	}
	return out
}

// leavesOut reports whether an encoding of a value of type t leaves
// anything out: a field tagged "-", an unexported field, a type with its
// own marshal method, at any depth encoded looks at.
func leavesOut(t types.Type, enc encoder, depth int) bool {
	if depth > maxEncodeDepth {
		return false
	}
	if marshalMethod(t, enc.marshal) != nil {
		return true
	}
	st := elemStruct(t)
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get(enc.tag)
		if !f.Exported() && !f.Embedded() || tag == "-" || leavesOut(f.Type(), enc, depth+1) {
			return true
		}
	}
	return false
}

// marshalMethod returns the method name of t or *t, if it has one.
func marshalMethod(t types.Type, name string) *types.Func {
	for _, tt := range []types.Type{t, types.NewPointer(derefType(t))} {
		obj, _, _ := types.LookupFieldOrMethod(tt, true, nil, name)
		if fn, ok := obj.(*types.Func); ok {
			return fn
		}
	}
	return nil
}

// elemStruct returns the struct type t is, or points to, or holds the
// elements of (a slice, an array or a map of it), through pointers.
func elemStruct(t types.Type) *types.Struct {
	for range maxEncodeDepth {
		switch x := t.Underlying().(type) {
		case *types.Struct:
			return x
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Array:
			t = x.Elem()
		case *types.Map:
			t = x.Elem()
		default:
			return nil
		}
	}
	return nil
}

// concreteType returns the type of the value v wraps in an interface, or
// v's own type.
func concreteType(v ssa.Value) types.Type {
	for range maxRootChase {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v.Type()
		}
	}
	return v.Type()
}
