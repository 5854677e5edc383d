package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
)

// genModule is the module path of the generated code base.
const genModule = "example.com/synth"

// shape says how big a generated code base is.
type shape struct {
	packages int // packages, p0000 imports nothing of the module, pN imports pN-1 and pN/2
	biz      int // plain business functions per package, beside the HR code
}

// generate writes a synthetic HR code base of s.packages packages into dir,
// a new module with no dependencies outside the standard library.
//
// Package i imports package i-1 and package i/2, so the import chain is as
// deep as the code base is large and hrvet's facts cross every package:
// Notify in package i forwards to Notify in package i-1, and so on down to
// net/http.Post in package 0; Dossier embeds the previous package's
// Employee; Lookup returns it. Each package has person-bearing structs
// marked by pd tags and by name inference (English and transliterated
// Russian), a store, consent checks, guarded and unguarded transfers
// through the wrapper chain and through a JSON client, redacted and leaking
// log lines, a closure, a decoder, and s.biz functions of business code
// that touch no personal data. Every line hrvet must report carries a
// MISTAKE(analyzer) comment, so a test can check the benchmark measures
// real work.
func generate(dir string, s shape) error {
	if s.packages < 1 {
		return fmt.Errorf("generate: need at least one package, got %d", s.packages)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	gomod := "module " + genModule + "\n\ngo 1.26\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	for i := range s.packages {
		g := &pkgGen{index: i, shape: s}
		files := map[string]func(*bytes.Buffer){
			"model.go": g.model,
			"flows.go": g.flows,
			"biz.go":   g.bizFile,
		}
		pdir := filepath.Join(dir, g.name(i))
		if err := os.MkdirAll(pdir, 0o755); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
		for name, write := range files {
			var buf bytes.Buffer
			write(&buf)
			src, err := format.Source(buf.Bytes())
			if err != nil {
				return fmt.Errorf("generate: %s/%s: %w", g.name(i), name, err)
			}
			if err := os.WriteFile(filepath.Join(pdir, name), src, 0o644); err != nil {
				return fmt.Errorf("generate: %w", err)
			}
		}
	}
	return nil
}

// pkgGen writes the files of one generated package.
type pkgGen struct {
	index int
	shape shape
}

func (g *pkgGen) name(i int) string { return fmt.Sprintf("p%04d", i) }

// prev and far are the two packages package i imports (-1: none).
func (g *pkgGen) prev() int { return g.index - 1 }

func (g *pkgGen) far() int {
	if f := g.index / 2; f < g.index-1 {
		return f
	}
	return -1
}

// header writes the package clause and the imports: std, and the previous
// and far packages where they exist and usePrev or useFar asks for them.
func (g *pkgGen) header(b *bytes.Buffer, std []string, usePrev, useFar bool) {
	fmt.Fprintf(b, "package %s\n\nimport (\n", g.name(g.index))
	for _, p := range std {
		fmt.Fprintf(b, "\t%q\n", p)
	}
	if p := g.prev(); usePrev && p >= 0 {
		fmt.Fprintf(b, "\tprev %q\n", genModule+"/"+g.name(p))
	}
	if f := g.far(); useFar && f >= 0 {
		fmt.Fprintf(b, "\tfar %q\n", genModule+"/"+g.name(f))
	}
	b.WriteString(")\n\n")
}

