; Companion's Windows installer: per-user, no administrator rights, Start menu entry, optional start
; at login, and an uninstaller that keeps the user's data unless they ask for it to go.
;
; Built by packaging/build_windows.ps1 (makensis also runs on Linux):
;   makensis -DDEFINES=build\packaging\version.nsh -DPAYLOAD_DIR=dist\companion ^
;            -DOUTFILE=dist\Companion-VERSION-setup.exe packaging\windows\installer.nsi
; version.nsh comes from packaging/buildinfo.py, so the version lives only in companion/__init__.py.

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef DEFINES
  !define DEFINES "..\..\build\packaging\version.nsh"
!endif
!include "${DEFINES}"

!ifndef PAYLOAD_DIR
  !define PAYLOAD_DIR "..\..\dist\companion"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\${APP_NAME}-${APP_VERSION}-setup.exe"
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

!define MUI_ICON "companion.ico"
!define MUI_UNICON "companion.ico"
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
