"""The platform layer: the profile folder and the files in it (atomic writes, owner-only access, the
one-process lock), start at login, no core dumps, the error log, secrets from a prompt or a
descriptor, and the clock. It may import the domain layer (errors, words) and nothing else of the
core's."""