// model writes the types: person-bearing structs, a struct that is not
// person-like, and the store.
func (g *pkgGen) model(b *bytes.Buffer) {
	fmt.Fprintf(b, "// Package %s is generated HR code for hrvet's benchmark.\n", g.name(g.index))
	g.header(b, []string{"database/sql", "errors", "fmt", "time"}, true, false)
	b.WriteString(`// Employee is a member of staff: tagged fields, and fields hrvet infers.
type Employee struct {
	ID          int64     ` + "`json:\"id\" pd:\"-\"`" + `
	FullName    string    ` + "`json:\"full_name\" pd:\"name\"`" + `
	Phone       string    ` + "`json:\"phone\" pd:\"phone\"`" + `
	Email       string    ` + "`json:\"email\"`" + `
	Passport    string    ` + "`json:\"passport\"`" + `
	SNILS       string    ` + "`json:\"snils\"`" + `
	BankAccount string    ` + "`json:\"bank_account\" pd:\"bank\"`" + `
	Salary      int64     ` + "`json:\"salary\" pd:\"pay\"`" + `
	Position    string    ` + "`json:\"position\" pd:\"employment\"`" + `
	Hired       time.Time ` + "`json:\"hired\"`" + `
	ManagerID   int64     ` + "`json:\"manager_id\" pd:\"-\"`" + `
	Grade       int       ` + "`json:\"grade\" pd:\"-\"`" + `
}

// Sotrudnik is a record of a legacy export, with transliterated names
// that hrvet infers.
type Sotrudnik struct {
	TabNomer string ` + "`json:\"tab_nomer\"`" + `
	FIO      string ` + "`json:\"fio\"`" + `
	Telefon  string ` + "`json:\"telefon\"`" + `
	Inn      string ` + "`json:\"inn\"`" + `
}

`)
	if g.index > 0 {
		b.WriteString(`// Dossier is person-bearing through an employee of another package.
type Dossier struct {
	prev.Employee
	Legacy  *Sotrudnik
	Reviews []string ` + "`pd:\"-\"`" + `
}

`)
	} else {
		b.WriteString(`// Dossier is person-bearing through the employee it embeds.
type Dossier struct {
	Employee
	Legacy  *Sotrudnik
	Reviews []string ` + "`pd:\"-\"`" + `
}

`)
	}
	b.WriteString(`// Office is not person-like: its address and phone are the office's.
type Office struct {
	ID      int64
	Name    string
	Address string
	Phone   string
	Seats   int
}

// ErrNotFound says an employee is not on file.
var ErrNotFound = errors.New("not found")

// ErrNoConsent says an employee has not agreed.
var ErrNoConsent = errors.New("no consent")

// Store keeps employees in a database and offices in memory.
type Store struct {
	db      *sql.DB
	offices []Office
	agreed  map[int64]map[string]bool
}

// NewStore returns a store on db.
func NewStore(db *sql.DB) *Store {
	return &Store{db: db, agreed: make(map[int64]map[string]bool)}
}

// Get loads an employee.
func (s *Store) Get(id int64) (*Employee, error) {
	var e Employee
	row := s.db.QueryRow("SELECT id, full_name, phone, email, passport, grade FROM employees WHERE id = $1", id)
	if err := row.Scan(&e.ID, &e.FullName, &e.Phone, &e.Email, &e.Passport, &e.Grade); err != nil {
		return nil, fmt.Errorf("employee %d: %w", id, err)
	}
	return &e, nil
}

// Dossier loads an employee's dossier.
func (s *Store) Dossier(id int64) (*Dossier, error) {
	d := &Dossier{Legacy: new(Sotrudnik)}
	row := s.db.QueryRow("SELECT id, phone, telefon FROM dossiers WHERE id = $1", id)
	if err := row.Scan(&d.ID, &d.Phone, &d.Legacy.Telefon); err != nil {
		return nil, fmt.Errorf("dossier %d: %w", id, errors.Join(ErrNotFound, err))
	}
	return d, nil
}

// Put stores an employee.
func (s *Store) Put(e *Employee) error {
	_, err := s.db.Exec("INSERT INTO employees (id, full_name, phone) VALUES ($1, $2, $3)", e.ID, e.FullName, e.Phone)
	return err
}

// Offices lists the offices.
func (s *Store) Offices() []Office { return s.offices }

`)
}

