using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>An approved article's pending draft: the number of the revision that waits for approval while readers see the approved content.</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122140000_EditorialDrafts")]
public sealed class EditorialDrafts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>(name: "PendingRevisionNumber", table: "Articles", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "PendingRevisionNumber", table: "Articles");
}
