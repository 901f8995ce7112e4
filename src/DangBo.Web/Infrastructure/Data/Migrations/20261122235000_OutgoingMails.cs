using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// The e-mail outbox: messages are saved with the move that causes them and sent from the table, so a restart or an
/// SMTP server that is down for a while loses none (they waited in memory before).
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122235000_OutgoingMails")]
public sealed class OutgoingMails : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OutgoingMails",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                To = table.Column<string>(nullable: false, maxLength: 320),
                Subject = table.Column<string>(nullable: false, maxLength: 250),
                Body = table.Column<string>(nullable: false),
                ArticleId = table.Column<int>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(nullable: true, maxLength: 500),
            },
            constraints: table => table.PrimaryKey("PK_OutgoingMails", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_OutgoingMails_NextAttemptAt", table: "OutgoingMails", column: "NextAttemptAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "OutgoingMails");
}
