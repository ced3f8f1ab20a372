-- The staff search and impact preview queries, in the shape EF Core writes them, for
-- scripts/scale-test.sh to show the plans of (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL).
-- One query per line; :surname etc. are replaced by the script.
SELECT "Id", "Code" FROM "SavedCases" WHERE "Code" = 'ABCDEFGHJKLM' ORDER BY "CreatedAtUtc" DESC, "Id" DESC LIMIT 101
SELECT "Id", "Code" FROM "SavedCases" WHERE "IdNumberHash" = '00' ORDER BY "CreatedAtUtc" DESC, "Id" DESC LIMIT 101
SELECT "Id", "Code" FROM "SavedCases" WHERE "HolderSurname" = '王' ORDER BY "CreatedAtUtc" DESC, "Id" DESC LIMIT 101
SELECT "Id", "Code" FROM "SavedCases" WHERE "HolderNameMasked" = '王*明' ORDER BY "CreatedAtUtc" DESC, "Id" DESC LIMIT 101
SELECT "Id", "Code" FROM "SavedCases" WHERE "City" = 'weinan' AND "CreatedAtUtc" >= '2025-01-01' AND "CreatedAtUtc" < '2025-07-01' ORDER BY "CreatedAtUtc" DESC, "Id" DESC LIMIT 101
SELECT "Id", "Code" FROM "SavedCases" WHERE "City" = 'weinan' AND "HolderSurname" = '王' ORDER BY "CreatedAtUtc" DESC, "Id" DESC LIMIT 101
SELECT "Id", "Code" FROM "SavedCases" WHERE "HolderSurname" = '王' AND "CreatedAtUtc" <= '2025-01-01' AND ("CreatedAtUtc" < '2025-01-01' OR "Id" < 500000) ORDER BY "CreatedAtUtc" DESC, "Id" DESC LIMIT 101
SELECT "Id" FROM "SavedCases" WHERE "City" = 'weinan' AND ("ResumeMonth" IS NULL OR ("ResumeMonth" IS NOT NULL AND "ResumeMonth" >= 24288))
SELECT "Id" FROM "SavedCases" WHERE "City" = 'weinan' AND ("ResumeMonth" IS NULL OR ("GapFirstMonth" IS NOT NULL AND "GapLastMonth" >= 24288 AND "GapFirstMonth" <= 24299))
