// Package beego logs personal data with beego's logger, through stubs with
// the real import paths and signatures: the package functions of
// core/logs (v2) and logs (v1), the *BeeLogger methods and beego v1's own
// level functions. Casdoor logs through beego v2; its LDAP synchroniser
// logs the accounts it failed to import (object/ldap_autosync.go).
package beego

import (
	"context"
	"fmt"

	beegov1 "github.com/astaxie/beego"
	logsv1 "github.com/astaxie/beego/logs"
	"github.com/beego/beego/v2/core/logs"

	"github.com/hrvet/hrvet/annotations"
)

// LdapUser is an account read from a directory server.
type LdapUser struct {
	UidNumber string `pd:"-"`
	Uid       string `pd:"-"`
	Cn        string `pd:"name"`
	Email     string `pd:"email"`
	Mobile    string `pd:"phone"`
}

// Directory reads accounts.
type Directory interface {
	Users(ctx context.Context, ou string) ([]LdapUser, error)
	User(ctx context.Context, uid string) (*LdapUser, error)
}

var ldap Directory

// autoSync is casdoor's synchroniser: the accounts that failed are logged
// whole.
func autoSync(ctx context.Context, ou string) {
	users, err := ldap.Users(ctx, ou)
	if err != nil {
		logs.Warning(fmt.Sprintf("autoSync failed for %s, error %s", ou, err)) // OK: a directory name and an error
		return
	}
	var failed []LdapUser
	for _, u := range users {
		if u.Email == "" {
			failed = append(failed, u)
		}
	}
	if len(failed) != 0 {
		logs.Warning(fmt.Sprintf("ldap autosync, %d users failed:", len(failed)), failed) // want `LdapUser\.(Cn|Email|Mobile) .*reach github\.com/beego/beego/v2/core/logs\.Warning without a redactor`
		return
	}
	logs.Info(fmt.Sprintf("ldap autosync success, %d users", len(users))) // OK: a count
}

func levels(ctx context.Context, uid string) {
	u, err := ldap.User(ctx, uid)
	if err != nil {
		logs.Error("lookup of %s failed: %v", uid, err) // OK: a login and an error
		return
	}
	logs.Info("signed in: %s", u.Cn)                                   // want `LdapUser\.Cn \(name\) reaches github\.com/beego/beego/v2/core/logs\.Info without a redactor`
	logs.Debug("sending code to " + u.Mobile)                          // want `LdapUser\.Mobile \(phone\) reaches github\.com/beego/beego/v2/core/logs\.Debug without a redactor`
	logs.Info("sending code to %s", annotations.MaskTail(u.Mobile, 2)) // OK: masked
	logs.Info("signed in: %s (%s)", u.Uid, u.UidNumber)                // OK: not personal data

	bl := logs.GetBeeLogger()
	bl.Warn("mail bounced: %s", u.Email)         // want `LdapUser\.Email \(email\) reaches \(\*github\.com/beego/beego/v2/core/logs\.BeeLogger\)\.Warn without a redactor`
	_, _ = bl.Write([]byte("phone " + u.Mobile)) // want `LdapUser\.Mobile \(phone\) reaches \(\*github\.com/beego/beego/v2/core/logs\.BeeLogger\)\.Write without a redactor`
	bl.Info("synced %d accounts", 1)             // OK: a constant
}

// v1 is the same on beego v1: package logs and beego's own functions.
func v1(ctx context.Context, uid string) {
	u, err := ldap.User(ctx, uid)
	if err != nil {
		logsv1.Error("lookup failed: %v", err) // OK: an error
		return
	}
	logsv1.Notice("new account %s", u.Email)         // want `LdapUser\.Email \(email\) reaches github\.com/astaxie/beego/logs\.Notice without a redactor`
	logsv1.NewLogger().Critical("no mail: %s", u.Cn) // want `LdapUser\.Cn \(name\) reaches \(\*github\.com/astaxie/beego/logs\.BeeLogger\)\.Critical without a redactor`
	beegov1.Informational("account", u.Mobile)       // want `LdapUser\.Mobile \(phone\) reaches github\.com/astaxie/beego\.Informational without a redactor`
	beegov1.Informational("account", u.Uid)          // OK: a login
	logsv1.Info("account %s synced", u.Uid)          // OK: a login
}
