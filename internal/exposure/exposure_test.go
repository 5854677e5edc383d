package exposure_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/exposure"
	"github.com/hrvet/hrvet/internal/flow"
)

var roles = exposure.NewRoles([]config.Role{
	{Name: "manager", Categories: []annotations.Category{"name", "phone"}},
	{Name: "hr", All: true},
})

var (
	name     = flow.Origin{Name: "Employee.Name", Category: "name"}
	passport = flow.Origin{Name: "Employee.Passport", Category: "govid"}
	sick     = flow.Origin{Name: "Employee.Sick", Category: "health"}
)

var (
	open     = flow.Route{Method: "GET", Path: "/open"}
	param    = flow.Route{Method: "GET", Path: "/param", Open: true}
	manager  = flow.Route{Method: "GET", Path: "/team", Guarded: true, Role: "manager", Middleware: "auth.Require"}
	hr       = flow.Route{Method: "GET", Path: "/hr", Guarded: true, Role: "hr", Middleware: "auth.Require"}
	manager2 = flow.Route{Method: "GET", Path: "/team2", Guarded: true, Role: "manager", Middleware: "auth.Manager"}
)

// verdict describes v as the tests compare it: the flow's status, the
// route its message names, each way, and each excess once.
func verdict(v exposure.Verdict) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", status(v.Status))
	if v.Open != nil {
		fmt.Fprintf(&b, " open=%s", v.Open.Path)
	}
	for _, w := range v.Ways {
		path := "-"
		if w.Route != nil {
			path = w.Route.Path
		}
		guard := "none"
		if w.Guard != nil {
			guard = w.Guard.Check + "/" + w.Guard.Role
			if w.Guard.InHandler {
				guard = "in handler " + guard
			}
		}
		fmt.Fprintf(&b, "; %s %s %s", path, guard, status(w.Status))
	}
	for _, e := range v.Excess {
		fmt.Fprintf(&b, "; excess: %s", e)
	}
	return b.String()
}

func status(s exposure.Status) string {
	return [...]string{"ok", "elsewhere", "beyond need", "unguarded"}[s]
}

func TestJudge(t *testing.T) {
	inHandler := func(role string) flow.Guard {
		return flow.Guard{Kind: flow.ByAuthorization, Check: "auth.Allowed", Role: role}
	}
	tests := []struct {
		name  string
		roles exposure.Roles
		f     flow.Flow
		want  string
	}{
		{"no access known", roles,
			flow.Flow{Problem: flow.Unguarded, Data: []flow.Origin{name}},
			"unguarded; - none unguarded"},
		{"unregistered", roles,
			flow.Flow{Problem: flow.Unguarded, Data: []flow.Origin{name}, Access: &flow.Access{Handler: "h"}},
			"unguarded; - none unguarded"},
		{"deferred to an importer", roles,
			flow.Flow{Problem: flow.Unguarded, Data: []flow.Origin{name}, Access: &flow.Access{Handler: "h", Deferred: true}},
			"elsewhere; - none elsewhere"},
		{"check in the handler guards every route", roles,
			flow.Flow{Guard: inHandler("manager"), Data: []flow.Origin{name, passport}, Access: &flow.Access{Routes: []flow.Route{open, param}}},
			"beyond need; /open in handler auth.Allowed/manager beyond need; /param in handler auth.Allowed/manager beyond need; " +
				"excess: Employee.Passport (govid) is exposed to role manager, which needs only name, phone"},
		{"check in an unregistered handler", roles,
			flow.Flow{Guard: inHandler("hr"), Data: []flow.Origin{name, sick}, Access: &flow.Access{}},
			"ok; - in handler auth.Allowed/hr ok"},
		{"one route open, one guarded", roles,
			flow.Flow{Problem: flow.Unguarded, Data: []flow.Origin{name, passport}, Access: &flow.Access{Routes: []flow.Route{hr, open, manager}}},
			"unguarded open=/open; /hr auth.Require/hr ok; /open none unguarded; /team auth.Require/manager beyond need; " +
				"excess: Employee.Passport (govid) is exposed to role manager, which needs only name, phone"},
		{"a router from a parameter and a guarded route", roles,
			flow.Flow{Problem: flow.Unguarded, Data: []flow.Origin{name}, Access: &flow.Access{Routes: []flow.Route{param, manager}}},
			"ok; /param none elsewhere; /team auth.Require/manager ok"},
		{"only a router from a parameter", roles,
			flow.Flow{Problem: flow.Unguarded, Data: []flow.Origin{name}, Access: &flow.Access{Routes: []flow.Route{param}}},
			"elsewhere; /param none elsewhere"},
		{"two middleware of one role: the excess once", roles,
			flow.Flow{Problem: flow.Unguarded, Data: []flow.Origin{passport, passport}, Access: &flow.Access{Routes: []flow.Route{manager, manager2}}},
			"beyond need; /team auth.Require/manager beyond need; /team2 auth.Manager/manager beyond need; " +
				"excess: Employee.Passport (govid) is exposed to role manager, which needs only name, phone"},
		{"a role with no entry sees all but the special categories", roles,
			flow.Flow{Guard: inHandler("auditor"), Data: []flow.Origin{name, passport, sick}},
			"beyond need; - in handler auth.Allowed/auditor beyond need; " +
				"excess: Employee.Sick (health), of a special category, is exposed to role auditor, which roles: does not list"},
		{"an unknown role", roles,
			flow.Flow{Guard: inHandler(""), Data: []flow.Origin{sick, name}},
			"beyond need; - in handler auth.Allowed/ beyond need; " +
				"excess: Employee.Sick (health), of a special category, is exposed to an authorised caller of unknown role; name the role in the authorization and list the category under it in roles:"},
		{"no roles: only the authorization", exposure.NewRoles(nil),
			flow.Flow{Guard: inHandler(""), Data: []flow.Origin{sick, name}},
			"ok; - in handler auth.Allowed/ ok"},
	}
	for _, tt := range tests {
		if got := verdict(tt.roles.Judge(&tt.f)); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
