"""On Windows the profile folder's access list is the user's alone. The Win32 calls can't run here,
so a fake records them: the folder gets a protected list (nothing inherited from above) with one
entry, full control for the current user, inherited by everything inside; nothing goes on a command
line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from companion.platform import private_files
from companion.platform.private_files import owner_only_sddl, restrict_to_current_user

USER_SID = "S-1-5-21-1004336348-1177238915-682003330-1001"
SD, DACL = 0x5D00, 0xDAC1


class FakeWin32:
    def __init__(self, *, set_error: int = 0) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.set_error = set_error

    def current_user_sid(self) -> str:
        return USER_SID

    def ConvertStringSecurityDescriptorToSecurityDescriptorW(self, sddl, revision, out, size):
        self.calls.append(("ConvertStringSecurityDescriptorToSecurityDescriptorW", sddl, revision))
        out._obj.value = SD
        return 1

    def GetSecurityDescriptorDacl(self, sd, present, dacl, defaulted):
        self.calls.append(("GetSecurityDescriptorDacl", sd.value))
        present._obj.value = 1
        dacl._obj.value = DACL
        return 1

    def SetNamedSecurityInfoW(self, path, kind, info, owner, group, dacl, sacl):
        self.calls.append(
            ("SetNamedSecurityInfoW", path, kind, info, owner, group, dacl.value, sacl)
        )
        return self.set_error

    def LocalFree(self, pointer):
        self.calls.append(("LocalFree", pointer.value))

    def GetLastError(self) -> int:
        return 5


def test_the_folder_gets_an_access_list_for_the_user_alone(tmp_path: Path) -> None:
    fake = FakeWin32()
    restrict_to_current_user(tmp_path, api=fake)
    assert fake.calls == [
        (
            "ConvertStringSecurityDescriptorToSecurityDescriptorW",
            f"D:P(A;OICI;FA;;;{USER_SID})",
            1,
        ),
        ("GetSecurityDescriptorDacl", SD),
        # SE_FILE_OBJECT; DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION
        ("SetNamedSecurityInfoW", str(tmp_path), 1, 0x80000004, None, None, DACL, None),
        ("LocalFree", SD),
    ]


def test_the_access_list_names_only_the_user() -> None:
    sddl = owner_only_sddl(USER_SID)
    assert sddl.startswith("D:P(")  # P: protected, no entry inherited from the parent folder
    assert sddl.count("(A;") == 1  # one allow entry, no deny needed: nobody else is listed
    assert (
        "WD" not in sddl and "BU" not in sddl and "AU" not in sddl
    )  # Everyone, Users, Authenticated


def test_a_refusal_is_an_os_error_and_the_descriptor_is_freed(tmp_path: Path) -> None:
    fake = FakeWin32(set_error=5)  # ERROR_ACCESS_DENIED
    with pytest.raises(OSError):
        restrict_to_current_user(tmp_path, api=fake)
    assert fake.calls[-1] == ("LocalFree", SD)


def test_on_windows_the_profile_helpers_use_the_access_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    applied: list[Path] = []
    monkeypatch.setattr(private_files, "IS_WINDOWS", True)
    monkeypatch.setattr(private_files, "restrict_to_current_user", applied.append)
    folder = tmp_path / "profile"
    private_files.make_private_dir(folder)
    private_files.tighten_profile(folder)
    assert applied == [folder, folder]
