"""The vault layer: the data key, the key file, the OS keyring, finding the key to unlock, the
crash-safe swap of database and key file, and erasing a profile. It never imports SQLAlchemy, so
unlocking runs before the database layer has loaded."""
