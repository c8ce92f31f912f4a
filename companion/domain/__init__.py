"""The domain layer: the pure rules. Plain data and a clock in, decisions and words out; nothing
else of the core's, no storage, no Qt."""
