package propagation

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type msisdn string

func assignment(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	p := e.Phone
	q := p
	return gw.Send(q) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func conversion(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.SendBytes([]byte(e.Phone)) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.SendBytes without a consent check`
}

func namedTypeConversion(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	n := msisdn(e.Phone)
	return gw.Send(string(n)) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func concatenation(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send("tel:" + e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func concatenationAssignment(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	s := "deliver to: "
	s += e.Address
	return gw.Send(s) // want `Employee\.Address \(address\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func sprintf(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(fmt.Sprintf("Dear %s,", e.Name)) // want `Employee\.Name \(name\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func sprint(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(fmt.Sprint(e.Email)) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func sprintln(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(fmt.Sprintln("contact", e.Email)) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func stringsFuncs(ctx context.Context, id int64) {
	e, _ := staff.Employee(ctx, id)
	_ = gw.Send(strings.ToLower(e.Email))                        // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strings.TrimSpace(e.Phone))                      // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strings.ReplaceAll(e.Address, "\n", ", "))       // want `Employee\.Address \(address\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strings.Join([]string{"phone", e.Phone}, "="))   // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strings.Fields(e.Name)[0])                       // want `Employee\.Name \(name\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strings.SplitN(e.Email, "@", 2)[0])              // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strings.NewReplacer("+", "00").Replace(e.Phone)) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strings.Repeat("*", len(e.Phone)) + " on file")  // OK: only the length of the phone
}

func strconvFuncs(ctx context.Context, id int64) {
	e, _ := staff.Employee(ctx, id)
	_ = gw.Send(strconv.Itoa(e.Salary))      // want `Employee\.Salary \(pay\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strconv.Quote(e.Phone))      // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	_ = gw.Send(strconv.FormatInt(e.ID, 10)) // OK: ID is tagged pd:"-"
}

func slicing(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(e.Phone[len(e.Phone)-4:]) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func typeAssertion(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	var v any = e.Email
	s, _ := v.(string)
	return gw.Send(s) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func errorText(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	err := fmt.Errorf("no route to %s", e.Phone)
	return gw.Send(err.Error()) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func errorsNew(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	err := errors.New("bounced: " + e.Email)
	return gw.SendAny(err) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.SendAny without a consent check`
}

// format returns data of its parameter; the data originate in its caller.
func format(e *Employee) (string, error) {
	if e.Phone == "" {
		return "", errors.New("no phone")
	}
	return "tel:" + e.Phone, nil
}

func throughReturn(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	s, err := format(e)
	if err != nil {
		return err
	}
	return gw.Send(s) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func throughReturnError(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	if _, err := format(e); err != nil {
		return gw.Send(err.Error()) // OK: the error result of format carries nothing
	}
	return nil
}

// fill writes e's phone through a pointer parameter, like the setters of
// SDK parameter builders (twilio's SetTo) do.
func fill(dst *string, e *Employee) { *dst = e.Phone }

func throughOutParameter(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	var s string
	fill(&s, e)
	return gw.Send(s) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

// --- what carries nothing -------------------------------------------------

func comparisons(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	hasPhone := e.Phone != ""
	wellPaid := e.Salary > 100000
	return gw.Send(strconv.FormatBool(hasPhone) + strconv.FormatBool(wellPaid)) // OK: comparison results carry nothing
}

func lengths(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	words := strings.Fields(e.Address)
	return gw.Send(strconv.Itoa(len(e.Name)) + "/" + strconv.Itoa(cap(words))) // OK: len and cap carry nothing
}

func typeVerb(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(fmt.Sprintf("unexpected record %T", e)) // OK: %T prints the type, not the value
}

func identifierOnly(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(fmt.Sprintf("employee %d updated", e.ID)) // OK: a non-personal field of a person-bearing value
}

func reassigned(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	s := e.Phone
	if s != "" {
		s = "has-phone"
	}
	s = "contact on file"
	return gw.Send(s) // OK: the phone was overwritten before the call
}

func otherFieldOfDTO(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	p := payload{To: e.Phone, Text: "Your payslip is ready."}
	return gw.Send(p.Text) // OK: Text holds no personal data, To is not sent
}

// The helper passes the id it got into the lookup, but its result is a
// person-bearing call result: the data originate at this call site.
func throughRepositoryHelper(ctx context.Context, id int64) error {
	e, err := loadEmployee(ctx, id)
	if err != nil {
		return err
	}
	return gw.Send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}
