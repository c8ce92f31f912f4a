"""Allows `python -m companion_app`: the same as the `companion` command."""

from companion_app import main

raise SystemExit(main())
