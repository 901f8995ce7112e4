using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>Content flowing between portals: articles proposed up to a parent portal or pushed down to subordinate ones.</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122170000_PortalContentFlow")]
public sealed class PortalContentFlow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ArticleShares",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ArticleId = table.Column<int>(nullable: false),
                PortalId = table.Column<int>(nullable: false),
                Direction = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Note = table.Column<string>(nullable: true, maxLength: 1000),
                DeclineReason = table.Column<string>(nullable: true, maxLength: 1000),
                RequestedById = table.Column<string>(nullable: true, maxLength: 450),
                RequestedAt = table.Column<DateTime>(nullable: false),
                DecidedById = table.Column<string>(nullable: true, maxLength: 450),
                DecidedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleShares", x => x.Id);
                table.ForeignKey(
                    name: "FK_ArticleShares_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ArticleShares_Portals_PortalId",
                    column: x => x.PortalId,
                    principalTable: "Portals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ArticleShares_ArticleId_PortalId", table: "ArticleShares", columns: ["ArticleId", "PortalId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_ArticleShares_PortalId_Status_RequestedAt", table: "ArticleShares", columns: ["PortalId", "Status", "RequestedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ArticleShares");
}
