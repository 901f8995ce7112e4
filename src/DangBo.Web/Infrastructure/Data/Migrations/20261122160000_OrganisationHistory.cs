using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>The organisation tree's history: versions of each unit (names, parents, dates), old slugs, merges.</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122160000_OrganisationHistory")]
public sealed class OrganisationHistory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "MergedIntoId", table: "OrganisationUnits", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_OrganisationUnits_MergedIntoId", table: "OrganisationUnits", column: "MergedIntoId");

        migrationBuilder.CreateTable(
            name: "UnitVersions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UnitId = table.Column<int>(nullable: false),
                Change = table.Column<int>(nullable: false),
                Name = table.Column<string>(nullable: false, maxLength: 300),
                ShortName = table.Column<string>(nullable: true, maxLength: 150),
                Slug = table.Column<string>(nullable: false, maxLength: 200),
                ParentId = table.Column<int>(nullable: true),
                ValidFrom = table.Column<DateOnly>(nullable: true),
                ValidTo = table.Column<DateOnly>(nullable: true),
                MergedIntoId = table.Column<int>(nullable: true),
                Note = table.Column<string>(nullable: true, maxLength: 1000),
                ChangedByUserId = table.Column<string>(nullable: true, maxLength: 450),
                ChangedByName = table.Column<string>(nullable: false, maxLength: 200),
                ChangedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnitVersions", x => x.Id);
                table.ForeignKey(
                    name: "FK_UnitVersions_OrganisationUnits_UnitId",
                    column: x => x.UnitId,
                    principalTable: "OrganisationUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_UnitVersions_UnitId_Id", table: "UnitVersions", columns: new[] { "UnitId", "Id" });

        migrationBuilder.CreateTable(
            name: "UnitSlugAliases",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Slug = table.Column<string>(nullable: false, maxLength: 200),
                UnitId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnitSlugAliases", x => x.Id);
                table.ForeignKey(
                    name: "FK_UnitSlugAliases_OrganisationUnits_UnitId",
                    column: x => x.UnitId,
                    principalTable: "OrganisationUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_UnitSlugAliases_Slug", table: "UnitSlugAliases", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_UnitSlugAliases_UnitId", table: "UnitSlugAliases", column: "UnitId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "UnitSlugAliases");
        migrationBuilder.DropTable(name: "UnitVersions");
        migrationBuilder.DropIndex(name: "IX_OrganisationUnits_MergedIntoId", table: "OrganisationUnits");
        migrationBuilder.DropColumn(name: "MergedIntoId", table: "OrganisationUnits");
    }
}
