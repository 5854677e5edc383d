// want package:`marks\(14 fields, 0 funcs, 0 types\)`

// Package people holds structs that carry a person's data without being
// named like a person, and things that look like people but are not.
package people

// UserAdminRead is a user as an admin reads it: a CRUD schema's view of
// the user record.
type UserAdminRead struct {
	ID       string `json:"id"`
	Email    string `json:"email"` // want Email:`pd\(email, inferred name "email"\)`
	IsActive bool   `json:"is_active"`
}

// Invite names the person invited.
type Invite struct {
	Email    string  // want Email:`pd\(email, inferred name "email"\)`
	FullName *string `json:"full_name,omitempty"` // want FullName:`pd\(name, inferred name "full name"\)`
	Token    string
}

// Recipient is a person noun of SPEC section 2.
type Recipient struct {
	Name  string // want Name:`pd\(name, inferred name "name"\)`
	Email string // want Email:`pd\(email, inferred name "email"\)`
}

// Subscriber is a newsletter's: its own fields name an e-mail address and
// a name, two identifying categories.
type Subscriber struct {
	UUID   string `db:"uuid"`
	Email  string `db:"email"` // want Email:`pd\(email, inferred name "email"\)`
	Name   string `db:"name"`  // want Name:`pd\(name, inferred name "name"\)`
	Status string `db:"status"`
}

// Lead has an e-mail address and a phone; a pd tag counts as evidence.
type Lead struct {
	Reach  string `pd:"phone"` // want Reach:`pd\(phone, tag\)`
	Email  string // want Email:`pd\(email, inferred name "email"\)`
	Source string
	Notes  struct {
		Mobile string // want Mobile:`pd\(phone, inferred name "mobile"\)`
	}
}

// ForgotPasswordRequest holds only the address of the person who asked.
type ForgotPasswordRequest struct {
	Email string `json:"email"` // want Email:`pd\(email, inferred name "email"\)`
}

// LoginRequest: the e-mail is the sender's.
type LoginRequest struct {
	Email    string `json:"email"` // want Email:`pd\(email, inferred name "email"\)`
	Password string `json:"password"`
}

// ResendOTPInput: the phone is the sender's.
type ResendOTPInput struct {
	Phone string `json:"phone"` // want Phone:`pd\(phone, inferred name "phone"\)`
}

// CreateTicketRequest: in a request body only the e-mail counts; the
// title is the ticket's.
type CreateTicketRequest struct {
	Email string `json:"email"` // want Email:`pd\(email, inferred name "email"\)`
	Title string `json:"title"`
}

// Courier has only a name and a phone, which a shop has too: no evidence
// enough.
type Courier struct {
	Name  string
	Phone string
}

// Company has a name, an e-mail address, a phone and an address of its
// own.
type Company struct {
	Name    string
	Email   string
	Phone   string
	Address string
}

// SMTPConfig is mail machinery: the sender is the application.
type SMTPConfig struct {
	Host      string
	From      string
	FromName  string
	FromEmail string
	Email     string
	Phone     string
}

// Tenant is an organisation.
type Tenant struct {
	Name  string
	Email string
	Phone string
}

// Event's contact fields may be a thing's: no evidence.
type Event struct {
	Name         string
	ContactEmail string
	ContactPhone string
	Location     string
}

// Team has members: a group, not a person.
type Team struct {
	Email   string
	Phone   string
	Members []string
}

// RecipientList is a collection: its Name is the list's.
type RecipientList struct {
	Name       string
	Recipients []Recipient
}

// Quiet says pd:"-" on its e-mail: no evidence.
type Quiet struct {
	Email string `pd:"-"`
	Name  string
}

// Hashed keeps only digests: no evidence.
type Hashed struct {
	EmailHash string
	Phone     string `db:"phone_hash"`
	Name      string
}
