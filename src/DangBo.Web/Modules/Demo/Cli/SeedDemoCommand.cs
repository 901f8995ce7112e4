using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Demo.Cli;

/// <summary><c>seed-demo</c>: loads the demo province into an empty database, and refuses any other.</summary>
public sealed class SeedDemoCommand(DemoSeeder seeder, DangBoDbContext db) : ICliCommand
{
    public string Name => "seed-demo";
    public string Usage => "seed-demo";
    public string Description => "load the demo province of Sơn Hà into an empty database";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count > 0)
        {
            await output.WriteLineAsync("Cách dùng: seed-demo (không có tham số).");
            return 2;
        }
        var existing = await db.Portals.OrderBy(p => p.Id).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            // Demo data mixed into real data could not be told apart later, so only an empty database is accepted.
            await output.WriteLineAsync($"Cơ sở dữ liệu đã có dữ liệu (cổng «{existing}»), nên không nạp dữ liệu mẫu. Dữ liệu mẫu chỉ nạp vào một cơ sở dữ liệu trống.");
            return 1;
        }
        var summary = await seeder.SeedAsync(ct);
        await output.WriteLineAsync($"Đã nạp dữ liệu mẫu tỉnh Sơn Hà: {summary.Articles} tin bài, {summary.Leaders} cán bộ lãnh đạo, {summary.Accounts} tài khoản (mật khẩu {DemoSeeder.DemoPassword}).");
        return 0;
    }
}
