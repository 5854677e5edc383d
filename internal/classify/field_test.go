package classify

import (
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

func TestField(t *testing.T) {
	tests := []struct {
		name, tag string
		person    bool
		want      Match
		ok        bool
	}{
		// The Go name comes first.
		{"Phone", `json:"passport"`, true, Match{annotations.Phone, "phone", "name", "Phone"}, true},
		{"PhoneNumber", "", true, Match{annotations.Phone, "phone number", "name", "PhoneNumber"}, true},
		// Then the tags, in the order json, db, gorm, bson, xml, whatever
		// their order in the tag.
		{"Data", `json:"passport,omitempty"`, false, Match{annotations.GovID, "passport", "json", "passport"}, true},
		{"Data", `db:"snils" json:"pasport"`, false, Match{annotations.GovID, "pasport", "json", "pasport"}, true},
		{"Data", `json:"x" db:"snils"`, false, Match{annotations.GovID, "snils", "db", "snils"}, true},
		{"Data", `gorm:"type:text;column:telefon"`, true, Match{annotations.Phone, "telefon", "gorm", "telefon"}, true},
		{"Data", `gorm:"type:text; COLUMN:phone_num"`, true, Match{annotations.Phone, "phone", "gorm", "phone_num"}, true},
		{"Data", `bson:"fio,omitempty"`, false, Match{annotations.Name, "fio", "bson", "fio"}, true},
		{"Data", `xml:"urn:hr Pasport,attr"`, false, Match{annotations.GovID, "pasport", "xml", "Pasport"}, true},
		{"Data", `xml:"person>religion"`, false, Match{annotations.Religion, "religion", "xml", "person>religion"}, true},
		// "-", empty names and options are skipped.
		{"Phone", `json:"-"`, true, Match{annotations.Phone, "phone", "name", "Phone"}, true},
		{"Data", `json:"-" db:"diagnoz"`, false, Match{annotations.Health, "diagnoz", "db", "diagnoz"}, true},
		{"Data", `json:",omitempty" bson:"inn"`, true, Match{annotations.GovID, "inn", "bson", "inn"}, true},
		{"Data", `gorm:"-" xml:"snils"`, false, Match{annotations.GovID, "snils", "xml", "snils"}, true},
		{"Data", `gorm:"type:text"`, false, Match{}, false},
		{"Data", `yaml:"passport" pd:"-"`, false, Match{}, false}, // other keys are not read
		// An exclusion in any name means no match.
		{"Phone", `db:"phone_hash"`, true, Match{}, false},
		{"Passport", `json:"passport_masked"`, false, Match{}, false},
		{"EncryptedSNILS", `json:"snils"`, false, Match{}, false},
		{"Card", `gorm:"column:card_last4"`, true, Match{}, false},
		// A tag's owner word counts: a DTO field keyed employee_phone.
		{"Value", `json:"employee_phone"`, false, Match{annotations.Phone, "phone", "json", "employee_phone"}, true},
		// Malformed tags are read as far as reflect can.
		{"Phone", `json:"phone`, true, Match{annotations.Phone, "phone", "name", "Phone"}, true},
		{"Data", `json:passport`, false, Match{}, false},
		{"", "", true, Match{}, false},
	}
	for _, tt := range tests {
		got, ok := Field(tt.name, tt.tag, tt.person)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Field(%q, %q, %v) = %+v, %v; want %+v, %v", tt.name, tt.tag, tt.person, got, ok, tt.want, tt.ok)
		}
	}
}

func TestName(t *testing.T) {
	tests := []struct {
		ident  string
		person bool
		want   Match
		ok     bool
	}{
		{"ДатаРождения", true, Match{annotations.Birth, "дата рождения", "name", "ДатаРождения"}, true},
		{"data_rozhdeniya", true, Match{annotations.Birth, "data rozhdeniya", "name", "data_rozhdeniya"}, true},
		{"datarojdenia", true, Match{annotations.Birth, "datarojdenia", "name", "datarojdenia"}, true},
		{"SeriyaPasporta", false, Match{annotations.GovID, "pasporta", "name", "SeriyaPasporta"}, true},
		{"Passports", false, Match{annotations.GovID, "passports", "name", "Passports"}, true},
		// The most restricted category wins, then the leftmost.
		{"DisabilityPayment", true, Match{annotations.Health, "disability", "name", "DisabilityPayment"}, true},
		{"SalaryReligion", true, Match{annotations.Religion, "religion", "name", "SalaryReligion"}, true},
		{"PassportAddress", true, Match{annotations.GovID, "passport", "name", "PassportAddress"}, true},
		// Ambiguous terms need a person-like struct or a person word.
		{"Phone", false, Match{}, false},
		{"CustomerPhone", false, Match{annotations.Phone, "phone", "name", "CustomerPhone"}, true},
		{"ТелефонСотрудника", false, Match{annotations.Phone, "телефон", "name", "ТелефонСотрудника"}, true},
		// A thing's owner word before, or a qualifier after, cancels them.
		{"CompanyPhone", true, Match{}, false},
		{"Office2Phone", true, Match{}, false},
		{"PhoneType", true, Match{}, false},
		{"AdresKompanii", true, Match{}, false},
		// but not an unambiguous term.
		{"ReligionID", false, Match{annotations.Religion, "religion", "name", "ReligionID"}, true},
		// Stop phrases name no personal data.
		{"UserName", true, Match{}, false},
		{"ImyaPolzovatelya", true, Match{}, false},
		{"", true, Match{}, false},
	}
	for _, tt := range tests {
		got, ok := Name(tt.ident, tt.person)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Name(%q, %v) = %+v, %v; want %+v, %v", tt.ident, tt.person, got, ok, tt.want, tt.ok)
		}
	}
}
