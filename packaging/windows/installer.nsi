; Companion's Windows installer: per-user, no administrator rights, Start menu entry, optional start
; at login, and an uninstaller that keeps the user's data unless they ask for it to go.
;
; Built by packaging/build_windows.ps1 after the app. By hand, from the repository root, on Windows
; or Linux (apt-get install nsis), after `python packaging/buildinfo.py build/packaging`:
;   makensis -V2 -WX packaging/windows/installer.nsi
; Every path below is relative to this file, so makensis runs from any folder, with or without -NOCD.
; Defaults: DEFINES=build/packaging/version.nsh (from packaging/buildinfo.py, so the version lives
; only in companion/__init__.py), PAYLOAD_DIR=dist/companion (the Windows build: it must hold
; companion.exe), OUTFILE=dist/Companion-VERSION-setup.exe. Override one with -DNAME=ABSOLUTE_PATH.

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

; makensis changes into this script's folder unless given -NOCD, but spells ${__FILEDIR__} relative to
; the folder it started in: when that spelling no longer leads here, this folder is ".".
!if /FileExists "${__FILEDIR__}\${__FILE__}"
  !define HERE "${__FILEDIR__}"
!else
  !define HERE "."
!endif
!define ROOT "${HERE}\..\.."

!ifndef DEFINES
  !define DEFINES "${ROOT}\build\packaging\version.nsh"
!endif
!if ! /FileExists "${DEFINES}"
  !error "No version defines at ${DEFINES}: run `python packaging/buildinfo.py build/packaging` first."
!endif
!include "${DEFINES}"

!ifndef PAYLOAD_DIR
  !define PAYLOAD_DIR "${ROOT}\dist\companion"
!endif
; The payload is the Windows one-folder app; a Linux or macOS build has no companion.exe.
!if ! /FileExists "${PAYLOAD_DIR}\${APP_EXE}"
  !error "No ${APP_EXE} in the payload folder ${PAYLOAD_DIR}: it must hold the Windows app, which packaging\build_windows.ps1 builds in dist\companion."
!endif
!ifndef OUTFILE
  !define OUTFILE "${ROOT}\dist\${APP_NAME}-${APP_VERSION}-setup.exe"
!endif

; Authenticode, only when asked (-DSIGN_COMMAND="signtool sign /sha1 THUMBPRINT /fd SHA256 ..."):
; makensis runs it on the uninstaller it embeds and on the finished installer, and stops if it fails.
!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
; The same value name companion/autostart.py writes, so the app's own switch and this one agree.
!define RUN_VALUE "${APP_NAME}"
; platformdirs' roaming user data folder for appname "Companion" (see companion/paths.py).
!define DATA_DIR "$APPDATA\${APP_NAME}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP_NAME} ${APP_VERSION}"

VIProductVersion "${APP_VERSION_4}"
VIFileVersion "${APP_VERSION_4}"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${APP_VERSION}"
VIAddVersionKey "FileVersion" "${APP_VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "CompanyName" "${APP_PUBLISHER}"
VIAddVersionKey "LegalCopyright" "${APP_COPYRIGHT}"

!define MUI_ICON "${HERE}\companion.ico"
!define MUI_UNICON "${HERE}\companion.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${APP_NAME} now"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

Section "${APP_NAME}" SecApp
  SectionIn RO
  ; A reinstall replaces the program files; the user's data lives elsewhere and is never touched.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "${APP_DESCRIPTION}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "Start ${APP_NAME} when I sign in (in the tray)" SecAutostart
  WriteRegStr HKCU "${RUN_KEY}" "${RUN_VALUE}" '"$INSTDIR\${APP_EXE}" --minimized'
SectionEnd

; --- Uninstaller ------------------------------------------------------------------------------------

Section "un.${APP_NAME} program files" UnSecApp
  SectionIn RO
  ; Start at login points at the program being removed, whoever switched it on.
  DeleteRegValue HKCU "${RUN_KEY}" "${RUN_VALUE}"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\companion-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Unticked by default: people's vaults and backups stay unless they choose otherwise.
Section /o "un.Also delete my ${APP_NAME} data (vault, key file and backups in ${DATA_DIR})" UnSecData
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 \
    "This deletes your ${APP_NAME} vault and its backups in$\r$\n${DATA_DIR}$\r$\n$\r$\nThey can't be recovered afterwards. Delete them?" \
    /SD IDNO IDYES delete_data
  Goto keep_data
  delete_data:
    RMDir /r "${DATA_DIR}"
  keep_data:
SectionEnd
