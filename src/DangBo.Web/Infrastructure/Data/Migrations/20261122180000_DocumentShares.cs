using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>Documents pushed by a higher portal to subordinate portals' libraries.</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122180000_DocumentShares")]
public sealed class DocumentShares : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DocumentShares",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                DocumentId = table.Column<int>(nullable: false),
                PortalId = table.Column<int>(nullable: false),
                PushedById = table.Column<string>(nullable: true, maxLength: 450),
                PushedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentShares", x => x.Id);
                table.ForeignKey(
                    name: "FK_DocumentShares_Documents_DocumentId",
                    column: x => x.DocumentId,
                    principalTable: "Documents",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_DocumentShares_Portals_PortalId",
                    column: x => x.PortalId,
                    principalTable: "Portals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_DocumentShares_DocumentId_PortalId", table: "DocumentShares", columns: ["DocumentId", "PortalId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_DocumentShares_PortalId", table: "DocumentShares", column: "PortalId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "DocumentShares");
}
