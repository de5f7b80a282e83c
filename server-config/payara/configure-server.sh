#!/usr/bin/env bash
# Configures a running Payara Server for jwks-server: applies post-boot.asadmin (logging), and the keystore and
# client registry when they are given. Run it once per domain, against its admin port:
#
#   ASADMIN=$PAYARA_HOME/bin/asadmin server-config/payara/configure-server.sh
#
# Optional, in the environment:
#   JWKS_KEYSTORE_PATH           PKCS12 keystore on the server's machine (jwks.keystore.path)
#   JWKS_KEYSTORE_PASSWORD_FILE  file holding its password, on the machine running this script: the password is
#                                stored as the password alias jwks-keystore-password, and jwks.keystore.password
#                                is set to ${ALIAS=jwks-keystore-password}, so domain.xml never holds it
#   JWKS_CLIENTS_FILE            client registry on the server's machine (jwks.clients.file)
# asadmin's own variables (AS_ADMIN_HOST, AS_ADMIN_PORT, AS_ADMIN_USER, AS_ADMIN_PASSWORDFILE) say which domain.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
asadmin="${ASADMIN:-asadmin}"

"$asadmin" multimode --file "$here/post-boot.asadmin"

# create-system-properties separates properties with ':', so a ':' in a value is escaped.
escape() { printf '%s' "${1//:/\\:}"; }

if [[ -n "${JWKS_KEYSTORE_PATH:-}" ]]; then
  properties="jwks.keystore.path=$(escape "$JWKS_KEYSTORE_PATH")"
  if [[ -n "${JWKS_KEYSTORE_PASSWORD_FILE:-}" ]]; then
    if "$asadmin" list-password-aliases | grep -qx 'jwks-keystore-password'; then
      "$asadmin" delete-password-alias jwks-keystore-password
    fi
    "$asadmin" create-password-alias \
      --passwordfile <(printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(head -n 1 "$JWKS_KEYSTORE_PASSWORD_FILE")") \
      jwks-keystore-password
    properties="$properties:jwks.keystore.password=\${ALIAS=jwks-keystore-password}"
  fi
  "$asadmin" create-system-properties "$properties"
fi

if [[ -n "${JWKS_CLIENTS_FILE:-}" ]]; then
  "$asadmin" create-system-properties "jwks.clients.file=$(escape "$JWKS_CLIENTS_FILE")"
fi
