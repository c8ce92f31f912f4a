"""A scripted session touching every feature through the facade and the importers, with a canary
string in every text a person could type. Run as `python -m tests.proof.session PROFILE OUT REALDATA`
(REALDATA may be "-"); it prints one JSON line saying what it did.

The export (an unencrypted file the person asked for) and the PDF report are written into OUT,
which the proofs keep outside the folders they sweep.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

TOKEN = "QzxCanary7Vq"
PASSPHRASE = "proof passphrase " + TOKEN  # the passphrase is typed too


def canary(kind: str) -> str:
    return f"{TOKEN} {kind} ünïcode"


def run(profile: Path, out: Path, realdata: Path | None) -> dict[str, object]:
    from companion.facade import Companion
    from companion.services.boundaries import BoundaryInput
    from companion.services.mood import MoodInput
    from companion.services.people import PersonInput
    from companion.storage.backup import backup_now, maybe_auto_backup
    from companion.storage.export import export_json
    from companion.vault.keystore import NoKeyStore

    done: dict[str, object] = {}
    companion, _code = Companion.create(profile, PASSPHRASE, country="GB", keystore=NoKeyStore())
    with companion:
        today = companion.clock.now().date()
        person = companion.people.add(
            PersonInput(
                name=canary("name"),
                notes=canary("person notes"),
                tags=[canary("tag")],
                contacts=[("email", canary("label"), f"{TOKEN.lower()}@example.org")],
            )
        )
        companion.interactions.log([person], note=canary("interaction note"), feeling=4)
        companion.mood.log(
            MoodInput(level=4, note=canary("mood note"), tags=[canary("mood tag")], people=[person])
        )
        companion.journal.write(canary("journal"))
        companion.checkins.save("who5", [3, 3, 3, 3, 3])
        first = companion.screen.categories()[0].key
        companion.screen.report(today - timedelta(days=1), {first: 42.0})
        boundary = companion.boundaries.add(BoundaryInput(title=canary("boundary")))
        companion.boundaries.check_in(boundary, today, "kept", canary("boundary note"))
        prompt = companion.reflections.offer(today)
        companion.reflections.answer(prompt.id, canary("reflection"))
        companion.settings.set("backup.keep", 3)
        companion.settings.set("backup.folder", None)
        done["records"] = companion.counts()

        imported = {}
        if realdata is not None:
            vcard = realdata / "vcard" / "ezvcard_John_Doe_IPHONE.vcf"
            preview = companion.contacts_import.preview(vcard)
            imported["vcard"] = companion.contacts_import.commit(preview).added
            daylio = realdata / "daylio" / "MichaelCurrin_sample.csv"
            dpreview = companion.daylio.preview(daylio)
            levels = {name: 3 for name in dpreview.unmapped}  # the person picks a level for these
            imported["daylio"] = companion.daylio.commit(dpreview, levels).imported
            aw = realdata / "activitywatch" / "DERIVED_liv10let_android_trimmed40.json"
            apreview = companion.screen.preview_activitywatch(aw)
            companion.screen.commit_activitywatch(apreview)
            imported["activitywatch"] = len(apreview.days)
        done["imported"] = imported

        # A backup the person places themselves: outside the profile (Companion refuses any place
        # inside it), in the temp folder the canary test sweeps.
        manual = Path(tempfile.gettempdir()) / "backups-manual.companion-backup"
        backup = backup_now(companion, manual)
        done["backup"] = backup.name
        auto = maybe_auto_backup(companion)
        done["auto_backup"] = auto.name if auto else None
        export = out / "export.json"
        export_json(companion, export)
        done["export"] = str(export)
        done["export_has_canary"] = TOKEN in export.read_text(encoding="utf-8")

    report = out / "report.pdf"
    env = {**os.environ, "COMPANION_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-m", "companion_app", "--profile", str(profile), "report", str(report)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    done["report"] = result.returncode
    done["report_error"] = result.stderr[-2000:]
    return done


if __name__ == "__main__":
    profile_arg, out_arg, real_arg = sys.argv[1:4]
    summary = run(Path(profile_arg), Path(out_arg), None if real_arg == "-" else Path(real_arg))
    print(json.dumps(summary, default=str))
