"""The main window's pages, one module each; every page takes the `Companion` facade."""
