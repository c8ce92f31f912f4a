"""What the help tests share: which pages of the main window show, and that Help stands alone."""

from __future__ import annotations

from ui.help_page import HelpDialog
from ui.main_window import PAGE_NAMES


def open_help_dialogs(parent) -> list[HelpDialog]:
    """The help windows open over `parent`."""
    return [d for d in parent.findChildren(HelpDialog) if d.isVisible()]


def visible_pages(window) -> list[str]:
    stack = window.stack
    return [
        stack.widget(i).objectName() for i in range(stack.count()) if stack.widget(i).isVisible()
    ]


def assert_help_alone(window) -> None:
    assert visible_pages(window) == ["page_help"]
    assert window.current_page() is window.help_page
    assert window.sidebar.currentRow() == -1
    assert window.sidebar.selectedItems() == []


def assert_page_alone(window, name: str) -> None:
    assert visible_pages(window) == [f"page_{name}"]
    assert window.sidebar.currentRow() == PAGE_NAMES.index(name)
