package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"example.com/hrapp/employee"
)

// ErrDuplicatePassport is returned by Create when the passport is already
// on file.
var ErrDuplicatePassport = errors.New("store: passport already on file")

// Employees is the employee table.
type Employees struct {
	DB *sql.DB
}

const selectEmployee = `SELECT id, personnel_number, full_name, birth_date, phone, email, address,
	passport, snils, inn, bank_account, salary, position, department, manager_id, car_plate,
	fitness_conclusion, passport_scan_key FROM employees`

type scanner interface {
	Scan(dest ...any) error
}

func scanEmployee(row scanner) (employee.Employee, error) {
	var (
		e       employee.Employee
		manager sql.NullInt64
		scanKey sql.NullString
	)
	err := row.Scan(&e.ID, &e.PersonnelNumber, &e.FullName, &e.BirthDate, &e.Phone, &e.Email, &e.Address,
		&e.Passport, &e.SNILS, &e.INN, &e.BankAccount, &e.Salary, &e.Position, &e.Department, &manager, &e.CarPlate,
		&e.FitnessConclusion, &scanKey)
	e.ManagerID = manager.Int64
	e.PassportScanKey = scanKey.String
	return e, err
}

// Get returns the employee with the given ID, or sql.ErrNoRows.
func (s *Employees) Get(ctx context.Context, id int64) (employee.Employee, error) {
	e, err := scanEmployee(s.DB.QueryRowContext(ctx, selectEmployee+` WHERE id = $1`, id))
	if err != nil {
		return employee.Employee{}, fmt.Errorf("store: employee %d: %w", id, err)
	}
	return e, nil
}

// Active returns every employee, ordered by personnel number.
func (s *Employees) Active(ctx context.Context) ([]employee.Employee, error) {
	rows, err := s.DB.QueryContext(ctx, selectEmployee+` ORDER BY personnel_number`)
	if err != nil {
		return nil, fmt.Errorf("store: list employees: %w", err)
	}
	defer rows.Close()
	var staff []employee.Employee
	for rows.Next() {
		e, err := scanEmployee(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list employees: %w", err)
		}
		staff = append(staff, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list employees: %w", err)
	}
	return staff, nil
}

// Create inserts e and returns its ID. It returns ErrDuplicatePassport if
// the passport is already on file.
func (s *Employees) Create(ctx context.Context, e employee.Employee) (int64, error) {
	var n int
	if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM employees WHERE passport = $1`, e.Passport).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: create employee: %w", err)
	}
	if n > 0 {
		return 0, ErrDuplicatePassport
	}
	var id int64
	err := s.DB.QueryRowContext(ctx, `INSERT INTO employees (personnel_number, full_name, birth_date, phone, email, address,
		passport, snils, inn, bank_account, salary, position, department, car_plate, fitness_conclusion)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
		e.PersonnelNumber, e.FullName, e.BirthDate, e.Phone, e.Email, e.Address,
		e.Passport, e.SNILS, e.INN, e.BankAccount, e.Salary, e.Position, e.Department, e.CarPlate, e.FitnessConclusion,
	).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: create employee: %w", err)
	}
	return id, nil
}

// SetPhone updates an employee's phone number.
func (s *Employees) SetPhone(ctx context.Context, id int64, phone string) error {
	if _, err := s.DB.ExecContext(ctx, `UPDATE employees SET phone = $1 WHERE id = $2`, phone, id); err != nil {
		return fmt.Errorf("store: employee %d: set phone: %w", id, err)
	}
	return nil
}

// RemoteDays returns, for week ("2020-W15"), how many days each employee
// worked from home, by employee ID.
func (s *Employees) RemoteDays(ctx context.Context, week string) (map[int64]int, error) {
	rows, err := s.DB.QueryContext(ctx, `SELECT employee_id, days FROM remote_days WHERE week = $1`, week)
	if err != nil {
		return nil, fmt.Errorf("store: remote days %s: %w", week, err)
	}
	defer rows.Close()
	days := make(map[int64]int)
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("store: remote days %s: %w", week, err)
		}
		days[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: remote days %s: %w", week, err)
	}
	return days, nil
}
