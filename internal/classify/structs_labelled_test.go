package classify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

// lf is one labelled field of a labelled struct: its Go name, raw tag and
// what a privacy reviewer says it holds.
type lf struct {
	name, tag string
	want      annotations.Category
}

// labelledStructs are whole structs as real back ends declare them, each
// field labelled by what a privacy reviewer says it holds. The first group
// is modelled on public HR and mailing-list back ends (Go-HRM,
// hris-backend-go, listmonk); the rest are the shapes typical Go back ends
// declare. Names and tags are written here from scratch: only the shape
// (type name, field names, tag names) matters to the classifier.
var labelledStructs = []struct {
	typeName string
	fields   []lf
}{
	// ---- person-like by name ----
	{"UserAdminRead", []lf{ // a user as an admin reads it
		{"ID", `json:"id"`, none},
		{"Email", `json:"email"`, annotations.Email},
		{"IsActive", `json:"is_active"`, none},
		{"Roles", `json:"roles"`, none},
		{"CreatedAt", `json:"created_at"`, none},
	}},
	{"UserMeRead", []lf{
		{"ID", `json:"id"`, none},
		{"Email", `json:"email"`, annotations.Email},
		{"NotificationsEnabled", `json:"notifications_enabled"`, none},
	}},
	{"UserCreate", []lf{
		{"Email", `json:"email"`, annotations.Email},
		{"Password", `json:"password"`, none},
		{"Phone", `json:"phone,omitempty"`, annotations.Phone},
	}},
	{"Invite", []lf{ // an invitation: the row becomes a user when accepted
		{"ID", `gorm:"type:uuid;primaryKey" json:"id"`, none},
		{"Email", `gorm:"type:citext;not null" json:"email"`, annotations.Email},
		{"FullName", `json:"full_name,omitempty"`, annotations.Name},
		{"Token", `json:"token"`, none},
		{"DepartmentID", `json:"department_id,omitempty"`, none},
		{"ExpiresAt", `json:"expires_at"`, none},
		{"LastEmailError", `json:"last_email_error,omitempty"`, none},
	}},
	{"InviteCreate", []lf{
		{"Email", `json:"email"`, annotations.Email},
		{"FullName", `json:"full_name,omitempty"`, annotations.Name},
		{"RoleIDs", `json:"role_ids,omitempty"`, none},
	}},
	{"InvitationDetailResponse", []lf{
		{"Token", `json:"token"`, none},
		{"Email", `json:"email"`, annotations.Email},
		{"EmployeeName", `json:"employee_name"`, annotations.Name},
		{"CompanyName", `json:"company_name"`, none},
		{"CompanyLogo", `json:"company_logo,omitempty"`, none},
		{"Status", `json:"status"`, none},
	}},
	{"Recipient", []lf{
		{"Name", "", annotations.Name},
		{"Email", "", annotations.Email},
		{"Type", "", none},
	}},
	{"EmergencyContact", []lf{
		{"Name", `json:"name"`, annotations.Name},
		{"Relation", `json:"relation"`, none},
		{"Phone", `json:"phone"`, annotations.Phone},
	}},
	{"Customer", []lf{
		{"ID", "", none},
		{"Name", "", annotations.Name},
		{"Email", "", annotations.Email},
		{"ShippingAddress", "", annotations.Address},
		{"CreatedAt", "", none},
	}},
	{"Profile", []lf{
		{"DisplayName", `json:"display_name"`, annotations.Name},
		{"Bio", `json:"bio"`, none},
		{"AvatarURL", `json:"avatar_url"`, none},
		{"Phone", `json:"phone"`, annotations.Phone},
	}},

	// ---- person-like by their fields ----
	{"Subscriber", []lf{ // a newsletter's subscriber
		{"UUID", `db:"uuid" json:"uuid"`, none},
		{"Email", `db:"email" json:"email"`, annotations.Email},
		{"Name", `db:"name" json:"name"`, annotations.Name},
		{"Attribs", `db:"attribs" json:"attribs"`, none},
		{"Status", `db:"status" json:"status"`, none},
	}},
	{"InviteAcceptResult", []lf{
		{"UserID", `json:"user_id"`, none},
		{"Email", `json:"email"`, annotations.Email},
		{"FullName", `json:"full_name"`, annotations.Name},
		{"Message", `json:"message"`, none},
	}},
	{"TokenVerifyResponse", []lf{ // the person who is setting a password
		{"Email", `json:"email"`, annotations.Email},
		{"FirstName", `json:"first_name"`, annotations.Name},
	}},
	{"Lead", []lf{ // a CRM lead
		{"ID", "", none},
		{"Email", "", annotations.Email},
		{"Phone", "", annotations.Phone},
		{"Source", "", none},
		{"Title", "", annotations.Employment},
	}},
	{"Signature", []lf{ // a commit's author or committer: a person
		{"Name", "", annotations.Name},
		{"Email", "", annotations.Email},
		{"When", "", none},
	}},
	{"Order", []lf{ // the shipping address and phone are the customer's
		{"ID", `json:"id"`, none},
		{"CustomerName", `json:"customer_name"`, annotations.Name},
		{"Phone", `json:"phone"`, annotations.Phone},
		{"ShippingAddress", `json:"shipping_address"`, annotations.Address},
		{"Total", `json:"total"`, none},
	}},
	{"Booking", []lf{
		{"GuestName", `json:"guest_name"`, annotations.Name},
		{"GuestEmail", `json:"guest_email"`, annotations.Email},
		{"Mobile", `json:"mobile"`, annotations.Phone},
		{"Nights", `json:"nights"`, none},
	}},
	{"Row", []lf{ // an import row, snake_case columns only
		{"A", `csv:"x" json:"email"`, annotations.Email},
		{"B", `json:"phone_number"`, annotations.Phone},
		{"C", `json:"department"`, none},
	}},
	{"Kontakt", []lf{ // transliterated Russian
		{"Telefon", "", annotations.Phone},
		{"Pochta", "", annotations.Email},
		{"Kommentariy", "", none},
	}},

	// ---- request bodies: the sender's address ----
	{"ForgotPasswordRequest", []lf{
		{"Email", `json:"email" binding:"required,email"`, annotations.Email},
	}},
	{"LoginRequest", []lf{
		{"Email", `json:"email"`, annotations.Email},
		{"Password", `json:"password"`, none},
		{"RememberMe", `json:"remember_me,omitempty"`, none},
	}},
	{"OTPVerifyRequest", []lf{
		{"Email", `json:"email"`, annotations.Email},
		{"OTP", `json:"otp"`, none},
	}},
	{"ResendOTPInput", []lf{
		{"Phone", `json:"phone"`, annotations.Phone},
	}},
	{"ChangeEmailRequest", []lf{
		{"NewEmail", `json:"new_email"`, annotations.Email},
		{"CurrentPassword", `json:"current_password"`, none},
	}},
	{"RegisterRequest", []lf{
		{"Email", `json:"email"`, annotations.Email},
		{"Password", `json:"password"`, none},
		{"ConfirmPassword", `json:"confirm_password"`, none},
	}},
	{"CreateRequest", []lf{ // package invitation's: whom to invite
		{"EmployeeID", "", none},
		{"CompanyID", "", none},
		{"Email", "", annotations.Email},
	}},
	{"CreateTicketRequest", []lf{ // only the e-mail counts in a request body
		{"Email", `json:"email"`, annotations.Email},
		{"Title", `json:"title"`, none}, // the ticket's title, not a job title
		{"Body", `json:"body"`, none},
	}},
	{"SubscribeForm", []lf{
		{"Email", `form:"email" json:"email"`, annotations.Email},
		{"ListID", `json:"list_id"`, none},
	}},
	// a subscription checkout's body (hris-backend-go): the payer's
	// e-mail, which the invoice is sent to
	{"CheckoutRequest", []lf{
		{"PlanID", `json:"plan_id"`, none},
		{"SeatCount", `json:"seat_count"`, none},
		{"BillingCycle", `json:"billing_cycle"`, none},
		{"PayerEmail", `json:"payer_email"`, annotations.Email},
	}},
	{"UpgradeRequest", []lf{
		{"PlanID", `json:"plan_id"`, none},
		{"SeatCount", `json:"seat_count"`, none},
		{"PayerEmail", `json:"payer_email"`, annotations.Email},
	}},
	// the payment provider's answer (hris-backend-go's Xendit wrapper):
	// the merchant's name is the company's
	{"InvoiceResponse", []lf{
		{"ID", `json:"id"`, none},
		{"ExternalID", `json:"external_id"`, none},
		{"UserID", `json:"user_id"`, none},
		{"Status", `json:"status"`, none},
		{"MerchantName", `json:"merchant_name"`, none},
		{"MerchantProfilePic", `json:"merchant_profile_picture_url"`, none},
		{"Amount", `json:"amount"`, none},
		{"PayerEmail", `json:"payer_email"`, annotations.Email},
		{"Description", `json:"description"`, none},
		{"InvoiceURL", `json:"invoice_url"`, none},
		{"PaymentChannel", `json:"payment_channel,omitempty"`, none},
	}},
	// the parameters of a call that mails a one-time code (hanko): the
	// address is the recipient's
	{"SendPasscodeParams", []lf{
		{"Template", "", none},
		{"EmailAddress", "", annotations.Email},
		{"Language", "", none},
		{"TenantID", "", none},
	}},
	{"SendNotificationParams", []lf{ // only the address counts: the Title is the message's
		{"Title", "", none},
		{"Body", "", none},
		{"Email", "", annotations.Email},
	}},

	// ---- person-like by their fields: a payer's name and e-mail ----
	{"CreateInvoiceRequest", []lf{ // hris-backend-go's Xendit wrapper
		{"ExternalID", `json:"external_id"`, none},
		{"Amount", `json:"amount"`, none},
		{"Description", `json:"description"`, none},
		{"PayerEmail", `json:"payer_email"`, annotations.Email},
		{"CustomerName", `json:"customer_name,omitempty"`, annotations.Name},
		{"Currency", `json:"currency,omitempty"`, none},
		{"InvoiceDuration", `json:"invoice_duration,omitempty"`, none},
		{"SuccessRedirectURL", `json:"success_redirect_url,omitempty"`, none},
		{"Items", `json:"items,omitempty"`, none},
		{"Metadata", `json:"metadata,omitempty"`, none},
	}},
	{"PayReq", []lf{ // a payment provider's request (casdoor's shape)
		{"ProviderName", "", none},
		{"ProductName", "", none},
		{"PayerName", "", annotations.Name},
		{"PayerId", "", none},
		{"PayerEmail", "", annotations.Email},
		{"PaymentName", "", none},
		{"ProductDisplayName", "", none},
		{"ProductDescription", "", none},
		{"ProductImage", "", none},
		{"Price", "", none},
		{"Currency", "", none},
		{"ReturnUrl", "", none},
		{"NotifyUrl", "", none},
	}},

	// ---- things: their name, phone and address are not a person's ----
	{"Company", []lf{
		{"ID", "", none},
		{"Name", "", none},
		{"Email", "", none},
		{"Phone", "", none},
		{"Address", "", none},
		{"LogoURL", "", none},
	}},
	{"CompanyResponse", []lf{
		{"ID", `json:"id"`, none},
		{"Name", `json:"company_name"`, none},
		{"Address", `json:"company_address,omitempty"`, none},
	}},
	{"Organization", []lf{
		{"Name", "", none},
		{"ContactEmail", "", none},
		{"Phone", "", none},
		{"Website", "", none},
	}},
	{"Department", []lf{
		{"Name", "", none},
		{"Phone", "", none},
		{"Address", "", none},
		{"Email", "", none},
	}},
	{"Tenant", []lf{
		{"Name", "", none},
		{"Email", "", none},
		{"Plan", "", none},
	}},
	{"Vendor", []lf{
		{"Name", "", none},
		{"Email", "", none},
		{"Phone", "", none},
	}},
	{"Branch", []lf{
		{"Name", "", none},
		{"Phone", "", none},
		{"City", "", none},
	}},
	{"Office", []lf{
		{"Name", "", none},
		{"Email", "", none},
		{"Address", "", none},
	}},
	{"Team", []lf{
		{"Name", "", none},
		{"Email", "", none}, // a group mailbox
		{"Members", "", none},
	}},
	{"SMTPConfig", []lf{
		{"Host", "", none},
		{"Port", "", none},
		{"Username", "", none},
		{"Password", "", none},
		{"From", "", none},
		{"FromName", "", none},
		{"FromEmail", "", none},
	}},
	{"MailSettings", []lf{
		{"SenderName", "", none},
		{"SenderEmail", "", none},
		{"ReplyTo", "", none},
	}},
	{"Sender", []lf{ // a configured sending identity
		{"Name", "", none},
		{"Email", "", none},
	}},
	{"Webhook", []lf{
		{"Name", "", none},
		{"URL", "", none},
		{"Email", "", none}, // where failures are reported
	}},
	{"Product", []lf{
		{"Name", "", none},
		{"Price", "", none},
		{"SKU", "", none},
	}},
	{"Server", []lf{
		{"Name", "", none},
		{"Address", "", none},
		{"Port", "", none},
	}},
	{"Peer", []lf{
		{"Name", "", none},
		{"Address", "", none},
	}},
	{"Shop", []lf{ // a name and a phone: a shop's as often as a person's
		{"Name", "", none},
		{"Phone", "", none},
		{"OpeningHours", "", none},
	}},
	{"Store", []lf{
		{"Name", "", none},
		{"Phone", "", none},
		{"Email", "", none},
	}},
	{"Venue", []lf{
		{"Name", "", none},
		{"Email", "", none},
		{"Capacity", "", none},
	}},
	{"Event", []lf{
		{"Name", "", none},
		{"ContactEmail", "", none},
		{"ContactPhone", "", none},
		{"Location", "", none},
	}},
	{"App", []lf{
		{"Name", "", none},
		{"SupportEmail", "", none},
		{"DisplayName", "", none},
	}},
	{"Settings", []lf{
		{"AppName", `json:"app.site_name"`, none},
		{"AppFromEmail", `json:"app.from_email"`, none},
	}},
	{"Config", []lf{ // the seeded super admin is a person, but in a config
		{"SuperAdminEmail", "", annotations.Email},
		{"SuperAdminName", "", annotations.Name},
		{"SMTPFromEmail", "", none},
		{"SMTPFromName", "", none},
	}},
	{"CreateCompanyRequest", []lf{
		{"Name", `json:"company_name"`, none},
		{"Address", `json:"company_address,omitempty"`, none},
		{"Email", `json:"email"`, none},
	}},
	{"UpdateSMTPRequest", []lf{
		{"Host", "", none},
		{"FromEmail", "", none},
	}},
	{"HealthResponse", []lf{
		{"Name", "", none},
		{"Status", "", none},
	}},
	{"RecipientList", []lf{
		{"Name", "", none}, // the list's name
		{"Recipients", "", none},
	}},
	{"CPUProfile", []lf{
		{"Name", "", none},
		{"Location", "", none},
	}},
	{"PaymentRequest", []lf{ // the merchant is paid: its e-mail is the shop's
		{"MerchantEmail", "", none},
		{"Amount", "", none},
		{"Reference", "", none},
	}},
	{"InvoiceSettings", []lf{ // a setting about the payer's e-mail, not one
		{"PayerEmailRequired", "", none},
		{"DefaultCurrency", "", none},
	}},
	{"SendReportParams", []lf{ // no address: the title is the report's
		{"Title", "", none},
		{"Recipients", "", none},
		{"Format", "", none},
	}},
	{"SendMailParams", []lf{ // mail machinery: the sender is the application
		{"FromName", "", none},
		{"FromEmail", "", none},
		{"Email", "", none}, // the relay's account
		{"Host", "", none},
	}},
	{"ListPasscodesParams", []lf{
		{"TenantID", "", none},
		{"Limit", "", none},
	}},
	// ---- people the rules do not see (honest misses) ----
	{"InviteListQuery", []lf{ // a filter: the e-mail searched for
		{"Page", `form:"page"`, none},
		{"Email", `form:"email"`, annotations.Email},
		{"Status", `form:"status"`, none},
	}},
	{"Courier", []lf{ // a name and a phone alone do not tell a person from a shop
		{"Name", "", annotations.Name},
		{"Phone", "", annotations.Phone},
		{"VehicleID", "", none},
	}},
	{"Address", []lf{ // net/mail's shape: a display name and an e-mail address
		{"Name", "", annotations.Name},
		{"Address", "", annotations.Email},
	}},
	{"Commit", []lf{ // an author's name and e-mail are a person's
		{"Hash", "", none},
		{"AuthorName", "", annotations.Name},
		{"AuthorEmail", "", annotations.Email},
		{"Message", "", none},
	}},
	{"ListUsersParams", []lf{ // a lookup's criterion, not whom a call sends to
		{"Email", "", annotations.Email},
		{"Limit", "", none},
	}},
	{"XenditWebhookPayload", []lf{ // a webhook is a thing: the payer goes unseen
		{"ID", `json:"id"`, none},
		{"MerchantName", `json:"merchant_name"`, none},
		{"BankCode", `json:"bank_code"`, none},
		{"PayerEmail", `json:"payer_email"`, annotations.Email},
	}},
	{"Kompaniya", []lf{
		{"Nazvanie", "", none},
		{"Telefon", "", none},
		{"Pochta", "", none},
	}},
	{"PhoneBook", []lf{ // a query's results: hashed, so no evidence
		{"PhoneHash", "", none},
		{"EmailHash", "", none},
		{"Name", "", none},
	}},
}

