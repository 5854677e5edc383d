package driver

import (
	"encoding/json"
	"fmt"
	"go/scanner"
	"go/token"
	"net/url"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
)

// The SARIF 2.1.0 log that -sarif writes: one run, the tool's rules (one
// per analyzer) and one result per finding. Only the properties hrvet
// fills are declared; the tests check the output against the OASIS schema.

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	srcRoot      = "%SRCROOT%" // the base of every repository-relative URI
	toolURI      = "https://pkg.go.dev/github.com/hrvet/hrvet/cmd/hrvet"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds"`
	ColumnKind         string                           `json:"columnKind"`
	Results            []sarifResult                    `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifText          `json:"help"`
	HelpURI              string             `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string    `json:"level"`
	Message sarifText `json:"message"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations,omitempty"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	BaselineState       string             `json:"baselineState,omitempty"`
}

type sarifLocation struct {
	ID               int                    `json:"id,omitempty"` // related locations count from 1
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *sarifText             `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifSuppression struct {
	Kind          string         `json:"kind"` // inSource or external
	Justification string         `json:"justification,omitempty"`
	Location      *sarifLocation `json:"location,omitempty"`
}

// sarifInput is what a SARIF log is made of.
type sarifInput struct {
	dir         string               // the run's directory: %SRCROOT%
	analyzers   []*analysis.Analyzer // the analyzers that ran, one rule each
	findings    []finding            // sorted, fingerprinted, marked
	src         sourceLines          // the lines of the findings' files
	baseline    string               // the baseline file as given, or ""
	hasBaseline bool                 // whether findings were compared with a baseline
	problems    []string             // the run's errors
	toolVersion string               // the binary's module version, or ""
}

// writeSARIF writes the SARIF log for in to file.
func writeSARIF(file string, in *sarifInput) error {
	data, err := json.MarshalIndent(buildSARIF(in), "", "  ")
	if err != nil {
		return fmt.Errorf("writing SARIF: %w", err)
	}
	if err := writeBytes(file, 0o644, append(data, '\n')); err != nil {
		return fmt.Errorf("writing SARIF: %w", err)
	}
	return nil
}

// buildSARIF makes the log: every finding is a result at level error (each
// one fails the run), the suppressed ones with an inSource suppression
// carrying the ignore's reason, those a baseline knows with an external
// one, so that a viewer that honours suppressions shows them as dismissed
// rather than open, and the exceptions stay on record with their reasons.
func buildSARIF(in *sarifInput) *sarifLog {
	rules, index := sarifRules(in.analyzers)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "hrvet",
			Version:        in.toolVersion,
			InformationURI: toolURI,
			Rules:          rules,
		}},
		Invocations:        []sarifInvocation{{ExecutionSuccessful: len(in.problems) == 0}},
		OriginalURIBaseIDs: map[string]sarifArtifactLocation{srcRoot: {URI: dirURI(in.dir)}},
		ColumnKind:         "utf16CodeUnits",
		Results:            []sarifResult{},
	}
	for _, p := range in.problems {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "error", Message: sarifText{Text: p}})
	}
	for i := range in.findings {
		f := &in.findings[i]
		ruleIndex, ok := index[f.analyzer]
		if !ok { // not one of the analyzers asked for: a rule of its own
			ruleIndex = len(run.Tool.Driver.Rules)
			index[f.analyzer] = ruleIndex
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
				ID:                   f.analyzer,
				ShortDescription:     sarifText{Text: f.analyzer},
				FullDescription:      sarifText{Text: f.analyzer},
				Help:                 sarifText{Text: f.analyzer},
				DefaultConfiguration: sarifConfiguration{Level: "error"},
			})
		}
		r := sarifResult{
			RuleID:              f.analyzer,
			RuleIndex:           ruleIndex,
			Level:               "error",
			Message:             sarifText{Text: f.message},
			PartialFingerprints: map[string]string{fingerprintKey: f.fingerprint},
		}
		if loc := in.location(f.posn, f.end); loc != nil {
			r.Locations = []sarifLocation{*loc}
		}
		for j, rel := range f.related {
			loc := in.location(rel.posn, rel.end)
			if loc == nil {
				loc = new(sarifLocation)
			}
			loc.ID = j + 1
			loc.Message = &sarifText{Text: rel.message}
			r.RelatedLocations = append(r.RelatedLocations, *loc)
		}
		switch {
		case f.suppressed != nil:
			r.Suppressions = []sarifSuppression{{
				Kind:          "inSource",
				Justification: f.suppressed.reason,
				Location:      in.location(f.suppressed.posn, f.suppressed.end),
			}}
		case f.baselined:
			r.Suppressions = []sarifSuppression{{
				Kind:          "external",
				Justification: "listed in the baseline " + in.baseline,
			}}
		}
		if in.hasBaseline && f.suppressed == nil {
			r.BaselineState = "new"
			if f.baselined {
				r.BaselineState = "unchanged"
			}
		}
		run.Results = append(run.Results, r)
	}
	return &sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
}

