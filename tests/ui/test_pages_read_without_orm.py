"""Every page reads through the read layer: the app starts, checks its nudges (recording the ones
shown) and shows each page without importing SQLAlchemy or SQLModel; the first write loads them.
Run in a fresh process, since this one has loaded them already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import PASSPHRASE, PROJECT_ROOT, add_every_kind, cli_env, make_vault

SCRIPT = r"""
import json, sys
from ui.app import run
from ui.main_window import PAGE_NAMES
from companion.domain.planners.nudges import Nudge
from companion.services.mood import MoodInput

ORM = {"sqlalchemy", "sqlmodel"}

def loaded():
    return sorted(ORM & {m.split(".")[0] for m in sys.modules})

def settle(app):
    for _ in range(5):
        app.processEvents()

controller = run([sys.argv[0]], profile=sys.argv[1], exec_=False)
app, window = controller.app, controller.window
settle(app)
seen = {"start": loaded()}
window.nudges.check_now()
settle(app)
# What the tray records when a nudge is snoozed (a shown one is recorded the same way).
nudge = Nudge(kind="mood", person_id=None, title="t", body="b", key="mood:test")
controller.companion.nudges.record(nudge, "snoozed", snooze="day")
seen["nudge check"] = loaded()
for name in PAGE_NAMES:
    window.show_page_named(name)
    settle(app)
    seen[name] = loaded()
seen["pages shown"] = sorted(window.pages.built())
controller.companion.mood.log(MoodInput(level=4))
seen["after a write"] = loaded()
controller.quit()
print("RESULT " + json.dumps(seen))
"""


def test_pages_and_nudges_read_without_the_orm(tmp_path: Path) -> None:
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    root = tmp_path / "profile"
    make_vault(root)
    with Companion.unlock(root, passphrase=PASSPHRASE, keystore=NoKeyStore()) as companion:
        add_every_kind(companion)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(root)],
        capture_output=True,
        text=True,
        env=cli_env(
            COMPANION_PASSPHRASE=PASSPHRASE,
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        ),
        cwd=PROJECT_ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    seen = json.loads(result[len("RESULT ") :])
    pages = seen.pop("pages shown")
    after_write = seen.pop("after a write")
    assert len(pages) == 7
    assert seen == {key: [] for key in seen}, seen
    assert after_write == ["sqlalchemy", "sqlmodel"]  # the write path, loaded when first needed
