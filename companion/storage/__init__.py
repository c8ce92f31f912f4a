"""Storage: the read layer (`reads`), over the SQLCipher driver and free of SQLAlchemy."""
