using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// The documents catalogue kept by staff: document types and committee terms can be deactivated, and each term
/// belongs to the committee (unit) whose congress opens it, since numbers restart for each committee's term.
/// Existing terms were the province's: they go to the root unit.
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122150000_DocumentCatalogue")]
public sealed class DocumentCatalogue : Migration
{
    private const string RootUnit = """(SELECT MIN("Id") FROM "OrganisationUnits" WHERE "ParentId" IS NULL)""";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "IsActive", table: "DocumentTypes", nullable: false, defaultValue: true);

        if (migrationBuilder.IsSqlite())
        {
            // SQLite cannot add a required foreign key column in place: the table is rebuilt (as EF's own rebuilds do),
            // with foreign keys off while the old table is swapped out, since documents point at it.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_CommitteeTerms" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_CommitteeTerms" PRIMARY KEY AUTOINCREMENT,
                    "UnitId" INTEGER NOT NULL,
                    "Name" TEXT NOT NULL,
                    "StartsOn" TEXT NOT NULL,
                    "EndsOn" TEXT NULL,
                    "IsActive" INTEGER NOT NULL DEFAULT 1,
                    CONSTRAINT "FK_CommitteeTerms_OrganisationUnits_UnitId" FOREIGN KEY ("UnitId") REFERENCES "OrganisationUnits" ("Id") ON DELETE RESTRICT);
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "ef_temp_CommitteeTerms" ("Id", "UnitId", "Name", "StartsOn", "EndsOn", "IsActive")
                SELECT "Id", {RootUnit}, "Name", "StartsOn", "EndsOn", 1 FROM "CommitteeTerms";
                """);
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""DROP TABLE "CommitteeTerms";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_CommitteeTerms" RENAME TO "CommitteeTerms";""");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }
        else
        {
            migrationBuilder.AddColumn<int>(name: "UnitId", table: "CommitteeTerms", nullable: true);
            migrationBuilder.Sql($"""UPDATE "CommitteeTerms" SET "UnitId" = {RootUnit};""");
            migrationBuilder.AlterColumn<int>(name: "UnitId", table: "CommitteeTerms", nullable: false, oldClrType: typeof(int), oldNullable: true);
            migrationBuilder.AddColumn<bool>(name: "IsActive", table: "CommitteeTerms", nullable: false, defaultValue: true);
            migrationBuilder.AddForeignKey("FK_CommitteeTerms_OrganisationUnits_UnitId", "CommitteeTerms", "UnitId", "OrganisationUnits",
                principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }
        migrationBuilder.CreateIndex("IX_CommitteeTerms_UnitId_StartsOn", "CommitteeTerms", new[] { "UnitId", "StartsOn" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_CommitteeTerms_UnitId_StartsOn", "CommitteeTerms");
        migrationBuilder.DropColumn(name: "IsActive", table: "DocumentTypes");
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.DropForeignKey("FK_CommitteeTerms_OrganisationUnits_UnitId", "CommitteeTerms");
            migrationBuilder.DropColumn(name: "UnitId", table: "CommitteeTerms");
            migrationBuilder.DropColumn(name: "IsActive", table: "CommitteeTerms");
        }
    }
}
