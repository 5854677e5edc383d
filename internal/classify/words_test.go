package classify

import (
	"reflect"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// camelCase, PascalCase, snake_case, kebab-case
		{"phoneNumber", []string{"phone", "number"}},
		{"PhoneNumber", []string{"phone", "number"}},
		{"phone_number", []string{"phone", "number"}},
		{"phone-number", []string{"phone", "number"}},
		{"e-mail", []string{"e", "mail"}},
		{"a.b/c d", []string{"a", "b", "c", "d"}},
		{"__Phone__", []string{"phone"}},
		// acronyms
		{"HTTPServerURL", []string{"http", "server", "url"}},
		{"INNNumber", []string{"inn", "number"}},
		{"ID", []string{"id"}},
		{"Id", []string{"id"}},
		{"MyHTTP", []string{"my", "http"}},
		{"JSONData", []string{"json", "data"}},
		{"URLs", []string{"urls"}},
		{"UserIDs", []string{"user", "ids"}},
		{"IPv4Address", []string{"ipv", "4", "address"}},
		{"HIVStatus", []string{"hiv", "status"}},
		// digits
		{"card_last4", []string{"card", "last", "4"}},
		{"Address2Line", []string{"address", "2", "line"}},
		{"SHA256Sum", []string{"sha", "256", "sum"}},
		{"123", []string{"123"}},
		// Cyrillic, mixed scripts
		{"ДатаРождения", []string{"дата", "рождения"}},
		{"СНИЛС", []string{"снилс"}},
		{"ИННСотрудника", []string{"инн", "сотрудника"}},
		{"дата_рождения", []string{"дата", "рождения"}},
		{"telefonНомер", []string{"telefon", "номер"}},
		{"телефонnumber", []string{"телефон", "number"}},
		{"ВоинскийУчёт", []string{"воинский", "учёт"}},
		// apostrophes are dropped, not separators
		{"sem'ya", []string{"semya"}},
		{"ім'я", []string{"імя"}},
		{"ім\u2019я", []string{"імя"}},
		// other scripts and cases
		{"ÉcoleNom", []string{"école", "nom"}},
		{"Straße", []string{"straße"}},
		{"\u01c5emal", []string{"\u01c6emal"}}, // title-case Dž
		{"日本語Name", []string{"日本語", "name"}},
		{"\xffphone", []string{"phone"}},
		// no words
		{"", nil},
		{"___", nil},
		{"  ", nil},
		{"'", nil},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWordsLongIdentifier checks that identifiers longer than the stack
// buffers split correctly.
func TestWordsLongIdentifier(t *testing.T) {
	var b strings.Builder
	var want []string
	for i := 0; i < 40; i++ {
		b.WriteString("PassportNumber")
		want = append(want, "passport", "number")
	}
	if got := Words(b.String()); !reflect.DeepEqual(got, want) {
		t.Errorf("Words(40 x PassportNumber) = %d words, want %d", len(got), len(want))
	}
	if m, ok := Name(b.String(), false); !ok || m.Term != "passport" {
		t.Errorf("Name(40 x PassportNumber) = %+v, %v; want passport", m, ok)
	}
}
