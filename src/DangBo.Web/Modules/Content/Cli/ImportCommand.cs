using System.Text;
using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Cli;

/// <summary><c>import &lt;file.jsonl&gt;</c>: publishes the articles of a JSON Lines file on the root portal.</summary>
public sealed class ImportCommand(ArticleImporter importer, DangBoDbContext db) : ICliCommand
{
    public const int Success = 0;
    public const int SomeLinesFailed = 1;
    public const int UsageError = 2;

    public string Name => "import";
    public string Usage => "import <file.jsonl>";
    public string Description => "publish articles from a JSON Lines file (one article a line) on the root portal";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("Cách dùng: import <tệp.jsonl> (mỗi dòng một tin bài dạng JSON).");
            return UsageError;
        }
        var path = Path.GetFullPath(arguments[0]);
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Không tìm thấy tệp «{path}».");
            return UsageError;
        }
        // Sub-portals will choose their target with an option; today every import goes to the provincial portal.
        var portalId = await db.Portals.Where(p => p.IsRoot).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (portalId is null)
        {
            await output.WriteLineAsync("Cơ sở dữ liệu chưa có cổng thông tin nào. Hãy khởi động ứng dụng hoặc chạy seed-demo trước khi nhập tin bài.");
            return SomeLinesFailed;
        }

        ArticleImportResult result;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            result = await importer.ImportAsync(portalId.Value, reader, ct: ct);
        }
        foreach (var error in result.Errors)
        {
            await output.WriteLineAsync(error.ToString());
        }
        await output.WriteLineAsync($"Đã nhập {result.Imported} tin bài, {result.Errors.Count} dòng lỗi.");
        return result.Errors.Count == 0 ? Success : SomeLinesFailed;
    }
}
