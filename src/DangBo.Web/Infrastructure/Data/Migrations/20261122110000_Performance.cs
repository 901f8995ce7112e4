using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>Indexes for the featured-articles block and for finding the next scheduled publication.</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122110000_Performance")]
public sealed class Performance : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(
            name: "IX_Articles_PortalId_IsFeatured_Status_PublishedAt",
            table: "Articles",
            columns: new[] { "PortalId", "IsFeatured", "Status", "PublishedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_Articles_Status_PublishedAt",
            table: "Articles",
            columns: new[] { "Status", "PublishedAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Articles_PortalId_IsFeatured_Status_PublishedAt", table: "Articles");
        migrationBuilder.DropIndex(name: "IX_Articles_Status_PublishedAt", table: "Articles");
    }
}
