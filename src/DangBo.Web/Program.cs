using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Accounts;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Modules.Documents;
using DangBo.Web.Modules.Editorial;
using DangBo.Web.Modules.Media;
using DangBo.Web.Modules.Organisation;
using DangBo.Web.Modules.Portals;
using DangBo.Web.Modules.Search;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArguments);

builder.AddCommandLine(command);

builder.AddDangBoDatabase();
builder.AddDangBoDataProtection();
builder.AddDangBoWeb();
builder.AddAccountsModule();
builder.AddOrganisationModule();
builder.AddPortalsModule();
builder.AddContentModule();
builder.AddEditorialModule();
builder.AddMediaModule();
builder.AddDocumentsModule();
builder.AddDemoModule();
builder.AddSearchModule();

var app = builder.Build();

app.UseDangBoWeb();
app.UseMediaFiles();
app.MapHealthChecks("/healthz");
app.MapRazorPages();
app.MapContentEndpoints();
app.MapDocumentEndpoints();
app.MapSearchEndpoints();

return await app.RunAsync(command);

public partial class Program;
