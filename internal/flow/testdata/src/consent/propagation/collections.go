package propagation

import (
	"context"
	"strconv"
)

func structLiteral(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	p := payload{To: e.Phone, Text: "Your payslip is ready."}
	return gw.SendAny(p) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.SendAny without a consent check`
}

func structPointer(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	p := &payload{Text: "Your payslip is ready."}
	p.To = e.Email
	return gw.SendAny(p) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.SendAny without a consent check`
}

func sliceLiteral(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	to := []string{e.Phone}
	return gw.Send(to[0]) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func sliceAppend(ctx context.Context, ids []int64) error {
	var emails []string
	for _, id := range ids {
		e, _ := staff.Employee(ctx, id)
		emails = append(emails, e.Email)
	}
	return gw.SendAny(emails) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.SendAny without a consent check`
}

func sliceElementStore(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	row := make([]string, 2)
	row[0] = strconv.FormatInt(e.ID, 10)
	row[1] = e.Name
	return gw.SendAny(row) // want `Employee\.Name \(name\) reaches \(\*consent/propagation\.Gateway\)\.SendAny without a consent check`
}

func arrayCopy(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	src := []byte(e.Phone)
	dst := make([]byte, len(src))
	copy(dst, src)
	return gw.SendBytes(dst) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.SendBytes without a consent check`
}

func mapLiteral(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	m := map[string]any{"salary": e.Salary}
	return gw.SendAny(m) // want `Employee\.Salary \(pay\) reaches \(\*consent/propagation\.Gateway\)\.SendAny without a consent check`
}

func mapUpdate(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	m := make(map[string]string)
	m["address"] = e.Address
	return gw.Send(m["address"]) // want `Employee\.Address \(address\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func mapRange(ctx context.Context, ids []int64) {
	byID := make(map[int64]string)
	for _, id := range ids {
		e, _ := staff.Employee(ctx, id)
		byID[id] = e.Phone
	}
	for _, phone := range byID {
		_ = gw.Send(phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
	}
}

func bufferedChannel(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	ch := make(chan string, 1)
	ch <- e.Phone
	return gw.Send(<-ch) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func channelToGoroutine(ctx context.Context, id int64) {
	phones := make(chan string)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for p := range phones {
			_ = gw.Send(p) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
		}
	}()
	e, _ := staff.Employee(ctx, id)
	phones <- e.Phone
	close(phones)
	<-done
}

// --- what carries nothing -------------------------------------------------

func mapSize(ctx context.Context, ids []int64) error {
	byID := make(map[int64]string)
	for _, id := range ids {
		e, _ := staff.Employee(ctx, id)
		byID[id] = e.Phone
	}
	return gw.Send(strconv.Itoa(len(byID)) + " phones on file") // OK: len carries nothing
}

func idsOverChannel(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	ch := make(chan int64, 1)
	ch <- e.ID
	return gw.Send(strconv.FormatInt(<-ch, 10)) // OK: only the ID went through the channel
}
