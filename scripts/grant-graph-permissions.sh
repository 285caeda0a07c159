#!/usr/bin/env bash
# Grant the bot's managed identity the Microsoft Graph application permissions it needs.
#
# Bicep cannot do this (Graph app-role assignments need the Microsoft Graph Bicep extension,
# which this project does not use), and a managed identity has no "API permissions" page in the
# portal: an admin runs this once after provisioning. Assigning an application permission to a
# service principal IS the admin consent for it; there is no separate consent step.
#
# Who may run it: Privileged Role Administrator, or Global Administrator (assigning app roles
# of Microsoft Graph needs AppRoleAssignment.ReadWrite.All + Application.Read.All).
#
#   az login --tenant <tenant id>
#   scripts/grant-graph-permissions.sh --principal-id <BOT_IDENTITY_PRINCIPAL_ID> [feature flags] [--dry-run]
#
# Feature flags (least privilege: grant only what you switch on):
#   (always)      UserAuthenticationMethod.ReadWrite.All  list and remove a user's methods
#   --helpdesk    User.Read.All, GroupMember.Read.All, RoleManagement.Read.Directory,
#                 TeamsAppInstallation.ReadWriteSelfForUser.All   (helpdesk mode)
#   --guards      User.Read.All, RoleManagement.Read.Directory    (refuse self-service for
#                 privileged users)
#   --risk        IdentityRiskyUser.Read.All   (risky-user check; needs Entra ID P2)
#   --revoke      User.RevokeSessions.All      (sign the user out everywhere after a reset)
#   --mail        Mail.Send                    (notification mail; scope it to one mailbox
#                 with Exchange RBAC for Applications, see README)
#   --preflight   Policy.Read.All              (check that MFA registration is enforced)
#   --dry-run     print what would be granted, change nothing (still reads the directory)
#
# Idempotent: an assignment that already exists is skipped, so re-running is safe.
set -euo pipefail

GRAPH_APP_ID=00000003-0000-0000-c000-000000000000
GRAPH_URL=${GRAPH_URL:-https://graph.microsoft.com}

usage() {
  sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'
}

principal_id=""
dry_run=false
roles=(UserAuthenticationMethod.ReadWrite.All)

add_role() {
  local r
  for r in "$@"; do
    case " ${roles[*]} " in
      *" $r "*) ;;
      *) roles+=("$r") ;;
    esac
  done
}

while [ $# -gt 0 ]; do
  case "$1" in
    --principal-id)
      [ $# -ge 2 ] || { echo "error: --principal-id needs a value" >&2; exit 2; }
      principal_id=$2
      shift 2
      ;;
    --principal-id=*) principal_id=${1#*=}; shift ;;
    --helpdesk) add_role User.Read.All GroupMember.Read.All RoleManagement.Read.Directory TeamsAppInstallation.ReadWriteSelfForUser.All; shift ;;
    --guards) add_role User.Read.All RoleManagement.Read.Directory; shift ;;
    --risk) add_role IdentityRiskyUser.Read.All; shift ;;
    --revoke) add_role User.RevokeSessions.All; shift ;;
    --mail) add_role Mail.Send; shift ;;
    --preflight) add_role Policy.Read.All; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "error: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if ! [[ $principal_id =~ $guid_re ]]; then
  echo "error: --principal-id must be the managed identity's principal (object) id, a GUID (BOT_IDENTITY_PRINCIPAL_ID in env/.env.dev)" >&2
  exit 2
fi
command -v az >/dev/null || { echo "error: the Azure CLI (az) is not installed" >&2; exit 2; }

# The bot's service principal: make sure the id is a managed identity, not some other app.
sp_type=$(az rest --method GET --url "$GRAPH_URL/v1.0/servicePrincipals/$principal_id?\$select=servicePrincipalType,displayName" --query servicePrincipalType -o tsv)
if [ "$sp_type" != "ManagedIdentity" ]; then
  echo "error: $principal_id is a '$sp_type' service principal, not a managed identity; pass BOT_IDENTITY_PRINCIPAL_ID" >&2
  exit 2
fi

# Microsoft Graph's service principal in this tenant, and its application roles by name.
graph_sp=$(az rest --method GET --url "$GRAPH_URL/v1.0/servicePrincipals(appId='$GRAPH_APP_ID')?\$select=id" --query id -o tsv)
existing=$(az rest --method GET --url "$GRAPH_URL/v1.0/servicePrincipals/$principal_id/appRoleAssignments?\$top=999" \
  --query "value[?resourceId=='$graph_sp'].appRoleId" -o tsv)
# "<name><TAB><id>" per application role of Graph (delegated-only roles left out).
graph_roles=$(az rest --method GET --url "$GRAPH_URL/v1.0/servicePrincipals/$graph_sp?\$select=appRoles" \
  --query "appRoles[?contains(allowedMemberTypes, 'Application')].[value, id]" -o tsv)

granted=0
skipped=0
for role in "${roles[@]}"; do
  role_id=$(awk -F '\t' -v name="$role" '$1 == name { print $2; exit }' <<<"$graph_roles")
  if [ -z "$role_id" ]; then
    echo "error: Microsoft Graph has no application permission named $role" >&2
    exit 1
  fi
  if grep -qix "$role_id" <<<"$existing"; then
    echo "ok       $role (already granted)"
    skipped=$((skipped + 1))
    continue
  fi
  if $dry_run; then
    echo "would grant $role ($role_id)"
    continue
  fi
  az rest --method POST --url "$GRAPH_URL/v1.0/servicePrincipals/$principal_id/appRoleAssignments" \
    --headers Content-Type=application/json \
    --body "{\"principalId\":\"$principal_id\",\"resourceId\":\"$graph_sp\",\"appRoleId\":\"$role_id\"}" \
    --output none
  echo "granted  $role"
  granted=$((granted + 1))
done

if $dry_run; then
  echo "dry run: nothing changed (${#roles[@]} permission(s) checked, $skipped already granted)"
else
  echo "done: $granted granted, $skipped already present. Restart the Web App so the bot gets a token with the new roles:"
  echo "  az webapp restart --ids <BOT_AZURE_APP_SERVICE_RESOURCE_ID>"
fi
