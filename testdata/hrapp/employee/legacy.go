package employee

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"time"
)

// Sotrudnik ("employee") is a record of the JSON export of the legacy 1C
// payroll system, with that system's transliterated field names. Nothing
// is tagged: hrvet recognises fio, telefon, snils and data_rozhdeniya.
type Sotrudnik struct {
	TabNomer       string `json:"tab_nomer"` // personnel number
	FIO            string `json:"fio"`
	Telefon        string `json:"telefon"`
	SNILS          string `json:"snils"`
	DataRozhdeniya string `json:"data_rozhdeniya"` // date of birth, "02.01.2006"
	Dolzhnost      string `json:"dolzhnost"`       // position
}

// ImportLegacy reads the legacy export and converts its records, skipping
// those whose SNILS was already seen.
func ImportLegacy(r io.Reader) ([]Employee, error) {
	var rows []Sotrudnik
	if err := json.NewDecoder(r).Decode(&rows); err != nil {
		return nil, fmt.Errorf("legacy import: %w", err)
	}
	seen := make(map[string]bool, len(rows))
	staff := make([]Employee, 0, len(rows))
	for i, s := range rows {
		if seen[s.SNILS] {
			log.Printf("legacy import: duplicate SNILS %s skipped", s.SNILS) // MISTAKE(logleak): the SNILS, found by name inference, goes to the log
			continue
		}
		seen[s.SNILS] = true
		born, err := time.Parse("02.01.2006", s.DataRozhdeniya)
		if err != nil {
			// Not wrapped: a time.ParseError quotes the date of birth.
			return nil, fmt.Errorf("legacy import: record %d: malformed date of birth", i)
		}
		staff = append(staff, Employee{
			PersonnelNumber: s.TabNomer,
			FullName:        s.FIO,
			BirthDate:       born,
			Phone:           s.Telefon,
			SNILS:           s.SNILS,
			Position:        s.Dolzhnost,
		})
	}
	return staff, nil
}
