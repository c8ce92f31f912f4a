"""Companion's core: storage, keys, domain services, importers and planners, free of Qt."""

__version__ = "0.1.0"
APP_NAME = "Companion"
# One reverse-DNS id used everywhere: keyring service, desktop file, metainfo, bundles.
APP_ID = "org.companionapp.Companion"
