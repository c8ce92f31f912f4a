# Build Companion for Windows: dist\companion (one-folder app: companion.exe without a console window,
# companion-cli.exe with one) and dist\Companion-VERSION-setup.exe (NSIS, per-user, no admin rights).
# Needs Python 3.11+ and NSIS 3 (makensis on PATH: `choco install nsis` or `winget install NSIS.NSIS`).
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..")
Set-Location $Root
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Venv = Join-Path $Root ".venv"
$VPy = Join-Path $Venv "Scripts\python.exe"
$Constraints = Join-Path $Root "packaging\constraints-build.txt"

function Invoke-Checked {
    & $args[0] $args[1..($args.Length - 1)]
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $($args -join ' ')" }
}

if (-not (Test-Path $VPy)) { Invoke-Checked $Python -m venv $Venv }
Invoke-Checked $VPy -m pip install --quiet --disable-pip-version-check --only-binary=:all: -c $Constraints pyinstaller pyinstaller-hooks-contrib
& $VPy -c "import companion, PySide6, sqlcipher3" 2>$null
if ($LASTEXITCODE -ne 0) {
    Invoke-Checked $VPy -m pip install --quiet --disable-pip-version-check -c $Constraints -e $Root
}

# The version lives only in companion/__init__.py; this writes the exe's version resource and NSIS defines.
$Version = (& $VPy packaging\buildinfo.py --print-version).Trim()
Invoke-Checked $VPy packaging\buildinfo.py build\packaging
Invoke-Checked $VPy -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\companion.spec

Invoke-Checked dist\companion\companion-cli.exe --version
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked dist\companion\companion-cli.exe self-test
Remove-Item Env:\QT_QPA_PLATFORM

$Setup = "dist\Companion-$Version-setup.exe"
Invoke-Checked makensis /V2 /WX "/DDEFINES=$Root\build\packaging\version.nsh" "/DPAYLOAD_DIR=$Root\dist\companion" "/DOUTFILE=$Root\$Setup" packaging\windows\installer.nsi
Write-Output $Setup
