package pdfields

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/directive"
	"golang.org/x/tools/go/analysis"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// decisionPrelude declares the types the labelled signatures use. Which
// of them are person-bearing is decided as everywhere else: Employee,
// Candidate and User by their pd tags, JobApplication by inference
// (ApplicantEmail), EmployeeRequest through its Employee; Event, Request,
// Account, VM and Process carry no personal data.
const decisionPrelude = `
type Context interface{ Done() <-chan struct{} }

type Employee struct {
	ID       int64
	FullName string ` + "`pd:\"name\"`" + `
	Absences int    ` + "`pd:\"employment\"`" + `
}

type Candidate struct{ Email string ` + "`pd:\"email\"`" + ` }

type User struct{ Email string ` + "`pd:\"email\"`" + ` }

type JobApplication struct {
	ApplicantEmail string
	Position       string
}

type EmployeeRequest struct {
	Employee Employee
	Reason   string
}

type (
	Event   struct{ Name string }
	Request struct{ URL string }
	Account struct{ Balance int64 }
	VM      struct{ Host string }
	Process struct{ PID int }
)

type EmployeeID int64

type (
	Service          struct{}
	EmployeeService  struct{}
	CandidateService struct{}
	UserService      struct{}
	WorkerPool       struct{}
)
`

// labelledDecisions are function declarations labelled with the decision
// inference should see in them: the words of the name that make one, or
// "" for none. The look-alikes are names a codebase has for other things
// (events, processes, notifications, VMs, user accounts, database
// replicas), or decision verbs with nobody to decide about.
var labelledDecisions = []struct {
	decl string // a func declaration without its body
	pkg  string // the package's name; "app" when empty
	want string
}{
	// Dismissal and discipline, of anyone the function is given.
	{decl: "func Dismiss(e Employee)", want: "dismiss"},
	{decl: "func TerminateEmployee(ctx Context, empID int64) error", want: "terminate employee"},
	{decl: "func Fire(es []Employee)", want: "fire"},
	{decl: "func FireEmployees(ids []EmployeeID)", want: "fire employees"},
	{decl: "func Reprimand(e Employee, reason string)", want: "reprimand"},
	{decl: "func DisciplineWorker(workerID int)", want: "discipline worker"},
	{decl: "func PenaliseStaff(staffID int64)", want: "penalise staff"},
	{decl: "func Furlough(emps []*Employee)", want: "furlough"},
	{decl: "func LayOff(ctx Context, workers map[int64]Employee)", want: "lay off"},
	{decl: "func BulkTerminate(es []Employee)", want: "terminate"},
	{decl: "func TryDismissInactiveEmployees(es []Employee)", want: "dismiss inactive employees"},
	{decl: "func DismissIfAbsent(e Employee, days int)", want: "dismiss"},
	{decl: "func TerminateContract(e *Employee)", want: "terminate contract"},
	{decl: "func TerminateEmployment(personID int64)", want: "terminate employment"},
	{decl: "func Terminate(u *User)", want: "terminate"},
	{decl: "func DismissV2(e Employee)", want: "dismiss"},
	{decl: "func dismiss_employee(emp_id int)", want: "dismiss employee"},
	{decl: "func FireSotrudnika(sotrudnikID int)", want: "fire sotrudnika"},
	{decl: "func Dismiss(ctx Context, id EmployeeID)", want: "dismiss"},
	{decl: "func DismissUser(ctx Context, id string)", want: "dismiss user"},
	// A bare id, whose owner the name, the receiver or the package says.
	{decl: "func SuspendEmployee(ctx Context, id int64)", want: "suspend employee"},
	{decl: "func (s *EmployeeService) Terminate(ctx Context, id string) error", want: "terminate"},
	{decl: "func (s *CandidateService) Reject(ctx Context, ids []string) error", want: "reject"},
	// Transfers, promotions, demotions, suspensions of employees.
	{decl: "func Suspend(e *Employee)", want: "suspend"},
	{decl: "func TransferEmployee(e Employee, dept string)", want: "transfer employee"},
	{decl: "func PromoteStaff(staffID int)", want: "promote staff"},
	{decl: "func Demote(e *Employee)", want: "demote"},
	{decl: "func DemoteEmployee(ctx Context, employeeID string)", want: "demote employee"},
	// The rejection of a candidate.
	{decl: "func RejectCandidate(c *Candidate)", want: "reject candidate"},
	{decl: "func RejectApplication(a *JobApplication)", want: "reject application"},
	{decl: "func DeclineApplicant(applicantID string)", want: "decline applicant"},
	{decl: "func Disqualify(c Candidate)", want: "disqualify"},
	{decl: "func RejectAllCandidates(cs []Candidate)", want: "reject all candidates"},
	{decl: "func RejectAll(cs []*Candidate)", want: "reject all"},
	{decl: "func RescindOffer(candidateID string)", want: "rescind offer"},
	// A change of pay, a bonus, a promotion.
	{decl: "func CutBonus(e Employee)", want: "cut bonus"},
	{decl: "func ReduceSalary(e *Employee, pct float64)", want: "reduce salary"},
	{decl: "func WithholdPay(empID int64)", want: "withhold pay"},
	{decl: "func DockWages(employeeIDs []string)", want: "dock wages"},
	{decl: "func FreezeSalaries(es []Employee)", want: "freeze salaries"},
	{decl: "func CutEmployeeBonus(e Employee)", want: "cut employee bonus"},
	{decl: "func AwardBonus(userID string, amount int)", want: "award bonus"},
	{decl: "func DenyRaise(e Employee)", want: "deny raise"},
	{decl: "func DenyPromotion(e Employee)", want: "deny promotion"},

	// Look-alikes.
	{decl: "func FireEvent(e Event)"},
	{decl: "func FireWebhook(e Employee)"},
	{decl: "func FireTrigger(employeeID int64)"},
	{decl: "func FireAndForget(e Event)"},
	{decl: "func Firewall(e Employee)"},
	{decl: "func Fire(teamID string)"},
	{decl: "func Fire()"},
	{decl: "func Terminate(ctx Context)"},
	{decl: "func (p *Process) Terminate(ctx Context)"},
	{decl: "func Terminate(ctx Context, pid int)"},
	{decl: "func TerminateSession(u *User)"},
	{decl: "func TerminateUserSession(userID string)"},
	{decl: "func TerminateEmployeeWatcher(e *Employee)"},
	{decl: "func Dismiss(notificationID string)"},
	{decl: "func DismissNotification(e *Employee)"},
	{decl: "func DismissAlert(userID string)"},
	{decl: "func Dismissed(e Employee) bool"},
	{decl: "func Dismiss(ctx Context, id int64)"},
	{decl: "func (s *UserService) Terminate(ctx Context, id string)"},
	{decl: "func (p *WorkerPool) Terminate(id int)"},
	{decl: "func (s *Service) Dismiss(ctx Context, id int64) error", pkg: "staff"},
	{decl: "func Fire(s *Service, id int64) error", pkg: "staff"},
	{decl: "func (e *Employee) Fire()"},
	{decl: "func (e *Employee) Dismiss(reason string)"},
	{decl: "func RejectRequest(r *Request)"},
	{decl: "func RejectRequest(r *EmployeeRequest)"},
	{decl: "func Reject(r *Request)"},
	{decl: "func (s *Service) Reject(ctx Context, id int64) error", pkg: "staff"},
	{decl: "func DeclineOffer(c *Candidate)"},
	{decl: "func RejectOffer(c *Candidate)"},
	{decl: "func DenyAccess(userID string)"},
	{decl: "func DenyPermission(e Employee)"},
	{decl: "func (vm *VM) Suspend()"},
	{decl: "func SuspendUser(u *User)"},
	{decl: "func SuspendAccount(userID string)"},
	{decl: "func DemoteUser(u *User)"},
	{decl: "func PromoteReplica(nodeID string)"},
	{decl: "func PromoteToLeader(id int64)"},
	{decl: "func Transfer(from, to *Account, amount int64)"},
	{decl: "func TransferOwnership(e Employee)"},
	{decl: "func TransferFunds(employeeID int64)"},
	{decl: "func CutBonusPool(teamID string)"},
	{decl: "func CutBonusPool(e Employee)"},
	{decl: "func Cut(e Employee)"},
	{decl: "func ApproveBonus(e Employee)"},
	{decl: "func SetSalary(e *Employee, amount int)"},
	{decl: "func UpdateBonus(e Employee)"},
	{decl: "func CancelPromotion(userID string)"},
	{decl: "func CancelSubscription(u *User)"},
	{decl: "func RaiseError(e Employee)"},
	{decl: "func RaiseEvent(employeeID int64)"},
	{decl: "func Discipline(score float64)"},
}

