using DangBo.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddDangBoDatabase();
var app = builder.Build();
app.Run();

public partial class Program;
