#!/usr/bin/env bash
# Adds one migration, NAME, for both providers from the current model (docs/decisions/0009):
#   scripts/add-migration.sh AddSomething
# writes src/MedInsure.Web/Data/Migrations/Sqlite/<timestamp>_AddSomething.cs and the same under
# Postgres/, and updates each provider's model snapshot. Read both before committing: data that must
# move with the schema is added by hand, in each provider's SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/MedInsure.Web --context SqliteMedInsureDbContext --output-dir Data/Migrations/Sqlite
# The build above holds everything the PostgreSQL context needs.
dotnet ef migrations add "$name" --project src/MedInsure.Web --context PostgresMedInsureDbContext --output-dir Data/Migrations/Postgres --no-build
