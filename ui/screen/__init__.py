"""The Screen & boundaries page's parts: self-report, imports, boundaries, check-ins, the week."""
