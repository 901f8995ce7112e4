using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>Old addresses of pages that a merge moved to another path (an article renamed on a slug clash).</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122190000_PortalRedirects")]
public sealed class PortalRedirects : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PortalRedirects",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FromSlug = table.Column<string>(nullable: false, maxLength: 200),
                FromPath = table.Column<string>(nullable: false, maxLength: 1000),
                ToPath = table.Column<string>(nullable: false, maxLength: 1000),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PortalRedirects", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_PortalRedirects_FromSlug_FromPath", table: "PortalRedirects", columns: ["FromSlug", "FromPath"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "PortalRedirects");
}
