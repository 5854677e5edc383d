// Package employee defines the staff records the HR service keeps.
//
// Most fields are marked for hrvet with pd struct tags; SNILS and INN are
// left to hrvet's name inference, and so is the whole legacy record in
// legacy.go.
package employee

import "time"

// Employee is a member of staff as the HR department keeps them: what the
// employee presented at hiring (Labour Code art. 65) and what payroll needs.
type Employee struct {
	ID              int64     `json:"id" pd:"-"` // OK: surrogate key, meaningless outside the database
	PersonnelNumber string    `json:"personnel_number" pd:"employment"`
	FullName        string    `json:"full_name" pd:"name"`
	BirthDate       time.Time `json:"birth_date" pd:"birth"`
	Phone           string    `json:"phone" pd:"phone"`
	Email           string    `json:"email" pd:"email"`
	Address         string    `json:"address" pd:"address"`
	Passport        string    `json:"passport" pd:"govid"`
	SNILS           string    `json:"snils"` // inferred: govid (national insurance number)
	INN             string    `json:"inn"`   // inferred: govid (tax ID)
	BankAccount     string    `json:"bank_account" pd:"bank"`
	Salary          int64     `json:"salary" pd:"pay"` // monthly gross, in kopecks
	Position        string    `json:"position" pd:"employment"`
	Department      string    `json:"department" pd:"employment"`
	ManagerID       int64     `json:"manager_id" pd:"-"`
	CarPlate        string    `json:"car_plate" pd:"vehicle"` // for the parking pass

	// FitnessConclusion is the occupational physician's conclusion ("fit",
	// "fit with restrictions"): the one health datum an employer may keep.
	FitnessConclusion string `json:"fitness_conclusion" pd:"fitness"` // OK: fitness is not a special category

	// SickLeaveReason is the reason code of the current electronic sick-leave
	// certificate ("01" illness, "02" injury, ...), which sets the benefit.
	//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit)
	SickLeaveReason string `json:"-" pd:"health"` // OK: special category with a legal basis

	// UnionMember says whether union dues are withheld from the salary.
	//hrvet:basis Labour Code art. 377 (union dues withheld on the employee's written application)
	UnionMember bool `json:"union_member" pd:"union"` // OK: special category with a legal basis

	// PassportScanKey is the object-store key of the passport scan, a random
	// ID rather than the passport number: pd:"-" overrides the inference the
	// word "passport" would trigger.
	PassportScanKey string `json:"passport_scan_key" pd:"-"`

	WorkPhone     string `json:"work_phone" pd:"phonenumber"`         // MISTAKE(pdfields): unknown category "phonenumber" (the ID is "phone")
	PersonalEmail string `json:"personal_email" pd:"email,omitempty"` // MISTAKE(pdfields): malformed pd tag, it takes one category and no options
}

// Department is an organisational unit. It is not person-like, so its name,
// address and phone (the office's switchboard) are not personal data.
type Department struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Address string `json:"address"`
	Phone   string `json:"phone"`
	HeadID  int64  `json:"head_id"`
}
