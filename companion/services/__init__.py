"""One service per domain, each handed out by the `Companion` facade. Widgets never touch SQL."""
