#!/bin/bash
# Sign Companion.app with a Developer ID, notarize the dmg with Apple and staple the ticket.
# Needs Xcode's command-line tools and, in the environment:
#   SIGN_IDENTITY   "Developer ID Application: Your Name (TEAMID)" (in the login or a CI keychain)
#   NOTARY_PROFILE  a keychain profile made once with:
#                   xcrun notarytool store-credentials NOTARY_PROFILE --apple-id ID --team-id TEAMID
# Order: sign the app (inside out, hardened runtime), make the dmg, sign it, notarize, staple, check.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
: "${SIGN_IDENTITY:?set SIGN_IDENTITY to your Developer ID Application identity}"
: "${NOTARY_PROFILE:?set NOTARY_PROFILE to a notarytool keychain profile}"
APP=dist/Companion.app
ENTITLEMENTS=packaging/macos/entitlements.plist

# 1. Every Mach-O inside the bundle first, then the bundle itself (--deep is deprecated for signing).
find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' file; do
        if file "$file" | grep -q "Mach-O"; then
            codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
                --sign "$SIGN_IDENTITY" "$file"
        fi
    done
codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$SIGN_IDENTITY" "$APP"
codesign --verify --strict --verbose=2 "$APP"

# 2. The disk image, signed too.
DMG=$(packaging/macos/make_dmg.sh | tail -n 1)
codesign --force --timestamp --sign "$SIGN_IDENTITY" "$DMG"

# 3. Apple's notary service checks it (a few minutes), then the ticket is stapled for offline Gatekeeper.
xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$DMG"
xcrun stapler validate "$DMG"
spctl --assess --type open --context context:primary-signature --verbose "$DMG"
echo "Signed and notarized: $DMG"
