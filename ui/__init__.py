"""Companion's Qt front end: the window, pages, dialogs and tray over the core `Companion` facade."""
