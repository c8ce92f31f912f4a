"""Pure rules: plain data and a clock in, decisions out. No storage, no Qt."""
