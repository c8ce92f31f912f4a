"""Writers of files other programs read (vCard, iCalendar), from the values the facade hands out."""
