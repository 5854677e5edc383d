package pdfields

import "strings"

// The word lists of decision inference (see inferDecisions and
// package doc). They are data: a word added here is a claim that, in a
// function's name, it names an HR decision or its subject far more often
// than anything else. Each word is lower-case, as classify.Words gives it;
// a word ending in '*' is a stem matching every word starting with it
// (the case endings of transliterated Russian and Ukrainian); every other
// word also matches its English plural ("employees", "bonuses").

// decisionRule says when a name that starts with one of verbs is a
// decision.
type decisionRule struct {
	verbs [][]string // each a run of words: {"dismiss"}, {"lay", "off"}

	// objects are the words that may end the verb's object: the words
	// after the verb, up to a preposition (see objectEnds). Other words
	// may come before the last one (DismissInactiveEmployees). nil
	// stands for personObjects.
	objects []string
	// objectRequired says the verb alone does not name a decision: Cut
	// needs its Bonus.
	objectRequired bool
	// needs, when set, must hold a word of the verb's object or of the
	// subject parameter (its type's name or its own): Suspend is an HR
	// decision about an employee, and a VM's or a user account's
	// otherwise.
	needs []string
}

// decisionRules are tried in order; the first that holds names the
// decision.
var decisionRules = []decisionRule{
	// Dismissal and discipline: these verbs about a person are HR
	// decisions whoever the person is.
	{verbs: [][]string{{"dismiss"}, {"terminate"}, {"fire"}, {"lay", "off"}, {"layoff"}, {"furlough"},
		{"reprimand"}, {"discipline"}, {"penalize"}, {"penalise"}}},
	// A transfer, a promotion, a demotion or a suspension is an HR
	// decision only about an employee: a suspended or demoted user
	// account, or a promoted replica, is not.
	{verbs: [][]string{{"suspend"}, {"transfer"}, {"promote"}, {"demote"}}, needs: employeeNouns},
	// The rejection of a candidate.
	{verbs: [][]string{{"reject"}, {"decline"}, {"deny"}, {"refuse"}, {"disqualify"}},
		objects: append(append([]string(nil), candidateNouns...), collectiveObjects...), needs: candidateNouns},
	// The employer taking back a job offer. Rejecting or declining an
	// offer is the candidate's answer, not a decision about them.
	{verbs: [][]string{{"rescind"}, {"revoke"}, {"withdraw"}, {"retract"}},
		objects: []string{"offer"}, objectRequired: true},
	// A change of pay or bonus. Setters (Set, Update, Change) are left
	// out: they store what was decided elsewhere more often than they
	// decide, and approving a bonus is what a review does.
	{verbs: [][]string{{"cut"}, {"reduce"}, {"lower"}, {"decrease"}, {"withhold"}, {"dock"}, {"freeze"},
		{"suspend"}, {"cancel"}, {"revoke"}, {"deny"}, {"refuse"}, {"forfeit"}, {"adjust"}, {"increase"},
		{"raise"}, {"award"}, {"grant"}},
		objects: payNouns, objectRequired: true},
	// The refusal of a promotion. Cancel is left out: an e-commerce
	// promotion is cancelled far more often than an employee's.
	{verbs: [][]string{{"deny"}, {"refuse"}, {"reject"}, {"decline"}},
		objects: []string{"promotion"}, objectRequired: true},
}

// decisionPrefixes may come before the verb: AutoDismiss, BulkTerminate,
// TryFire.
var decisionPrefixes = []string{"auto", "bulk", "batch", "mass", "try", "do"}

// objectEnds end the verb's object: what follows says why, how or when
// (DismissForAbsence, RejectCandidateIfLowScore, TransferEmployeeToDept,
// FireNow).
var objectEnds = []string{
	"by", "for", "if", "when", "on", "due", "after", "before", "because", "without",
	"with", "from", "to", "unless", "in", "at", "of", "and", "then", "or", "now",
	"async", "sync", "later", "ctx", "tx",
}

// employeeNouns name an employee.
var employeeNouns = []string{
	"employee", "emp", "staff", "staffer", "worker", "personnel", "subordinate",
	"sotrudnik*", "rabotnik*", "pratsivnyk*", "spivrobitnyk*",
}

// candidateNouns name a candidate or what they sent.
var candidateNouns = []string{
	"candidate", "applicant", "application", "candidacy", "resume", "cv",
	"kandidat*", "soiskatel*",
}

// personObjects may end the object of a dismissal or a discipline: a
// person, their employment, or many of them (DismissAll).
var personObjects = append(append(append([]string{
	"person", "people", "user", "intern", "trainee", "hire", "performer", "contract", "employment",
}, employeeNouns...), candidateNouns...), collectiveObjects...)

// collectiveObjects stand for the people the subject parameter holds:
// DismissAll(emps []Employee).
var collectiveObjects = []string{"all", "batch", "bulk"}

// payNouns name an employee's pay.
var payNouns = []string{
	"bonus", "salary", "pay", "wage", "compensation", "raise", "incentive",
}

// idWords name an identifier.
var idWords = []string{"id", "uuid", "guid"}

// idOwners, right before an ID word in a parameter's name or its type's,
// make it a person's ID: employeeID, empIDs, candidate_id, EmployeeID.
var idOwners = append(append([]string{"person", "user", "intern", "trainee"}, employeeNouns...), "candidate", "applicant", "kandidat*")

// bareIDOwners, in the receiver's type name, make a bare id parameter an
// employee's or a candidate's: (*EmployeeService).Suspend(ctx, id). User
// and worker are left out: a UserService's ids are accounts', and a
// WorkerPool's workers are goroutines.
var bareIDOwners = []string{
	"employee", "emp", "staff", "staffer", "personnel", "candidate", "applicant",
	"sotrudnik*", "rabotnik*", "pratsivnyk*", "spivrobitnyk*", "kandidat*",
}

// hasWord reports whether w is one of list, a stem's extension, or an
// English plural of one (bonuses, salaries).
func hasWord(list []string, w string) bool {
	for _, e := range list {
		n := len(e) - 1
		switch {
		case n > 0 && e[n] == '*':
			if strings.HasPrefix(w, e[:n]) {
				return true
			}
		case w == e, w == e+"s", w == e+"es":
			return true
		case n > 0 && e[n] == 'y' && w == e[:n]+"ies":
			return true
		}
	}
	return false
}

// anyWord reports whether a word of ws is one of list.
func anyWord(list []string, ws []string) bool {
	for _, w := range ws {
		if hasWord(list, w) {
			return true
		}
	}
	return false
}