// flows writes the HR code: the wrapper chain, consent checks, guarded
// and unguarded transfers, log lines.
func (g *pkgGen) flows(b *bytes.Buffer) {
	std := []string{"bytes", "encoding/json", "fmt", "io", "log", "log/slog", "net/http", "strings"}
	g.header(b, std, true, true)

	// The wrapper chain: Notify forwards to the previous package's, and
	// package 0's posts to the SMS gateway.
	if g.index == 0 {
		b.WriteString(`// Notify sends text to the phone number to through the SMS gateway.
func Notify(to, text string) error {
	resp, err := http.Post("https://sms.example.net/send", "text/plain", strings.NewReader(to+"\n"+text))
	if err != nil {
		return fmt.Errorf("sms: %w", err)
	}
	return resp.Body.Close()
}

`)
	} else {
		b.WriteString(`// Notify sends text to the phone number to, through the previous layer.
func Notify(to, text string) error {
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("notify: empty text")
	}
	return prev.Notify(to, text)
}

`)
	}
	b.WriteString(`// HasConsent reports whether the employee agreed to processing for purpose.
//
//hrvet:consent
func (s *Store) HasConsent(id int64, purpose string) bool {
	return s.agreed[id][purpose]
}

// mask hides all but the last two characters of s.
//
//hrvet:redact
func mask(s string) string {
	if len(s) <= 2 {
		return "**"
	}
	return strings.Repeat("*", len(s)-2) + s[len(s)-2:]
}

// Client posts records to a partner's API as JSON.
type Client struct {
	URL  string
	HTTP *http.Client
}

// Push sends v to the partner.
func (c *Client) Push(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("push: %w", err)
	}
	req, err := http.NewRequest(http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("push: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("push: %w", err)
	}
	return resp.Body.Close()
}

// partnerRecord is what the partner receives.
type partnerRecord struct {
	Name  string ` + "`json:\"name\"`" + `
	Phone string ` + "`json:\"phone\"`" + `
	Grade int    ` + "`json:\"grade\"`" + `
}

// RemindPayslip texts the employee once they agreed to SMS.
func (s *Store) RemindPayslip(id int64) error {
	e, err := s.Get(id)
	if err != nil {
		return err
	}
	if !s.HasConsent(e.ID, "sms") {
		return ErrNoConsent
	}
	return Notify(e.Phone, fmt.Sprintf("%s, your payslip is ready", e.FullName))
}

// RemindOvertime texts the employee without asking.
func (s *Store) RemindOvertime(id int64) error {
	e, err := s.Get(id)
	if err != nil {
		return err
	}
	return Notify(e.Phone, "overtime on Saturday") // MISTAKE(consent)
}

// SyncPartner sends the employee's card to the partner after the check.
func (s *Store) SyncPartner(c *Client, id int64) error {
	e, err := s.Get(id)
	if err != nil {
		return err
	}
	if !s.HasConsent(e.ID, "partner") {
		return ErrNoConsent
	}
	return c.Push(partnerRecord{Name: e.FullName, Phone: e.Phone, Grade: e.Grade})
}

// SyncGrades sends only grades: no personal data.
func (s *Store) SyncGrades(c *Client, ids []int64) error {
	for _, id := range ids {
		e, err := s.Get(id)
		if err != nil {
			return err
		}
		if err := c.Push(partnerRecord{Grade: e.Grade}); err != nil {
			return err
		}
	}
	return nil
}

// LeakPartner sends the employee's card to the partner without consent.
func (s *Store) LeakPartner(c *Client, id int64) error {
	e, err := s.Get(id)
	if err != nil {
		return err
	}
	rec := partnerRecord{Name: e.FullName, Phone: e.Phone}
	return c.Push(rec) // MISTAKE(consent)
}

// Broadcast texts every employee who agreed, through a closure.
func (s *Store) Broadcast(ids []int64, text string) int {
	sent := 0
	send := func(e *Employee) {
		if err := Notify(e.Phone, text); err == nil {
			sent++
		}
	}
	for _, id := range ids {
		e, err := s.Get(id)
		if err != nil {
			continue
		}
		if s.HasConsent(e.ID, "sms") {
			send(e)
		}
	}
	return sent
}

// Audit logs an access to an employee's record.
func (s *Store) Audit(id int64, who string) {
	e, err := s.Get(id)
	if err != nil {
		slog.Error("audit: lookup failed", "id", id, "err", err)
		return
	}
	slog.Info("audit", "id", e.ID, "by", who, "grade", e.Grade)
	log.Printf("audit: phone %s", mask(e.Phone))
	log.Printf("audit: passport %s read by %s", e.Passport, who) // MISTAKE(logleak)
}

// ImportLegacy reads a legacy export and stores its records.
func (s *Store) ImportLegacy(r io.Reader) (int, error) {
	var rows []Sotrudnik
	if err := json.NewDecoder(r).Decode(&rows); err != nil {
		return 0, fmt.Errorf("legacy import: %w", err)
	}
	for i, row := range rows {
		if row.Inn == "" {
			log.Printf("legacy import: row %d has no INN", i)
			continue
		}
		if err := s.Put(&Employee{ID: int64(i + 1), FullName: row.FIO, Phone: row.Telefon}); err != nil {
			return i, fmt.Errorf("legacy import: %w", err)
		}
	}
	return len(rows), nil
}

`)
	if g.index > 0 {
		// Facts across packages: the previous package's employee, its
		// wrapper and a package far down the chain.
		b.WriteString(`// Escalate texts the manager of the dossier's employee after the check.
func (s *Store) Escalate(id int64) error {
	d, err := s.Dossier(id)
	if err != nil {
		return err
	}
	if !s.HasConsent(d.ID, "sms") {
		return ErrNoConsent
	}
	return prev.Notify(d.Phone, "please call HR")
}

// EscalateNow texts the dossier's employee without asking.
func (s *Store) EscalateNow(id int64) error {
	d, err := s.Dossier(id)
	if err != nil {
		return err
	}
	return prev.Notify(d.Phone, "please call HR now") // MISTAKE(consent)
}

`)
	}
	if g.far() >= 0 {
		b.WriteString(`// Relay forwards a dossier's legacy phone far down the chain.
func (s *Store) Relay(d *Dossier, text string) error {
	if d.Legacy == nil {
		return nil
	}
	return far.Notify(d.Legacy.Telefon, text)
}

// RelayAll relays the dossiers of those who agreed.
func (s *Store) RelayAll(ids []int64) error {
	for _, id := range ids {
		d, err := s.Dossier(id)
		if err != nil {
			return err
		}
		if !s.HasConsent(d.ID, "sms") {
			continue
		}
		if err := s.Relay(d, "relay"); err != nil {
			return err
		}
	}
	return nil
}

// RelayOne relays a dossier without asking.
func (s *Store) RelayOne(id int64) error {
	d, err := s.Dossier(id)
	if err != nil {
		return err
	}
	return s.Relay(d, "relay") // MISTAKE(consent)
}

`)
	}
}

