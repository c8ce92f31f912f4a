"""One setting's value checked against its declaration (companion.domain.setting_defs) and written
in a unit of work. The settings service, the day end and the services that keep a setting beside
their own records share these two, so none of them imports another for them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.domain.setting_defs import _definition

if TYPE_CHECKING:
    from sqlmodel import Session


def validate(key: str, value: Any) -> None:
    d = _definition(key)
    if value is None:
        if d.allow_none:
            return
        raise InvalidInput(_("The setting “{key}” needs a value.").format(key=key))
    if isinstance(value, bool) and d.kind is not bool:
        raise InvalidInput(_("The setting “{key}” doesn't take yes/no.").format(key=key))
    if not isinstance(value, d.kind):
        raise InvalidInput(_("The setting “{key}” has the wrong kind of value.").format(key=key))
    if d.check is not None and not d.check(value):
        raise InvalidInput(
            _("The value {value} isn't allowed for “{key}”.").format(value=repr(value), key=key)
        )


def write(session: Session, key: str, value: Any) -> None:
    from companion.storage.models import Setting

    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        session.add(row)