// TestLabelledDecisions checks decision inference against the labelled
// declarations, each in a package of its own with the prelude.
func TestLabelledDecisions(t *testing.T) {
	for _, tt := range labelledDecisions {
		pkg := tt.pkg
		if pkg == "" {
			pkg = "app"
		}
		t.Run(pkg+"/"+tt.decl, func(t *testing.T) {
			c, fn := decisionCatalog(t, pkg, tt.decl)
			c.inferDecisions()
			got := ""
			if f := c.funcs[fn]; f != nil && f.Decision {
				got = f.DecisionTerm
				if got == "" {
					t.Fatalf("inferred decision without the words that made it one: %+v", f)
				}
				if want := "inferred from the name " + fn.Name(); f.From != want {
					t.Errorf("From = %q, want %q", f.From, want)
				}
			}
			if got != tt.want {
				t.Errorf("inferred %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNoDecisionWithoutInference checks that infer: false infers no
// decision.
func TestNoDecisionWithoutInference(t *testing.T) {
	c, fn := decisionCatalog(t, "app", "func Dismiss(e Employee)")
	c.cfg = &config.Config{Version: 1, Infer: false}
	c.inferDecisions()
	if f := c.funcs[fn]; f != nil {
		t.Errorf("with infer: false, Dismiss got %+v", f)
	}
}

// decisionCatalog type-checks the prelude and decl in package pkg, marks
// its fields as pdfields does, and returns the catalogue and decl's
// function.
func decisionCatalog(t *testing.T, pkg, decl string) (*Catalog, *types.Func) {
	t.Helper()
	fset := token.NewFileSet()
	src := "package " + pkg + "\n" + decisionPrelude + "\n" + decl + " { panic(0) }\n"
	f, err := parser.ParseFile(fset, pkg+".go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Implicits:  make(map[ast.Node]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	p, err := new(types.Config).Check(pkg, fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{
		Fset:              fset,
		Files:             []*ast.File{f},
		Pkg:               p,
		TypesInfo:         info,
		Report:            func(d analysis.Diagnostic) { t.Errorf("unexpected diagnostic: %s", d.Message) },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
	}
	c := newCatalog(pass, config.Default())
	c.files[f] = directive.Scan(fset, f)
	c.scanFile(f)
	last := f.Decls[len(f.Decls)-1].(*ast.FuncDecl)
	return c, info.Defs[last.Name].(*types.Func)
}
