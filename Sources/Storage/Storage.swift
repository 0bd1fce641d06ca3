// Storage: SQLite behind the domain.
