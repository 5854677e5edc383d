package basic

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/smtp"
	"os"
)

func sendMail(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	msg := []byte("Subject: payslip\r\n\r\nYour payslip is ready.\r\n")
	return smtp.SendMail("mail.example.com:25", nil, "hr@example.com", []string{e.Email}, msg) // want `Employee\.Email \(email\) reaches net/smtp\.SendMail without a consent check`
}

func smtpSession(ctx context.Context, c *smtp.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := c.Mail("hr@example.com"); err != nil { // OK: the sender is the company
		return err
	}
	if err := c.Rcpt(e.Email); err != nil { // want `Employee\.Email \(email\) reaches \(\*net/smtp\.Client\)\.Rcpt without a consent check`
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Dear %s,\r\nyour contract is attached.\r\n", e.Name) // want `Employee\.Name \(name\) reaches \(\*net/smtp\.Client\)\.Data without a consent check`
	fmt.Fprintf(w, "HR department\r\n")                                  // OK: nothing personal written to the message
	return w.Close()
}

func writeConn(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	conn, err := net.Dial("tcp", "badge.example.com:9000")
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.Write([]byte(e.Phone)) // want `Employee\.Phone \(phone\) reaches \(net\.Conn\)\.Write without a consent check`
	return err
}

func writeTCP(ctx context.Context, id int64, addr *net.TCPAddr) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	conn, err := net.DialTCP("tcp", nil, addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.Write([]byte(e.Passport)) // want `Employee\.Passport \(govid\) reaches \(\*net\.conn\)\.Write without a consent check`
	return err
}

func writeTLS(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	conn, err := tls.Dial("tcp", "partner.example.com:443", nil)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.Write([]byte(e.Email)) // want `Employee\.Email \(email\) reaches \(\*crypto/tls\.Conn\)\.Write without a consent check`
	return err
}

// --- what must stay quiet -------------------------------------------------

func respond(w http.ResponseWriter, r *http.Request) {
	e, err := staff.Employee(r.Context(), 1)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write([]byte(e.Phone)) // OK: the response to the caller is not a third party (access control is another analyzer's job)
}

func store(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, `UPDATE staff SET phone = $1 WHERE id = $2`, e.Phone, e.ID) // OK: a store sink is not a transfer
	return err
}

func saveFile(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return os.WriteFile("contact.txt", []byte(e.Phone), 0o600) // OK: a store sink is not a transfer
}

func logPhone(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	log.Printf("calling %s", e.Phone) // OK: log sinks are the logleak analyzer's business
}

func formatInMemory(ctx context.Context, id int64) int {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return 0
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s <%s>", e.Name, e.Email) // OK: a bytes.Buffer is not a sink
	return buf.Len()
}
