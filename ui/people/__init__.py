"""The People part of the app: the list, a person's page, the editor, logging, circles and import."""