// structContext is what pdfields does for a struct: a person-like name
// wins, else the evidence of its own fields decides.
func structContext(typeName string, fields []lf) Context {
	if PersonLike(typeName) {
		return Person
	}
	var ev Evidence
	for _, f := range fields {
		ev.Field(f.name, f.tag)
	}
	return ev.Context(typeName)
}

// TestLabelledStructs measures precision and recall of inference over the
// labelled structs. Precision must be 100%: no field labelled none may be
// inferred as a category.
func TestLabelledStructs(t *testing.T) {
	var sc score
	fields := 0
	for _, s := range labelledStructs {
		ctx := structContext(s.typeName, s.fields)
		for _, f := range s.fields {
			fields++
			m, ok := FieldIn(f.name, f.tag, ctx)
			sc.add(m, ok, f.want, func(got annotations.Category) string {
				return fmt.Sprintf("%s.%s %q (%s): got %q (term %q), want %q",
					s.typeName, f.name, f.tag, ctx, got, m.Term, f.want)
			})
		}
	}
	summary := fmt.Sprintf("%d labelled structs, %d fields: %s", len(labelledStructs), fields, &sc)
	t.Log(summary)
	for _, m := range sc.misses {
		t.Log("miss: " + m)
	}
	if sc.falsePos > 0 {
		t.Errorf("%s; want no false positives\n%s", summary, strings.Join(sc.misses, "\n"))
	}
	if sc.recall() < 0.85 {
		t.Errorf("%s; want recall at least 85%%", summary)
	}
}

