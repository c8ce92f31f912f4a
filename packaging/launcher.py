"""The frozen app's entry script: the same `companion` command the wheel installs."""

import sys

from companion_app import main

if __name__ == "__main__":
    sys.exit(main())
