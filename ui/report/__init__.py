"""The summary report to bring to a therapist: layout, PDF and page images, preview and dialog.

Imported only when a report is made, so start-up never pays for it.
"""
