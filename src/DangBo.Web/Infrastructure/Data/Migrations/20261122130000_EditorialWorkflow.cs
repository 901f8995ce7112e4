using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>The editorial workflow: review steps per portal, the history of every article's moves and saves, notifications.</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122130000_EditorialWorkflow")]
public sealed class EditorialWorkflow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Existing portals keep the foundation's behaviour: one step, an editor publishes.
        migrationBuilder.AddColumn<int>(name: "ReviewSteps", table: "Portals", nullable: false, defaultValue: 1);
        migrationBuilder.AddColumn<int>(name: "OverdueHours", table: "Portals", nullable: false, defaultValue: 24);
        migrationBuilder.AddColumn<DateTime>(name: "StatusChangedAt", table: "Articles", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "ScheduledPublishAt", table: "Articles", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "ScheduledUnpublishAt", table: "Articles", nullable: true);

        migrationBuilder.CreateTable(
            name: "ArticleTransitions",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ArticleId = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                FromStatus = table.Column<int>(nullable: false),
                ToStatus = table.Column<int>(nullable: false),
                UserId = table.Column<string>(nullable: true, maxLength: 450),
                ActorName = table.Column<string>(nullable: false, maxLength: 200),
                At = table.Column<DateTime>(nullable: false),
                Comment = table.Column<string>(nullable: true, maxLength: 2000),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleTransitions", x => x.Id);
                table.ForeignKey(
                    name: "FK_ArticleTransitions_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ArticleRevisions",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ArticleId = table.Column<int>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Title = table.Column<string>(nullable: false, maxLength: 300),
                Lead = table.Column<string>(nullable: false, maxLength: 1000),
                BodyHtml = table.Column<string>(nullable: false),
                CategoryId = table.Column<int>(nullable: false),
                TopicIds = table.Column<string>(nullable: false, maxLength: 1000),
                Author = table.Column<string>(nullable: true, maxLength: 200),
                PenName = table.Column<string>(nullable: true, maxLength: 200),
                Source = table.Column<string>(nullable: true, maxLength: 300),
                CoverImagePath = table.Column<string>(nullable: true, maxLength: 1000),
                CoverImageCaption = table.Column<string>(nullable: true, maxLength: 500),
                IsFeatured = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(nullable: true, maxLength: 450),
                Note = table.Column<string>(nullable: true, maxLength: 300),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleRevisions", x => x.Id);
                table.ForeignKey(
                    name: "FK_ArticleRevisions_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ArticleRevisions_ArticleId_Number", table: "ArticleRevisions", columns: new[] { "ArticleId", "Number" }, unique: true);

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(nullable: false, maxLength: 450),
                Message = table.Column<string>(nullable: false, maxLength: 500),
                Url = table.Column<string>(nullable: true, maxLength: 400),
                ArticleId = table.Column<int>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
                table.ForeignKey(
                    name: "FK_Notifications_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Notifications_UserId_ReadAt_CreatedAt", table: "Notifications", columns: new[] { "UserId", "ReadAt", "CreatedAt" });

        migrationBuilder.CreateTable(
            name: "RoyaltyRates",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PortalId = table.Column<int>(nullable: false),
                ContentType = table.Column<int>(nullable: false),
                Grade = table.Column<string>(nullable: false, maxLength: 50),
                Amount = table.Column<long>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoyaltyRates", x => x.Id);
                table.ForeignKey(name: "FK_RoyaltyRates_Portals_PortalId", column: x => x.PortalId, principalTable: "Portals", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RoyaltyRates_PortalId_ContentType_Grade", table: "RoyaltyRates", columns: new[] { "PortalId", "ContentType", "Grade" }, unique: true);

        migrationBuilder.CreateTable(
            name: "RoyaltyEntries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PortalId = table.Column<int>(nullable: false),
                ArticleId = table.Column<int>(nullable: false),
                ArticleTitle = table.Column<string>(nullable: false, maxLength: 300),
                ContentType = table.Column<int>(nullable: false),
                Grade = table.Column<string>(nullable: false, maxLength: 50),
                Amount = table.Column<long>(nullable: false),
                AuthorUserId = table.Column<string>(nullable: true, maxLength: 450),
                AuthorName = table.Column<string>(nullable: false, maxLength: 200),
                PenName = table.Column<string>(nullable: true, maxLength: 200),
                AuthorUnitId = table.Column<int>(nullable: true),
                AuthorUnitName = table.Column<string>(nullable: true, maxLength: 300),
                GradedByUserId = table.Column<string>(nullable: true, maxLength: 450),
                GradedByName = table.Column<string>(nullable: false, maxLength: 200),
                GradedAt = table.Column<DateTime>(nullable: false),
                Period = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoyaltyEntries", x => x.Id);
                table.ForeignKey(name: "FK_RoyaltyEntries_Articles_ArticleId", column: x => x.ArticleId, principalTable: "Articles", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RoyaltyEntries_ArticleId", table: "RoyaltyEntries", column: "ArticleId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_RoyaltyEntries_PortalId_Period", table: "RoyaltyEntries", columns: new[] { "PortalId", "Period" });

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(nullable: true, maxLength: 450),
                UserName = table.Column<string>(nullable: false, maxLength: 300),
                Action = table.Column<string>(nullable: false, maxLength: 400),
                Path = table.Column<string>(nullable: false, maxLength: 400),
                StatusCode = table.Column<int>(nullable: false),
                IpAddress = table.Column<string>(nullable: true, maxLength: 64),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_At", table: "AuditEntries", column: "At");

        migrationBuilder.CreateIndex(name: "IX_ArticleTransitions_ArticleId_At", table: "ArticleTransitions", columns: new[] { "ArticleId", "At" });
        migrationBuilder.CreateIndex(name: "IX_ArticleTransitions_UserId_At", table: "ArticleTransitions", columns: new[] { "UserId", "At" });
        migrationBuilder.CreateIndex(name: "IX_Articles_PortalId_Status_StatusChangedAt", table: "Articles", columns: new[] { "PortalId", "Status", "StatusChangedAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "RoyaltyEntries");
        migrationBuilder.DropTable(name: "RoyaltyRates");
        migrationBuilder.DropTable(name: "Notifications");
        migrationBuilder.DropTable(name: "ArticleRevisions");
        migrationBuilder.DropTable(name: "ArticleTransitions");
        migrationBuilder.DropIndex(name: "IX_Articles_PortalId_Status_StatusChangedAt", table: "Articles");
        migrationBuilder.DropColumn(name: "StatusChangedAt", table: "Articles");
        migrationBuilder.DropColumn(name: "ScheduledPublishAt", table: "Articles");
        migrationBuilder.DropColumn(name: "ScheduledUnpublishAt", table: "Articles");
        migrationBuilder.DropColumn(name: "OverdueHours", table: "Portals");
        migrationBuilder.DropColumn(name: "ReviewSteps", table: "Portals");
    }
}
