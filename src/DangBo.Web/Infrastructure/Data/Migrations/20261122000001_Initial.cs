using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// The first schema. Migrations here are written by hand (EF's design-time package is not available) and
/// name no store types, so each provider maps the CLR types itself; a test checks that migrating gives
/// the same schema as the model on SQLite and on PostgreSQL.
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(nullable: false),
                    Name = table.Column<string>(nullable: true, maxLength: 256),
                    NormalizedName = table.Column<string>(nullable: true, maxLength: 256),
                    ConcurrencyStamp = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationUnits",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParentId = table.Column<int>(nullable: true),
                    Kind = table.Column<int>(nullable: false),
                    Name = table.Column<string>(nullable: false, maxLength: 300),
                    ShortName = table.Column<string>(nullable: true, maxLength: 150),
                    Abbreviation = table.Column<string>(nullable: true, maxLength: 20),
                    Slug = table.Column<string>(nullable: false, maxLength: 200),
                    Path = table.Column<string>(nullable: false, maxLength: 400),
                    SortOrder = table.Column<int>(nullable: false),
                    Address = table.Column<string>(nullable: true, maxLength: 400),
                    Phone = table.Column<string>(nullable: true, maxLength: 50),
                    Email = table.Column<string>(nullable: true, maxLength: 200),
                    DescriptionHtml = table.Column<string>(nullable: true),
                    ValidFrom = table.Column<DateOnly>(nullable: true),
                    ValidTo = table.Column<DateOnly>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationUnits_OrganisationUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "OrganisationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(nullable: false),
                    ClaimType = table.Column<string>(nullable: true),
                    ClaimValue = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(nullable: false),
                    FullName = table.Column<string>(nullable: false, maxLength: 200),
                    UnitId = table.Column<int>(nullable: false),
                    IsActive = table.Column<bool>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    UserName = table.Column<string>(nullable: true, maxLength: 256),
                    NormalizedUserName = table.Column<string>(nullable: true, maxLength: 256),
                    Email = table.Column<string>(nullable: true, maxLength: 256),
                    NormalizedEmail = table.Column<string>(nullable: true, maxLength: 256),
                    EmailConfirmed = table.Column<bool>(nullable: false),
                    PasswordHash = table.Column<string>(nullable: true),
                    SecurityStamp = table.Column<string>(nullable: true),
                    ConcurrencyStamp = table.Column<string>(nullable: true),
                    PhoneNumber = table.Column<string>(nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                    TwoFactorEnabled = table.Column<bool>(nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                    LockoutEnabled = table.Column<bool>(nullable: false),
                    AccessFailedCount = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_OrganisationUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrganisationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leaders",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(nullable: false),
                    FullName = table.Column<string>(nullable: false, maxLength: 200),
                    Position = table.Column<string>(nullable: false, maxLength: 300),
                    Body = table.Column<int>(nullable: false),
                    PhotoPath = table.Column<string>(nullable: true, maxLength: 400),
                    ShortBio = table.Column<string>(nullable: true, maxLength: 4000),
                    SortOrder = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leaders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leaders_OrganisationUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrganisationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Portals",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(nullable: false),
                    Name = table.Column<string>(nullable: false, maxLength: 300),
                    Tagline = table.Column<string>(nullable: true, maxLength: 300),
                    Slug = table.Column<string>(nullable: false, maxLength: 200),
                    IsRoot = table.Column<bool>(nullable: false),
                    HostName = table.Column<string>(nullable: true, maxLength: 253),
                    LogoPath = table.Column<string>(nullable: true, maxLength: 400),
                    BannerPath = table.Column<string>(nullable: true, maxLength: 400),
                    ResponsibleUnit = table.Column<string>(nullable: true, maxLength: 300),
                    ResponsiblePerson = table.Column<string>(nullable: true, maxLength: 300),
                    Address = table.Column<string>(nullable: true, maxLength: 400),
                    Phone = table.Column<string>(nullable: true, maxLength: 100),
                    Email = table.Column<string>(nullable: true, maxLength: 200),
                    LicenceNote = table.Column<string>(nullable: true, maxLength: 500),
                    VisitCount = table.Column<long>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Portals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Portals_OrganisationUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrganisationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(nullable: false),
                    ClaimType = table.Column<string>(nullable: true),
                    ClaimValue = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(nullable: false),
                    ProviderKey = table.Column<string>(nullable: false),
                    ProviderDisplayName = table.Column<string>(nullable: true),
                    UserId = table.Column<string>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(nullable: false),
                    RoleId = table.Column<string>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(nullable: false),
                    LoginProvider = table.Column<string>(nullable: false),
                    Name = table.Column<string>(nullable: false),
                    Value = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitRoleAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(nullable: false),
                    UnitId = table.Column<int>(nullable: false),
                    Role = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitRoleAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitRoleAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitRoleAssignments_OrganisationUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrganisationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PortalId = table.Column<int>(nullable: false),
                    ParentId = table.Column<int>(nullable: true),
                    Name = table.Column<string>(nullable: false, maxLength: 200),
                    Slug = table.Column<string>(nullable: false, maxLength: 200),
                    Description = table.Column<string>(nullable: true, maxLength: 1000),
                    SortOrder = table.Column<int>(nullable: false),
                    IsMain = table.Column<bool>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Categories_Categories_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Categories_Portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "Portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaFiles",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PortalId = table.Column<int>(nullable: false),
                    StoragePath = table.Column<string>(nullable: false, maxLength: 400),
                    ContentType = table.Column<string>(nullable: false, maxLength: 100),
                    SizeBytes = table.Column<long>(nullable: false),
                    Width = table.Column<int>(nullable: true),
                    Height = table.Column<int>(nullable: true),
                    OriginalFileName = table.Column<string>(nullable: true, maxLength: 300),
                    UploadedByUserId = table.Column<string>(nullable: true, maxLength: 450),
                    UploadedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaFiles_Portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "Portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MenuItems",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PortalId = table.Column<int>(nullable: false),
                    ParentId = table.Column<int>(nullable: true),
                    Title = table.Column<string>(nullable: false, maxLength: 200),
                    Url = table.Column<string>(nullable: false, maxLength: 1000),
                    SortOrder = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenuItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MenuItems_MenuItems_ParentId",
                        column: x => x.ParentId,
                        principalTable: "MenuItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MenuItems_Portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "Portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaticPages",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PortalId = table.Column<int>(nullable: false),
                    Title = table.Column<string>(nullable: false, maxLength: 300),
                    Slug = table.Column<string>(nullable: false, maxLength: 200),
                    BodyHtml = table.Column<string>(nullable: false),
                    SortOrder = table.Column<int>(nullable: false),
                    IsPublished = table.Column<bool>(nullable: false),
                    UpdatedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaticPages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaticPages_Portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "Portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Topics",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PortalId = table.Column<int>(nullable: false),
                    Name = table.Column<string>(nullable: false, maxLength: 300),
                    Slug = table.Column<string>(nullable: false, maxLength: 200),
                    Description = table.Column<string>(nullable: true, maxLength: 2000),
                    CoverImagePath = table.Column<string>(nullable: true, maxLength: 1000),
                    IsActive = table.Column<bool>(nullable: false),
                    SortOrder = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Topics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Topics_Portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "Portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PortalId = table.Column<int>(nullable: false),
                    CategoryId = table.Column<int>(nullable: false),
                    Title = table.Column<string>(nullable: false, maxLength: 300),
                    Slug = table.Column<string>(nullable: false, maxLength: 200),
                    Lead = table.Column<string>(nullable: false, maxLength: 1000),
                    BodyHtml = table.Column<string>(nullable: false),
                    CoverImagePath = table.Column<string>(nullable: true, maxLength: 1000),
                    CoverImageCaption = table.Column<string>(nullable: true, maxLength: 500),
                    Author = table.Column<string>(nullable: true, maxLength: 200),
                    PenName = table.Column<string>(nullable: true, maxLength: 200),
                    Source = table.Column<string>(nullable: true, maxLength: 300),
                    IsFeatured = table.Column<bool>(nullable: false),
                    Status = table.Column<int>(nullable: false),
                    PublishedAt = table.Column<DateTime>(nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    UpdatedAt = table.Column<DateTime>(nullable: false),
                    CreatedByUserId = table.Column<string>(nullable: true, maxLength: 450),
                    UpdatedByUserId = table.Column<string>(nullable: true, maxLength: 450),
                    ViewCount = table.Column<long>(nullable: false),
                    Version = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Articles_Portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "Portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HomeBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PortalId = table.Column<int>(nullable: false),
                    Kind = table.Column<int>(nullable: false),
                    Title = table.Column<string>(nullable: true, maxLength: 200),
                    CategoryId = table.Column<int>(nullable: true),
                    ItemCount = table.Column<int>(nullable: false),
                    SortOrder = table.Column<int>(nullable: false),
                    IsVisible = table.Column<bool>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeBlocks_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HomeBlocks_Portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "Portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleTopics",
                columns: table => new
                {
                    ArticlesId = table.Column<int>(nullable: false),
                    TopicsId = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleTopics", x => new { x.ArticlesId, x.TopicsId });
                    table.ForeignKey(
                        name: "FK_ArticleTopics_Articles_ArticlesId",
                        column: x => x.ArticlesId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleTopics_Topics_TopicsId",
                        column: x => x.TopicsId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CategoryId_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "CategoryId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PortalId_Slug",
                table: "Articles",
                columns: new[] { "PortalId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PortalId_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "PortalId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicsId",
                table: "ArticleTopics",
                column: "TopicsId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Categories_ParentId",
                table: "Categories",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Categories_PortalId_Slug",
                table: "Categories",
                columns: new[] { "PortalId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HomeBlocks_CategoryId",
                table: "HomeBlocks",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_HomeBlocks_PortalId_SortOrder",
                table: "HomeBlocks",
                columns: new[] { "PortalId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Leaders_UnitId_SortOrder",
                table: "Leaders",
                columns: new[] { "UnitId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_PortalId",
                table: "MediaFiles",
                column: "PortalId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_StoragePath",
                table: "MediaFiles",
                column: "StoragePath",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MenuItems_ParentId",
                table: "MenuItems",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_MenuItems_PortalId_SortOrder",
                table: "MenuItems",
                columns: new[] { "PortalId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnits_ParentId",
                table: "OrganisationUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnits_Path",
                table: "OrganisationUnits",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnits_Slug",
                table: "OrganisationUnits",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Portals_HostName",
                table: "Portals",
                column: "HostName");

            migrationBuilder.CreateIndex(
                name: "IX_Portals_Slug",
                table: "Portals",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Portals_UnitId",
                table: "Portals",
                column: "UnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaticPages_PortalId_Slug",
                table: "StaticPages",
                columns: new[] { "PortalId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Topics_PortalId_Slug",
                table: "Topics",
                columns: new[] { "PortalId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitRoleAssignments_UnitId",
                table: "UnitRoleAssignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitRoleAssignments_UserId_UnitId_Role",
                table: "UnitRoleAssignments",
                columns: new[] { "UserId", "UnitId", "Role" },
                unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ArticleTopics");
        migrationBuilder.DropTable(name: "HomeBlocks");
        migrationBuilder.DropTable(name: "Articles");
        migrationBuilder.DropTable(name: "Topics");
        migrationBuilder.DropTable(name: "StaticPages");
        migrationBuilder.DropTable(name: "MenuItems");
        migrationBuilder.DropTable(name: "MediaFiles");
        migrationBuilder.DropTable(name: "Categories");
        migrationBuilder.DropTable(name: "UnitRoleAssignments");
        migrationBuilder.DropTable(name: "AspNetUserTokens");
        migrationBuilder.DropTable(name: "AspNetUserRoles");
        migrationBuilder.DropTable(name: "AspNetUserLogins");
        migrationBuilder.DropTable(name: "AspNetUserClaims");
        migrationBuilder.DropTable(name: "Portals");
        migrationBuilder.DropTable(name: "Leaders");
        migrationBuilder.DropTable(name: "AspNetUsers");
        migrationBuilder.DropTable(name: "AspNetRoleClaims");
        migrationBuilder.DropTable(name: "OrganisationUnits");
        migrationBuilder.DropTable(name: "AspNetRoles");
    }
}
