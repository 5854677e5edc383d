// Package fields exercises the forbidden analyzer on struct fields.
package fields

import "time"

// Candidate is person-like, so ambiguous words count in it.
type Candidate struct {
	ID             int64  `pd:"-"`
	FullName       string // personal data, which forbidden leaves alone
	Party          string // want `Candidate.Party \(politics\) is a forbidden category: an employer may never collect it \(Labour Code art. 86 p.4; Convention 108 art. 6\); remove the field`
	Religion       string `json:"religion"`    // want `Candidate.Religion \(religion\) is a forbidden category`
	Vera           string `pd:"religion"`      // want `Candidate.Vera \(religion\) is a forbidden category`
	Ethnicity      string `json:"ethnicity"`   // want `Candidate.Ethnicity \(race\) is a forbidden category: an employer may never collect it \(Convention 108 art. 6\)`
	Orient         string `pd:"sexlife"`       // want `Candidate.Orient \(sexlife\)`
	Convictions    string `pd:"beliefs"`       // want `Candidate.Convictions \(beliefs\) is a forbidden category`
	TradeUnion     bool   `json:"trade_union"` // want `Candidate.TradeUnion \(union\) is a special category with no legal basis \(Labour Code art. 86 p.5\); remove the field, or cite the law that allows it with //hrvet:basis <citation> on the field or its type`
	Diagnosis      string // want `Candidate.Diagnosis \(health\) is a special category with no legal basis \(Labour Code art. 88 p.6; Convention 108 art. 6\): an employer may keep only the conclusion on fitness for the job; remove the field`
	Fitness        string `pd:"fitness"` // the conclusion on fitness for the job is personal, not special
	HealthCheckURL string // "health check" is not health data
	ReligionHash   string // hashed: not personal data
	Notes          string `pd:"-"`

	//hrvet:basis Labour Code art. 377 (union dues withheld on the employee's application)
	UnionDues bool `pd:"union"` // a basis on the field covers a special category

	//hrvet:basis some regulation that does not exist
	Confession string `pd:"religion"` // want `Candidate.Confession \(religion\) is a forbidden category`

	Contact struct {
		Phone    string
		Politics string // want `Candidate.Contact.Politics \(politics\) is a forbidden category`
	}
}

// Sotrudnik is a transliterated Russian record.
type Sotrudnik struct {
	FIO             string
	Veroispovedanie string // want `Sotrudnik.Veroispovedanie \(religion\)`
	Partiynost      string // want `Sotrudnik.Partiynost \(politics\)`
	Natsionalnost   string // want `Sotrudnik.Natsionalnost \(race\)`
	Profsoyuz       bool   // want `Sotrudnik.Profsoyuz \(union\) is a special category`
	Sudimost        bool   // want `Sotrudnik.Sudimost \(criminal\) is a special category`
	Diagnoz         string // want `Sotrudnik.Diagnoz \(health\)`
	Invalidnost     bool   // want `Sotrudnik.Invalidnost \(health\)`
}

// Pratsivnyk is a Ukrainian record, in transliteration and in Cyrillic.
type Pratsivnyk struct {
	Profspilka     bool   // want `Pratsivnyk.Profspilka \(union\)`
	Віросповідання string // want `Pratsivnyk.Віросповідання \(religion\)`
	Вагітність     bool   // want `Pratsivnyk.Вагітність \(health\)`
}

// Сотрудник is a Cyrillic record.
type Сотрудник struct {
	ФИО             string
	Вероисповедание string // want `Сотрудник.Вероисповедание \(religion\)`
}

// SickLeave may keep the reason of a sick leave: the basis on the type
// covers its special-category fields, not its forbidden ones.
//
//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit)
type SickLeave struct {
	EmployeeID int64
	Diagnosis  string `json:"diagnosis"`
	From, To   time.Time
	Religion   string `pd:"religion"` // want `SickLeave.Religion \(religion\) is a forbidden category`
}

// CandidateRow is an ORM model: the column names in its tags count.
type CandidateRow struct {
	ID    int64  `gorm:"primaryKey"`
	Notes string `gorm:"column:veroispovedanie;type:text"` // want `CandidateRow.Notes \(religion\)`
	Extra string `db:"political_views"`                    // want `CandidateRow.Extra \(politics\)`
	Flag  bool   `bson:"union_member"`                     // want `CandidateRow.Flag \(union\)`
}

// Department looks like a person but is not: its name, address, phone and
// even a "union" (of departments) are no one's personal data.
type Department struct {
	Name    string
	Address string
	Phone   string
	Union   string
	Health  string // the department's health-and-safety rating
	Party   string // the department's party (a celebration)
}

// Embedded religion type: an embedded field is a field too.
type Religion struct{ Name string }

// Applicant embeds a Religion.
type Applicant struct {
	Religion // want `Applicant.Religion \(religion\)`
	Name     string
}

func local() {
	// Types declared in functions are checked too.
	type kandidat struct {
		Veroispovedanie string // want `kandidat.Veroispovedanie \(religion\)`
	}
	_ = kandidat{}

	var form struct {
		Religion string // TODO(want) form.Religion (religion): pdfields catalogues declared struct types only
	}
	_ = form
}

// Ignored shows //hrvet:ignore, used and stale.
type Ignored struct {
	//hrvet:ignore forbidden the column is being dropped in the next release
	Religion string

	Politics string //hrvet:ignore forbidden,pdfields legacy import, removed in PROJ-12

	// want +1 `//hrvet:ignore suppresses no forbidden finding; remove forbidden from it`
	//hrvet:ignore forbidden nothing to hide here
	Phone string

	//hrvet:ignore consent another analyzer's business
	Ethnicity string // want `Ignored.Ethnicity \(race\)`
}
