package classify

import "testing"

func TestPersonLike(t *testing.T) {
	tests := []struct {
		typeName string
		want     bool
	}{
		// people
		{"Employee", true},
		{"Employees", true},
		{"employee", true},
		{"Staff", true},
		{"StaffMember", true},
		{"Worker", true},
		{"Person", true},
		{"People", true},
		{"Candidate", true},
		{"Applicant", true},
		{"User", true},
		{"Member", true},
		{"Customer", true},
		{"Personnel", true},
		{"Sotrudnik", true},
		{"Sotrudniki", true},
		{"Rabotnik", true},
		{"Pratsivnyk", true},
		{"Pracivnyk", true},
		{"Kandidat", true},
		{"Soiskatel", true},
		{"Polzovatel", true},
		{"Korystuvach", true},
		{"Сотрудник", true},
		{"Сотрудники", true},
		{"Працівник", true},
		{"Співробітник", true},
		{"Кандидат", true},
		// compounds and records about one person
		{"EmployeeRecord", true},
		{"EmployeeDTO", true},
		{"NewHire", true},
		{"CreateUserRequest", true},
		{"UserResponse", true},
		{"PersonalData", true},
		{"Resume", true},
		{"Payslip", true},
		{"Passport", true},
		{"Anketa", true},
		{"АнкетаСотрудника", true},
		{"Employee[T]", true},
		{"EmployeeAddress", true}, // the person's data
		{"UserPassport", true},
		{"EmployeeSalary", true},
		{"EmployeeHistory", true},
		{"EmployeeCreated", true},
		{"UserV2", true},
		{"ActiveEmployee", true},
		{"SotrudnikOtdela", true}, // Russian: the owner follows
		{"DannyeSotrudnika", true},
		// SPEC section 2's further person nouns and records of one person
		{"Contact", true},
		{"EmergencyContact", true},
		{"ContactInfo", true},
		{"Recipient", true},
		{"Invitee", true},
		{"Invite", true}, // Go-HRM's Invite{Email, FullName, Token}
		{"Invitation", true},
		{"PendingInvite", true},
		{"InviteRequest", true},
		{"Attendee", true},
		{"AccountHolder", true},
		{"CardHolder", true},
		{"Cardholder", true},
		{"Profile", true},
		{"PublicProfile", true},
		{"MyProfile", true},
		{"UserProfile", true},
		{"CandidateProfile", true},
		// the views of a CRUD schema
		{"UserAdminRead", true}, // Go-HRM
		{"UserMeRead", true},
		{"UserRead", true},
		{"UserCreate", true},
		{"UserUpdate", true},
		{"UserPublic", true},
		{"UserDetail", true},
		{"UserSummary", true},
		{"EmployeeOut", true},
		{"UserIn", true},
		{"UserRef", true},
		{"UserListItem", true}, // a row of the list: the head is item
		{"EmployeeListResponse", true},

		// things
		{"", false},
		{"Department", false},
		{"Product", false},
		{"Server", false},
		{"Point", false},
		{"Company", false},
		{"Organization", false},
		{"Employer", false},
		{"Vacancy", false},
		{"Config", false},
		{"Request", false},
		{"Userspace", false},
		// person-sounding words that usually name machinery in Go
		{"Client", false},
		{"Driver", false},
		{"Manager", false},
		{"Owner", false},
		{"Visitor", false},
		{"Agent", false},
		{"Subscriber", false}, // a newsletter's counts by its fields (Evidence)
		// profiles of things, holders of things
		{"CPUProfile", false},
		{"AWSProfile", false},
		{"ColorProfile", false},
		{"MemProfile", false},
		{"LockHolder", false},
		{"Holder", false},
		{"PolicyHolderService", false},
		// collections of people: their Name is the list's
		{"RecipientList", false},
		{"EmployeeList", false},
		{"UserSet", false},
		{"ContactCollection", false},
		{"UserListV2", false},
		// machinery
		{"ContactRepository", false},
		{"ContactService", false},
		{"RecipientResolver", false},
		{"InviteToken", false},
		{"InvitationCode", false},
		{"ContactType", false},
		// a person noun with a word that makes it machinery or a summary
		{"EmployeeService", false},
		{"UserRepository", false},
		{"UserRepo", false},
		{"EmployeeHandler", false},
		{"WorkerPool", false},
		{"WorkerConfig", false},
		{"UserAgent", false},
		{"UserRole", false},
		{"UserID", false},
		{"EmployeeStats", false},
		{"EmployeeType", false},
		{"UserFilter", false},
		{"UserCache", false},
		{"PersonalAccessToken", false},
		{"UserSettings", false},
		// English compounds whose head is a thing, not the person
		{"EmployeeDocument", false},
		{"UserDevice", false},
		{"EmployeeSkill", false},
		{"EmployeeWithDepartment", false},
		{"UserOrder", false},
	}
	for _, tt := range tests {
		if got := PersonLike(tt.typeName); got != tt.want {
			t.Errorf("PersonLike(%q) = %v, want %v", tt.typeName, got, tt.want)
		}
	}
}
