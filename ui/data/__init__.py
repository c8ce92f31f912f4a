"""Your data and privacy: backups, restore, export, changing the passphrase or the key, deleting
everything, and the app lock's wiring into the running app."""