// sarifRules describes each analyzer as a rule, from its Doc: the title is
// the short description, the first paragraph the full one, and the help is
// the legal rules the Doc cites followed by the whole Doc. It returns the
// rules and each one's index by analyzer name.
func sarifRules(analyzers []*analysis.Analyzer) ([]sarifRule, map[string]int) {
	rules := []sarifRule{}
	index := make(map[string]int)
	for _, a := range analyzers {
		if _, dup := index[a.Name]; dup {
			continue
		}
		title, body, _ := strings.Cut(strings.TrimSpace(a.Doc), "\n")
		body = strings.TrimSpace(body)
		full := title
		if body != "" {
			para, _, _ := strings.Cut(body, "\n\n")
			full = strings.Join(strings.Fields(para), " ")
		}
		help := strings.TrimSpace(a.Doc)
		if cites := citations(a.Doc); len(cites) > 0 {
			help = "Legal rule: " + strings.Join(cites, "; ") + ".\n\n" + help
		}
		if a.URL != "" {
			help += "\n\nDocumentation: " + a.URL
		}
		index[a.Name] = len(rules)
		rules = append(rules, sarifRule{
			ID:                   a.Name,
			ShortDescription:     sarifText{Text: title},
			FullDescription:      sarifText{Text: full},
			Help:                 sarifText{Text: help},
			HelpURI:              a.URL,
			DefaultConfiguration: sarifConfiguration{Level: "error"},
		})
	}
	return rules, index
}

// citation matches a reference to the Labour Code or Convention 108, as
// hrvet's documentation and messages write them: "Labour Code art. 88
// p.1", "Convention 108 art. 2(a)", possibly broken across lines.
var citation = regexp.MustCompile(`(?:Labour\s+Code|Convention\s+108)\s+arts?\.\s+[0-9]+(?:-[0-9]+)?(?:\s+p\.\s?[0-9]+)?(?:\([a-z]\))?`)

// citations returns the distinct citations in doc, in order.
func citations(doc string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, c := range citation.FindAllString(doc, -1) {
		c = strings.Join(strings.Fields(c), " ")
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// location returns the SARIF location of the span from posn to end (end
// may be invalid), or nil for no position.
func (in *sarifInput) location(posn, end token.Position) *sarifLocation {
	if posn.Filename == "" {
		return nil
	}
	loc := &sarifLocation{PhysicalLocation: &sarifPhysicalLocation{
		ArtifactLocation: artifactLocation(posn.Filename, in.dir),
	}}
	if posn.Line > 0 {
		loc.PhysicalLocation.Region = in.region(posn, end)
	}
	return loc
}

// artifactLocation names file relative to %SRCROOT% when it lies under
// dir, else by its absolute file URI.
func artifactLocation(file, dir string) sarifArtifactLocation {
	if rel, ok := under(file, dir); ok {
		return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
	}
	return sarifArtifactLocation{URI: fileURI(file)}
}

// region returns the region from posn to end, in UTF-16 columns. Without
// an end, or with one that is no later than posn, it covers the token that
// starts at posn.
func (in *sarifInput) region(posn, end token.Position) *sarifRegion {
	line := in.src.line(posn.Filename, posn.Line)
	r := &sarifRegion{StartLine: posn.Line, EndLine: posn.Line}
	if posn.Column < 1 {
		return r
	}
	r.StartColumn = utf16Column(line, posn.Column)
	after := end.Filename == posn.Filename &&
		(end.Line > posn.Line || end.Line == posn.Line && end.Column > posn.Column)
	if after && end.Column > 0 {
		r.EndLine = end.Line
		r.EndColumn = utf16Column(in.src.line(end.Filename, end.Line), end.Column)
	} else {
		r.EndColumn = utf16Column(line, tokenEnd(line, posn.Column))
	}
	return r
}

// utf16Column converts a 1-based byte column of line, as go/token counts,
// into a 1-based column in UTF-16 code units, as SARIF's utf16CodeUnits
// counts; columns past the end of the line count one unit per byte.
func utf16Column(line string, byteCol int) int {
	n := byteCol - 1
	extra := 0
	if n > len(line) {
		extra = n - len(line)
		n = len(line)
	}
	units := 0
	for _, r := range line[:n] {
		if r == utf8.RuneError {
			units++
			continue
		}
		units += utf16.RuneLen(r)
	}
	return units + extra + 1
}

// tokenEnd returns the byte column just after the Go token that starts at
// byteCol on line, or after the line's text when no token can be read
// there (a string literal that goes on to the next line).
func tokenEnd(line string, byteCol int) int {
	start := byteCol - 1
	lineEnd := len(strings.TrimRight(line, " \t")) + 1
	if start < 0 || start >= len(line) {
		return byteCol
	}
	rest := []byte(line[start:])
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(rest))
	var s scanner.Scanner
	failed := false
	s.Init(file, rest, func(token.Position, string) { failed = true }, scanner.ScanComments)
	pos, tok, lit := s.Scan()
	if failed || tok == token.EOF || tok == token.ILLEGAL || file.Offset(pos) != 0 {
		return max(lineEnd, byteCol)
	}
	text := lit
	if text == "" {
		text = tok.String() // an operator or delimiter
	}
	return byteCol + len(text)
}

// dirURI returns the file URI of dir, ending in a slash as a base URI must.
func dirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// fileURI returns the file URI of an absolute path.
func fileURI(file string) string {
	p := filepath.ToSlash(file)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// toolVersion returns the version of the running binary's main module, or
// "" for a development build.
func toolVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return ""
	}
	return info.Main.Version
}
