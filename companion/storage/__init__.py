"""Storage: the encrypted database (`engine`: connections, pragmas, integrity, migrations;
`models`, `dbtypes`, `schema`), the read layer (`reads`) and the first screen's read (`glance`)
over the SQLCipher driver and free of SQLAlchemy, and the whole-database operations that rewrite
or copy it (`backup`, `rotation`, `export`)."""
