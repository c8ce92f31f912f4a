"""Check-in widgets: the questionnaire runner, the result view, history charts and the safety card."""
