using System.Diagnostics;
using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Modules.Search.Services;

namespace DangBo.Web.Modules.Search.Cli;

/// <summary>reindex: rebuilds the search index from every published article and every document.</summary>
public sealed class ReindexCommand(SearchIndexRebuilder rebuilder) : ICliCommand
{
    public string Name => "reindex";
    public string Usage => "reindex";
    public string Description => "rebuild the search index from the published articles and the documents";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count > 0)
        {
            await output.WriteLineAsync("reindex takes no arguments.");
            return 2;
        }
        var watch = Stopwatch.StartNew();
        var count = await rebuilder.RebuildAsync(ct);
        // Invariant: the process culture is Vietnamese (decimal comma), and this line is read by scripts and in English.
        await output.WriteLineAsync(FormattableString.Invariant($"Search index rebuilt: {count} entries in {watch.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}