func TestStructContext(t *testing.T) {
	tests := []struct {
		typeName string
		fields   []lf
		want     Context
	}{
		{"Subscriber", []lf{{"Email", "", none}, {"Name", "", none}}, Person},
		{"Subscriber", []lf{{"Name", "", none}}, Thing},
		{"Subscriber", []lf{{"Email", "", none}}, Thing},
		{"Guardian", []lf{{"Email", "", none}, {"Phone", "", none}}, Person},
		{"Guardian", []lf{{"FullName", "", none}, {"Phone", "", none}}, Person},
		{"Shop", []lf{{"Name", "", none}, {"Phone", "", none}}, Thing},
		{"Courier", []lf{{"Name", "", none}, {"Phone", "", none}}, Thing}, // a bare Name needs an e-mail beside it
		{"Courier", []lf{{"Name", "", none}, {"Passport", "", none}}, Thing},
		{"Courier", []lf{{"FullName", "", none}, {"Passport", "", none}}, Person},
		{"Courier", []lf{{"Mobile", "", none}, {"HomeAddress", "", none}}, Person},
		{"Courier", []lf{{"ContactEmail", "", none}, {"ContactPhone", "", none}}, Thing},
		{"Courier", []lf{{"Email", "", none}, {"PhoneHash", "", none}}, Thing},
		{"Courier", []lf{{"Email", "", none}, {"X", `json:"phone" db:"phone_hash"`, none}}, Thing},
		{"Courier", []lf{{"Email", "", none}, {"Phone", "", none}, {"Employees", "", none}}, Thing},
		{"Company", []lf{{"Email", "", none}, {"Phone", "", none}}, Thing},
		{"SMTPConfig", []lf{{"Email", "", none}, {"Name", "", none}}, Thing},
		{"LoginRequest", []lf{{"Email", "", none}, {"Password", "", none}}, Requester},
		{"ResendOTPInput", []lf{{"Phone", "", none}}, Requester},
		{"SignupPayloadV2", []lf{{"Email", "", none}}, Requester},
		{"LoginRequest", []lf{{"Username", "", none}, {"Password", "", none}}, Thing},
		{"LoginRequest", []lf{{"Name", "", none}}, Thing},
		{"ForgotPassword", []lf{{"Email", "", none}}, Thing},
		{"SupportRequest", []lf{{"ContactEmail", "", none}}, Thing},
		{"CreateCompanyRequest", []lf{{"Email", "", none}}, Thing},
		{"TestEmailSettingsRequest", []lf{{"Email", "", none}}, Requester}, // whom to send the test to
		{"SMTPTestRequest", []lf{{"Email", "", none}}, Thing},
		{"TokenVerifyResponse", []lf{{"Email", "", none}, {"FirstName", "", none}}, Person},
		{"TokenVerifier", []lf{{"Email", "", none}, {"FirstName", "", none}}, Thing},
		{"CheckoutRequest", []lf{{"PlanID", "", none}, {"PayerEmail", "", none}}, Requester},
		{"CheckoutRequest", []lf{{"PlanID", "", none}, {"MerchantEmail", "", none}}, Thing},
		{"Invoice", []lf{{"PayerName", "", none}, {"PayerEmail", "", none}}, Person},
		{"SendPasscodeParams", []lf{{"EmailAddress", "", none}}, Requester},
		{"ResendCodeParams", []lf{{"Phone", "", none}}, Requester},
		{"PasscodeParams", []lf{{"EmailAddress", "", none}}, Thing},
		{"ListUsersParams", []lf{{"Email", "", none}}, Thing},
		{"SendMailParams", []lf{{"Email", "", none}}, Thing},
		{"SendParamsBuilder", []lf{{"Email", "", none}}, Thing},
		{"", nil, Thing},
	}
	for _, tt := range tests {
		var ev Evidence
		for _, f := range tt.fields {
			ev.Field(f.name, f.tag)
		}
		if got := ev.Context(tt.typeName); got != tt.want {
			t.Errorf("Context(%s%v) = %s, want %s", tt.typeName, tt.fields, got, tt.want)
		}
	}
	var ev Evidence
	ev.Category(annotations.Name)
	ev.Field("Phone", "")
	if got := ev.Context("Courier"); got != Person {
		t.Errorf("a pd-tagged name and a Phone: %s, want person", got)
	}
}

func TestEvidenceDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		var ev Evidence
		ev.Field("Email", `json:"email" db:"email"`)
		ev.Field("Name", `json:"name"`)
		ev.Field("CreatedAt", `json:"created_at"`)
		ev.Context("Subscriber")
	})
	if allocs != 0 {
		t.Errorf("Evidence allocates %v times per struct; want 0", allocs)
	}
}
