module hrvet.test/sourcecheck

go 1.26.0

require layeh.com/radius v0.0.0-20231213012653-1006025d24f8
