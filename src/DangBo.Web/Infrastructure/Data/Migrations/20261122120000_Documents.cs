using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>The documents library: types, committee terms, documents with their audience units, files and relations.</summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122120000_Documents")]
public sealed class Documents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DocumentTypes",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Key = table.Column<string>(nullable: false, maxLength: 50),
                Name = table.Column<string>(nullable: false, maxLength: 100),
                Abbreviations = table.Column<string>(nullable: false, maxLength: 100),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DocumentTypes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CommitteeTerms",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(nullable: false, maxLength: 100),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CommitteeTerms", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Documents",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PortalId = table.Column<int>(nullable: false),
                OwnerUnitId = table.Column<int>(nullable: false),
                DocumentTypeId = table.Column<int>(nullable: false),
                Code = table.Column<string>(nullable: false, maxLength: 100),
                Number = table.Column<int>(nullable: true),
                IssuerUnitId = table.Column<int>(nullable: true),
                IssuerName = table.Column<string>(nullable: true, maxLength: 300),
                SignerName = table.Column<string>(nullable: true, maxLength: 200),
                SignerPosition = table.Column<string>(nullable: true, maxLength: 200),
                IssuedOn = table.Column<DateOnly>(nullable: false),
                EffectiveOn = table.Column<DateOnly>(nullable: true),
                ExpiresOn = table.Column<DateOnly>(nullable: true),
                Summary = table.Column<string>(nullable: false, maxLength: 2000),
                Field = table.Column<string>(nullable: true, maxLength: 200),
                CommitteeTermId = table.Column<int>(nullable: true),
                Visibility = table.Column<int>(nullable: false),
                Slug = table.Column<string>(nullable: false, maxLength: 200),
                DownloadCount = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Documents", x => x.Id);
                table.ForeignKey("FK_Documents_Portals_PortalId", x => x.PortalId, "Portals", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Documents_OrganisationUnits_OwnerUnitId", x => x.OwnerUnitId, "OrganisationUnits", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Documents_OrganisationUnits_IssuerUnitId", x => x.IssuerUnitId, "OrganisationUnits", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Documents_DocumentTypes_DocumentTypeId", x => x.DocumentTypeId, "DocumentTypes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Documents_CommitteeTerms_CommitteeTermId", x => x.CommitteeTermId, "CommitteeTerms", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "DocumentAudienceUnits",
            columns: table => new
            {
                DocumentId = table.Column<int>(nullable: false),
                UnitId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentAudienceUnits", x => new { x.DocumentId, x.UnitId });
                table.ForeignKey("FK_DocumentAudienceUnits_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_DocumentAudienceUnits_OrganisationUnits_UnitId", x => x.UnitId, "OrganisationUnits", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "DocumentFiles",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                DocumentId = table.Column<int>(nullable: false),
                StoragePath = table.Column<string>(nullable: false, maxLength: 400),
                OriginalName = table.Column<string>(nullable: false, maxLength: 300),
                ContentType = table.Column<string>(nullable: false, maxLength: 100),
                SizeBytes = table.Column<long>(nullable: false),
                ExtractedText = table.Column<string>(nullable: true),
                DownloadCount = table.Column<long>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentFiles", x => x.Id);
                table.ForeignKey("FK_DocumentFiles_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DocumentRelations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FromDocumentId = table.Column<int>(nullable: false),
                ToDocumentId = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentRelations", x => x.Id);
                table.ForeignKey("FK_DocumentRelations_Documents_FromDocumentId", x => x.FromDocumentId, "Documents", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_DocumentRelations_Documents_ToDocumentId", x => x.ToDocumentId, "Documents", "Id", onDelete: ReferentialAction.Restrict);
            });

        // Every installation starts with the usual types; staff may add more. QĐ is written for both regulations and decisions.
        migrationBuilder.InsertData(
            table: "DocumentTypes",
            columns: ["Key", "Name", "Abbreviations", "SortOrder"],
            // Hand-written migrations carry no target model, so the data operation names its column types per provider.
            columnTypes: migrationBuilder.IsSqlite()
                ? ["TEXT", "TEXT", "TEXT", "INTEGER"]
                : ["character varying(50)", "character varying(100)", "character varying(100)", "integer"],
            values: new object[,]
            {
                { "nghi-quyet", "Nghị quyết", "NQ", 1 },
                { "chi-thi", "Chỉ thị", "CT", 2 },
                { "ket-luan", "Kết luận", "KL", 3 },
                { "quy-dinh", "Quy định", "QĐi, QĐ", 4 },
                { "quyet-dinh", "Quyết định", "QĐ", 5 },
                { "quy-che", "Quy chế", "QC", 6 },
                { "huong-dan", "Hướng dẫn", "HD", 7 },
                { "ke-hoach", "Kế hoạch", "KH", 8 },
                { "chuong-trinh", "Chương trình", "CTr", 9 },
                { "thong-bao", "Thông báo", "TB", 10 },
                { "bao-cao", "Báo cáo", "BC", 11 },
                { "cong-van", "Công văn", "CV", 12 },
                { "to-trinh", "Tờ trình", "TTr", 13 },
                { "de-an", "Đề án", "ĐA", 14 },
                { "thong-tri", "Thông tri", "TT", 15 },
                { "luat", "Luật", "Luật", 20 },
                { "nghi-dinh", "Nghị định", "NĐ", 21 },
                { "thong-tu", "Thông tư", "TT", 22 },
            });

        migrationBuilder.CreateIndex("IX_DocumentTypes_Key", "DocumentTypes", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_Documents_PortalId_IssuedOn", "Documents", new[] { "PortalId", "IssuedOn" });
        migrationBuilder.CreateIndex("IX_Documents_DocumentTypeId_Number_CommitteeTermId", "Documents", new[] { "DocumentTypeId", "Number", "CommitteeTermId" });
        migrationBuilder.CreateIndex("IX_Documents_OwnerUnitId", "Documents", "OwnerUnitId");
        migrationBuilder.CreateIndex("IX_Documents_IssuerUnitId", "Documents", "IssuerUnitId");
        migrationBuilder.CreateIndex("IX_Documents_CommitteeTermId", "Documents", "CommitteeTermId");
        migrationBuilder.CreateIndex("IX_DocumentAudienceUnits_UnitId", "DocumentAudienceUnits", "UnitId");
        migrationBuilder.CreateIndex("IX_DocumentFiles_DocumentId", "DocumentFiles", "DocumentId");
        migrationBuilder.CreateIndex("IX_DocumentFiles_StoragePath", "DocumentFiles", "StoragePath", unique: true);
        migrationBuilder.CreateIndex("IX_DocumentRelations_FromDocumentId_ToDocumentId_Kind", "DocumentRelations", new[] { "FromDocumentId", "ToDocumentId", "Kind" }, unique: true);
        migrationBuilder.CreateIndex("IX_DocumentRelations_ToDocumentId", "DocumentRelations", "ToDocumentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DocumentRelations");
        migrationBuilder.DropTable(name: "DocumentFiles");
        migrationBuilder.DropTable(name: "DocumentAudienceUnits");
        migrationBuilder.DropTable(name: "Documents");
        migrationBuilder.DropTable(name: "CommitteeTerms");
        migrationBuilder.DropTable(name: "DocumentTypes");
    }
}
