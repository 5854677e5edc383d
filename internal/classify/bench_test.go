package classify

import "testing"

// benchFields is a typical struct: mostly fields that are not personal
// data, with tags, and a few that are.
var benchFields = []struct {
	name, tag string
	person    bool
}{
	{"ID", `json:"id" db:"id"`, true},
	{"CreatedAt", `json:"created_at" db:"created_at"`, true},
	{"FirstName", `json:"first_name" db:"first_name"`, true},
	{"PhoneNumber", `json:"phone_number,omitempty" gorm:"column:phone;type:text"`, true},
	{"Status", `json:"status"`, true},
	{"DataRozhdeniya", `json:"data_rozhdeniya"`, true},
	{"ДатаРождения", "", true},
	{"IPAddress", `json:"ip_address"`, true},
	{"Amount", `json:"amount" bson:"amount"`, false},
	{"PassportHash", `json:"passport_hash"`, false},
}

func BenchmarkField(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		f := benchFields[i%len(benchFields)]
		Field(f.name, f.tag, f.person)
	}
}

// BenchmarkFieldNoMatch is the common case: a field that is not personal
// data. It must not allocate.
func BenchmarkFieldNoMatch(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Field("CreatedAt", `json:"created_at" db:"created_at"`, true)
	}
}

func TestFieldNoMatchDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		Field("UpdatedAt", `json:"updated_at,omitempty" gorm:"column:updated_at;type:timestamp" bson:"updated_at"`, true)
		Field("IPAddress", `json:"ip_address"`, true)
		Field("ДатаСоздания", "", true)
	})
	if allocs != 0 {
		t.Errorf("Field allocates %v times per call on names that do not match; want 0", allocs)
	}
}
