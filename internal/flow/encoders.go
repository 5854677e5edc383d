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

	// Responses of web frameworks (expose sinks) that encode a value.
	"(*github.com/gin-gonic/gin.Context).JSON":         {2, "json", "MarshalJSON"},
	"(*github.com/gin-gonic/gin.Context).IndentedJSON": {2, "json", "MarshalJSON"},
	"(*github.com/gin-gonic/gin.Context).SecureJSON":   {2, "json", "MarshalJSON"},
	"(*github.com/gin-gonic/gin.Context).PureJSON":     {2, "json", "MarshalJSON"},
	"(*github.com/gin-gonic/gin.Context).AsciiJSON":    {2, "json", "MarshalJSON"},
	"(*github.com/gin-gonic/gin.Context).JSONP":        {2, "json", "MarshalJSON"},
	"(*github.com/gin-gonic/gin.Context).XML":          {2, "xml", "MarshalXML"},
	"(*github.com/gin-gonic/gin.Context).YAML":         {2, "yaml", "MarshalYAML"},
	"(github.com/labstack/echo/v4.Context).JSON":       {2, "json", "MarshalJSON"},
	"(github.com/labstack/echo/v4.Context).JSONPretty": {2, "json", "MarshalJSON"},
	"(github.com/labstack/echo/v4.Context).JSONP":      {3, "json", "MarshalJSON"},
	"(github.com/labstack/echo/v4.Context).XML":        {2, "xml", "MarshalXML"},
	"(github.com/labstack/echo/v4.Context).XMLPretty":  {2, "xml", "MarshalXML"},
	"(*github.com/gofiber/fiber/v2.Ctx).JSON":          {1, "json", "MarshalJSON"},
	"(*github.com/gofiber/fiber/v2.Ctx).JSONP":         {1, "json", "MarshalJSON"},
	"(*github.com/gofiber/fiber/v2.Ctx).XML":           {1, "xml", "MarshalXML"},
	"github.com/go-chi/render.JSON":                    {2, "json", "MarshalJSON"},
	"github.com/go-chi/render.XML":                     {2, "xml", "MarshalXML"},
}

// encoderByTag returns the encoder of a struct tag key, for a summary's
// ParamFlow.Encoding.
func encoderByTag(tag string) (encoder, bool) {
	switch tag {
	case "json":
		return encoder{tag: "json", marshal: "MarshalJSON"}, true
	case "xml":
		return encoder{tag: "xml", marshal: "MarshalXML"}, true
	case "yaml":
		return encoder{tag: "yaml", marshal: "MarshalYAML"}, true
	}
	return encoder{}, false
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
			t := concreteType(c.args[enc.arg])
			if types.IsInterface(t) {
				u.noteEncodedParams(data[k].labels, enc)
			}
			data[k].labels = u.encoded(data[k].labels, t, enc, 0)
		}
	}
}

// noteEncodedParams records that the unit's parameters among s are
// encoded as interfaces, whose concrete types only the callers know: a
// helper writeJSON(w, v any) encodes what each caller passes, by that
// value's tags. The summary row of such a parameter says so
// (ParamFlow.Encoding), and each caller narrows its argument as the
// encoder would. A parameter that also reaches the sink unencoded, by
// another path in the helper, is narrowed too.
func (u *unit) noteEncodedParams(s labelSet, enc encoder) {
	for _, l := range s {
		if src := &u.sources[l.src]; src.param >= 0 && src.fn == u.top && l.sel == "" {
			if u.encodedBy == nil {
				u.encodedBy = make(map[int32]string)
			}
			u.encodedBy[l.src] = enc.tag
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
	_, st := elemStructType(t)
	return st
}

// elemStructType is elemStruct with the type whose underlying type the
// struct is: the named type, where there is one.
func elemStructType(t types.Type) (types.Type, *types.Struct) {
	for range maxEncodeDepth {
		switch x := t.Underlying().(type) {
		case *types.Struct:
			return t, x
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Array:
			t = x.Elem()
		case *types.Map:
			t = x.Elem()
		default:
			return nil, nil
		}
	}
	return nil, nil
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