// bizFile writes business code that touches no personal data: the bulk
// of a real code base, which hrvet must pass over cheaply.
func (g *pkgGen) bizFile(b *bytes.Buffer) {
	g.header(b, []string{"errors", "fmt", "sort", "strconv", "strings", "time"}, true, true)
	b.WriteString("var errBadInput = errors.New(\"bad input\")\n\n")
	// Whatever kinds of functions follow, every import is used.
	b.WriteString("var (\n\t_ = time.Second\n\t_ = sort.Ints\n\t_ = strconv.Itoa\n\t_ = strings.Fields\n)\n\n")
	for j := range g.shape.biz {
		g.biz(b, j)
	}
	if g.index > 0 {
		b.WriteString("// Chain sums a figure through the previous layer.\nfunc Chain(x int) int { return prev.Chain(x+1) + Workdays0(x) }\n\n")
		if g.far() >= 0 {
			b.WriteString("// Capacity counts seats far down the chain.\nfunc Capacity(s *far.Store) int { return far.SeatCount(s.Offices()) }\n\n")
		}
	} else {
		b.WriteString("// Chain ends the chain.\nfunc Chain(x int) int { return x }\n\n")
	}
	b.WriteString(`// SeatCount sums the seats of the offices.
func SeatCount(offices []Office) int {
	n := 0
	for _, o := range offices {
		n += o.Seats
	}
	return n
}

// OfficeLine describes an office: its address and phone are not personal.
func OfficeLine(o Office) string {
	return fmt.Sprintf("%s, %s, tel. %s", o.Name, o.Address, o.Phone)
}

`)
	if g.shape.biz == 0 {
		b.WriteString("// Workdays0 is a stub.\nfunc Workdays0(x int) int { return x }\n\n")
	}
}

// biz writes the j-th business function, one of a few kinds in turn.
func (g *pkgGen) biz(b *bytes.Buffer, j int) {
	switch j % 6 {
	case 0:
		fmt.Fprintf(b, `// Workdays%[1]d counts the working days in the next n days.
func Workdays%[1]d(n int) int {
	day := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	count := 0
	for i := 0; i < n; i++ {
		switch day.Weekday() {
		case time.Saturday, time.Sunday:
		default:
			count++
		}
		day = day.AddDate(0, 0, 1)
	}
	return count
}

`, j)
	case 1:
		fmt.Fprintf(b, `// Round%[1]d rounds an amount in kopecks to whole roubles, half up.
func Round%[1]d(kopecks int64) int64 {
	if kopecks < 0 {
		return -Round%[1]d(-kopecks)
	}
	r := kopecks / 100
	if kopecks%%100 >= 50 {
		r++
	}
	return r * 100
}

`, j)
	case 2:
		fmt.Fprintf(b, `// SortOffices%[1]d orders offices by seats, then name.
func SortOffices%[1]d(offices []Office) []Office {
	out := append([]Office(nil), offices...)
	sort.Slice(out, func(a, b int) bool {
		if out[a].Seats != out[b].Seats {
			return out[a].Seats > out[b].Seats
		}
		return out[a].Name < out[b].Name
	})
	return out
}

`, j)
	case 3:
		fmt.Fprintf(b, `// ParseGrades%[1]d parses a comma-separated list of grades.
func ParseGrades%[1]d(s string) ([]int, error) {
	var grades []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || n > 20 {
			return nil, fmt.Errorf("grade %%q: %%w", f, errBadInput)
		}
		grades = append(grades, n)
	}
	return grades, nil
}

`, j)
	case 4:
		fmt.Fprintf(b, `// Histogram%[1]d counts grades and lists them in order.
func Histogram%[1]d(grades []int) (map[int]int, []int) {
	h := make(map[int]int)
	for _, g := range grades {
		h[g]++
	}
	keys := make([]int, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return h, keys
}

`, j)
	case 5:
		fmt.Fprintf(b, `// Report%[1]d renders a table of figures.
func Report%[1]d(title string, rows [][]int) string {
	var sb strings.Builder
	sb.WriteString(strings.ToUpper(title))
	sb.WriteByte('\n')
	for i, row := range rows {
		sb.WriteString(strconv.Itoa(i + 1))
		for _, v := range row {
			sb.WriteByte('\t')
			sb.WriteString(strconv.Itoa(v))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

`, j)
	}
}
