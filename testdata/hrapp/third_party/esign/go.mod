module example.com/esign

go 1.26.0
