# Build Companion for Windows: dist\companion (one-folder app: companion.exe without a console window,
# companion-cli.exe with one) and dist\Companion-VERSION-setup.exe (NSIS, per-user, no admin rights).
# Needs Python 3.11+ and NSIS 3 (makensis on PATH: `choco install nsis` or `winget install NSIS.NSIS`).
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..")
Set-Location $Root
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
# The build's own environment, made afresh each time: never the development .venv.
$Venv = if ($env:VENV) { $env:VENV } else { Join-Path $Root "build\venv" }
$VPy = Join-Path $Venv "Scripts\python.exe"
$Constraints = Join-Path $Root "packaging\constraints-build.txt"

function Invoke-Checked {
    & $args[0] $args[1..($args.Length - 1)]
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $($args -join ' ')" }
}

Invoke-Checked $Python -m venv --clear $Venv
# Exactly the pinned wheels: pip first, then every pin, then the app built by the pinned setuptools.
Invoke-Checked $VPy -m pip install --quiet --disable-pip-version-check --no-deps --only-binary=:all: -c $Constraints pip
Invoke-Checked $VPy -m pip install --quiet --disable-pip-version-check --no-deps --only-binary=:all: -r $Constraints
Invoke-Checked $VPy -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --no-index $Root
Invoke-Checked $VPy -m pip check
Invoke-Checked $VPy packaging\pins.py check-env

# The version lives only in companion/__init__.py; this writes the exe's version resource and NSIS defines.
$Version = (& $VPy packaging\buildinfo.py --print-version).Trim()
Invoke-Checked $VPy packaging\buildinfo.py build\packaging
Invoke-Checked $VPy -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\companion.spec

# Authenticode signing, only when WINDOWS_SIGN_THUMBPRINT names a code-signing certificate in the
# current user's store (packaging/PACKAGING.md, "Signing"): both executables now, and makensis signs
# the uninstaller and the installer through installer.nsi's SIGN_COMMAND.
$NsisSign = @()
if ($env:WINDOWS_SIGN_THUMBPRINT) {
    $Timestamp = if ($env:WINDOWS_SIGN_TIMESTAMP_URL) { $env:WINDOWS_SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    $Sign = "signtool sign /sha1 $($env:WINDOWS_SIGN_THUMBPRINT) /fd SHA256 /tr $Timestamp /td SHA256"
    Invoke-Checked signtool sign /sha1 $env:WINDOWS_SIGN_THUMBPRINT /fd SHA256 /tr $Timestamp /td SHA256 dist\companion\companion.exe dist\companion\companion-cli.exe
    $NsisSign = @("-DSIGN_COMMAND=$Sign")
}

Invoke-Checked dist\companion\companion-cli.exe --version
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked dist\companion\companion-cli.exe self-test
Remove-Item Env:\QT_QPA_PLATFORM

# installer.nsi finds build\packaging\version.nsh and dist\companion itself and writes dist\Companion-VERSION-setup.exe.
Invoke-Checked makensis -V2 -WX @NsisSign packaging\windows\installer.nsi
Write-Output "dist\Companion-$Version-setup.exe"
