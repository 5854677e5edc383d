// want package:`marks\(1 fields, 8 funcs, 0 types\)`

// Package decl is marked through its .hrvet.yaml, with inference off.
package decl

// Local is marked by the config.
type Local struct {
	Code  string // want Code:`pd\(govid, config\)`
	Phone string // inference is off: not marked
}

// Employee would be inferred, but the config says infer: false.
type Employee struct {
	Name string
}

// Client is a CRM client.
type Client struct{}

// Push is a sink by config.
func (*Client) Push(s string) {} // want Push:`sink\(transfer\)\[purpose=crm\]`

// Check is a consent check by config.
func Check(id int) bool { return id > 0 } // want Check:`consent\[purpose=payroll\] bool`

// Hide is a redactor by config.
func Hide(s string) string { return "" } // want Hide:`redact`

// ToFund has a basis by config.
func ToFund(s string) {} // want ToFund:`basis\("Federal Law 27-FZ art. 11"\)`

// MayView is an authorization check by config.
func MayView(userID int) bool { return userID > 0 } // want MayView:`authorize\[role=manager\] bool`

// Middleware is an authorization middleware by config; its role is the
// argument at each call.
func Middleware(role string) func(next func()) func() { return nil } // want Middleware:`authorize middleware`

// Tagged says in its source that Code is not personal data; that wins over
// the config.
type Tagged struct {
	Code string `pd:"-"`
}

// Cut is a decision by config.
func Cut(l Local) {} // want Cut:`decision`

// Board records the officers' answers.
type Board struct{}

// Approve is a review by config.
func (*Board) Approve(id int) error { return nil } // want Approve:`review error`

// Dismiss would be inferred to be a decision, but the config says
// infer: false.
func Dismiss(l Local) {}
